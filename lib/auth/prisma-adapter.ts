import { PrismaAdapter } from "@auth/prisma-adapter";
import type { Adapter, AdapterUser } from "next-auth/adapters";
import { getDb } from "../db";
import { requestLocale } from "./request-locale";

type AnyFn = (...args: unknown[]) => Promise<unknown>;

const METHODS = [
  "createUser",
  "getUser",
  "getUserByEmail",
  "getUserByAccount",
  "updateUser",
  "deleteUser",
  "linkAccount",
  "unlinkAccount",
  "getSessionAndUser",
  "createSession",
  "updateSession",
  "deleteSession",
  "createVerificationToken",
  "useVerificationToken",
] as const;

/**
 * @auth/prisma-adapter over our lazily opened client (the embedded database opens on first use,
 * so there is no client to hand over at import time). Two of our rules are layered on top: a new
 * account starts in the sign-in form's language, and a suspended user's session is no session.
 */
export function lazyPrismaAdapter(): Adapter {
  const real = async () => PrismaAdapter(await getDb()) as unknown as Record<(typeof METHODS)[number], AnyFn>;
  const adapter = Object.fromEntries(
    METHODS.map((name) => [name, async (...args: unknown[]) => (await real())[name](...args)]),
  ) as unknown as Adapter;

  const createUser = adapter.createUser as (user: Omit<AdapterUser, "id">) => Promise<AdapterUser>;
  adapter.createUser = async (user: Omit<AdapterUser, "id">) => {
    const locale = requestLocale();
    return createUser(locale ? ({ ...user, locale } as Omit<AdapterUser, "id">) : user);
  };

  const getSessionAndUser = adapter.getSessionAndUser!;
  adapter.getSessionAndUser = async (token: string) => {
    const found = await getSessionAndUser(token);
    if (found && (found.user as { suspendedAt?: Date | null }).suspendedAt) return null;
    return found;
  };
  return adapter;
}
