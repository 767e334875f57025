import type { SqlDriverAdapter, SqlDriverAdapterFactory, Transaction } from "@prisma/driver-adapter-utils";

/**
 * Counts every SQL statement the app sends, at the driver adapter — below Prisma, so raw SQL,
 * model queries and transaction control all show. Adapters that open a transaction without a
 * statement of their own ("phantom" BEGIN/COMMIT, as on the embedded database) still cost one
 * each on PostgreSQL, so they are counted as if sent: both databases report the same figure.
 */
const log: { recording: boolean; statements: string[] } = { recording: false, statements: [] };

const note = (sql: string) => {
  if (log.recording) log.statements.push(sql.replace(/\s+/g, " ").trim());
};

function wrapQueryable<T extends Pick<SqlDriverAdapter, "queryRaw" | "executeRaw">>(inner: T): T {
  return new Proxy(inner, {
    get(target, prop, receiver) {
      const value = Reflect.get(target, prop, receiver);
      if (prop === "queryRaw" || prop === "executeRaw") {
        return (query: { sql: string }) => {
          note(query.sql);
          return (value as (q: unknown) => Promise<unknown>).call(target, query);
        };
      }
      if (prop === "startTransaction") {
        return async (isolation?: unknown) => {
          const tx = (await (value as (i: unknown) => Promise<Transaction>).call(target, isolation)) as Transaction;
          // The pg adapter sends its BEGIN on the connection itself, before handing the transaction out.
          note("BEGIN");
          return wrapTransaction(tx);
        };
      }
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}

function wrapTransaction(tx: Transaction): Transaction {
  const wrapped = wrapQueryable(tx);
  return new Proxy(wrapped, {
    get(target, prop, receiver) {
      const value = Reflect.get(target, prop, receiver);
      if ((prop === "commit" || prop === "rollback") && tx.options.usePhantomQuery) {
        return () => {
          note(prop === "commit" ? "COMMIT" : "ROLLBACK");
          return (value as () => Promise<void>)();
        };
      }
      return value;
    },
  });
}

export function countingAdapter<F extends SqlDriverAdapterFactory>(factory: F): F {
  return new Proxy(factory, {
    get(target, prop, receiver) {
      const value = Reflect.get(target, prop, receiver);
      if (prop === "connect") return async () => wrapQueryable(await (value as () => Promise<SqlDriverAdapter>).call(target));
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}

/** Records the statements sent while `run` runs (one test at a time per file: files have their own database and process state). */
export async function statementsOf<T>(run: () => Promise<T>): Promise<{ result: T; statements: string[] }> {
  log.statements = [];
  log.recording = true;
  try {
    const result = await run();
    return { result, statements: [...log.statements] };
  } finally {
    log.recording = false;
  }
}
