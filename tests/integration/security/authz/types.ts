import type { Acting, Principal, World } from "../world";

export type AuthzRequest = {
  /** Catch-all segments ([...x]) take an array. */
  params?: Record<string, string | string[]>;
  /** The call ends or replaces the caller's session: give it a session of its own. */
  freshSession?: boolean;
  query?: Record<string, string>;
  body?: unknown;
  headers?: Record<string, string>;
};

export type Expected = Record<Principal, number | readonly number[]>;

/**
 * One row of the authorisation matrix: a route+method, how to call it (fresh rows per call when
 * the call changes something), the status every principal must get, and who may see personal
 * data in the answer. Secrets (password hashes, cancel-token hashes) are never allowed.
 */
export type AuthzRow = {
  key: string;
  variant?: string;
  /** `self` is who makes the call: the shared principal, or its clone when `clone` is set. */
  request: (world: World, principal: Principal, self: Acting) => AuthzRequest | Promise<AuthzRequest>;
  /** The call changes or erases the caller's account: act as a fresh copy of the principal. */
  clone?: boolean;
  expect: Expected;
  /** Principals entitled to personal data in this answer (besides their own). */
  privateTo?: Principal[];
};

const each = (status: number | readonly number[]): Expected => ({
  anonymous: status,
  member: status,
  organiser: status,
  otherOrganiser: status,
  suspended: status,
  admin: status,
});

/** Anyone, signed in or not, gets the same answer. */
export const everyone = (status: number | readonly number[] = 200): Expected => each(status);

/** Needs a session (a suspended user's session no longer counts). */
export const signedIn = (ok: number | readonly number[] = 200): Expected => ({ ...each(ok), anonymous: 401, suspended: 401 });

/** Admins only. */
export const adminOnly = (ok: number | readonly number[] = 200): Expected => ({
  ...each(403),
  anonymous: 401,
  suspended: 401,
  admin: ok,
});

/**
 * Organisers of the row's chapter (A) and admins; the organiser of chapter B and plain members
 * are refused (403, or 404 where the service hides that the row exists).
 */
export const organiserOfA = (ok: number | readonly number[] = 200, refused: number | readonly number[] = [403, 404]): Expected => ({
  anonymous: 401,
  suspended: 401,
  member: refused,
  otherOrganiser: refused,
  organiser: ok,
  admin: ok,
});
