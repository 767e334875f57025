import fc from "fast-check";

/**
 * What an internal detail looks like in a response body: stack frames, error class prefixes,
 * the ORM's or the database's vocabulary, source paths. Generated inputs never contain these, so
 * an echo of the input cannot be mistaken for a leak.
 */
const INTERNALS: RegExp[] = [
  /\bat (async )?[\w$.<>[\]]+ \(/, // stack frame "at fn (file:1:2)"
  /\n\s+at /,
  /\bat [\w./-]+:\d+:\d+/,
  /\b\w*Error:/, // "TypeError: …", "PrismaClientKnownRequestError: …"
  /prisma/i,
  /\b(SELECT|INSERT INTO|UPDATE|DELETE FROM|WHERE)\b/, // SQL, in capitals as queries are written
  /\bviolates\b.*\bconstraint\b|\brelation "|\bduplicate key\b/i, // PostgreSQL's own messages
  /node_modules|\/work\/|\/tmp\/|\/home\/|\/usr\/|\/app\//,
  /[\w-]+\.(ts|tsx|js|mjs|cjs):\d+/,
];

/** The first internal detail found in a response body, or null. */
export function internalDetail(text: string): string | null {
  for (const re of INTERNALS) {
    const m = re.exec(text);
    if (m) return m[0];
  }
  return null;
}

const clean = (s: string) => internalDetail(s) === null && !/\bat\s/i.test(s);

/** Strings people and scripts actually send when poking at an API. */
const nasty = fc.constantFrom(
  "",
  " ",
  "\u0000",
  "null",
  "undefined",
  "NaN",
  "-1",
  "0",
  "1e309",
  "9007199254740993",
  "true",
  "[]",
  "{}",
  "../../../../etc/passwd",
  "..%2f..%2f",
  "%",
  "%E0%A4%A",
  "%00",
  "' OR '1'='1",
  "'; DROP TABLE \"Action\"; --",
  "<script>alert(1)</script>",
  "javascript:alert(1)",
  "${7*7}",
  "{{7*7}}",
  "__proto__",
  "constructor",
  "\u202e\u0645\u0631\u062d\u0628\u0627",
  "😀".repeat(40),
  "a".repeat(5000),
  "2026-02-30",
  "2026-13-01T25:61:00Z",
  "9999-12-31T23:59:59.999Z",
  "-180,-90,180,90",
  "181,91,-181,-91",
  "1,2,3",
  "NaN,NaN,NaN,NaN",
  "user@",
  "a@b",
  "RALLY,RALLY,RALLY,RALLY",
);

export const wildString: fc.Arbitrary<string> = fc
  .oneof(
    { weight: 3, arbitrary: nasty },
    { weight: 3, arbitrary: fc.string({ maxLength: 40 }) },
    { weight: 1, arbitrary: fc.string({ unit: "grapheme", maxLength: 40 }) },
    { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 20 }) },
    { weight: 1, arbitrary: fc.integer().map(String) },
    { weight: 1, arbitrary: fc.double({ noNaN: false }).map(String) },
  )
  .filter(clean);

export const wildValue: fc.Arbitrary<unknown> = fc.letrec<{ v: unknown }>((tie) => ({
  v: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    wildString,
    fc.integer(),
    fc.constantFrom(0, -1, 1.5, 1e308, -1e308, Number.MAX_SAFE_INTEGER + 2, 2 ** 31, -(2 ** 31) - 1),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie("v"), { maxLength: 4 }),
    fc.dictionary(wildString, tie("v"), { maxKeys: 4 }),
  ),
})).v;

/** Printable Latin-1 only: Headers refuse anything else before a handler sees it. */
export const headerString = fc.string({ maxLength: 60 }).map((s) => s.replace(/[^\x20-\x7e]/g, "")).filter(clean);
