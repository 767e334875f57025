import { beforeAll, describe, expect, it } from "vitest";
import { DELETE as deleteMe, GET as getMe } from "@/app/api/me/route";
import { GET as exportMe } from "@/app/api/me/export/route";
import { recordAudit } from "@/lib/audit/record";
import { getDb } from "@/lib/db";
import { call, sessionCookieFor } from "../helpers/http";
import { useTempOutbox } from "../../factories/auth";
import { createAction, createChapter, createUser, uid } from "../../factories";

beforeAll(() => useTempOutbox());

/** A person with a footprint everywhere, next to a bystander with the same kinds of rows. */
async function personWithData() {
  const db = await getDb();
  const chapter = await createChapter();
  const rally = await createAction({ chapterId: chapter.id, kind: "RALLY", capacity: 50 });
  const drive = await createAction({ chapterId: chapter.id, kind: "DONATION_DRIVE", goalMinor: 100_000, currency: "EUR" });
  const boycott = await createAction({ chapterId: chapter.id, kind: "BOYCOTT" });
  const need = await db.actionNeed.create({ data: { actionId: drive.id, item: "Blankets", quantity: 100 } });
  const person = await createUser({ name: "Samira Haddad", email: `samira-${uid()}@example.test` });
  const bystander = await createUser({ name: "Bystander Person", email: `bystander-${uid()}@example.test` });
  await db.chapterMembership.create({ data: { userId: person.id, chapterId: chapter.id, role: "ORGANISER" } });
  await db.chapterMembership.create({ data: { userId: bystander.id, chapterId: chapter.id, role: "MEMBER" } });
  for (const u of [person, bystander]) {
    await db.rsvp.create({ data: { actionId: rally.id, userId: u.id, name: u.name, email: u.email, status: "GOING", guests: 1 } });
    await db.pledge.create({ data: { actionId: drive.id, userId: u.id, displayName: u.name, email: u.email, anonymous: false, amountMinor: 2500, currency: "EUR" } });
    await db.pledge.create({ data: { actionId: drive.id, userId: u.id, needId: need.id, quantity: 3, displayName: u.name } });
    await db.boycottCommitment.create({ data: { actionId: boycott.id, userId: u.id, email: u.email } });
  }
  // Given as a guest before the account existed: the same address, no user link.
  const otherRally = await createAction({ chapterId: chapter.id });
  await db.rsvp.create({ data: { actionId: otherRally.id, name: "Samira H.", email: person.email!.toUpperCase(), status: "GOING" } });
  await db.action.update({ where: { id: rally.id }, data: { goingCount: 4, createdById: person.id } });
  await db.report.create({ data: { actionId: rally.id, reason: "SPAM", status: "RESOLVED", resolvedById: person.id, resolvedAt: new Date() } });
  await db.$transaction((tx) => recordAudit(tx, { actorId: person.id, verb: "action.update", targetType: "Action", targetId: rally.id, chapterId: chapter.id }));
  await db.verificationToken.create({ data: { identifier: person.email!, token: `tok-${uid()}`, expires: new Date(Date.now() + 600_000) } });
  await db.account.create({ data: { userId: person.id, type: "email", provider: "email", providerAccountId: person.email! } });
  return { person, bystander, rally, drive, boycott, otherRally, chapter };
}

/** Every text and JSON column of every table that still mentions the value, except the audit log's opaque ids. */
async function rowsMentioning(value: string): Promise<string[]> {
  const db = await getDb();
  const columns = await db.$queryRaw<{ table_name: string; column_name: string; data_type: string }[]>`
    SELECT table_name, column_name, data_type FROM information_schema.columns
    WHERE table_schema = current_schema() AND table_name <> '_prisma_migrations'
      AND data_type IN ('text', 'character varying', 'jsonb', 'json', 'ARRAY')`;
  const hits: string[] = [];
  for (const c of columns) {
    if (c.table_name === "AuditLog" && (c.column_name === "actorId" || c.column_name === "targetId")) continue;
    const expr = c.data_type === "text" || c.data_type === "character varying" ? `"${c.column_name}"` : `"${c.column_name}"::text`;
    const rows = await db.$queryRawUnsafe<{ n: bigint }[]>(
      `SELECT count(*) AS n FROM "${c.table_name}" WHERE ${expr} ILIKE '%' || $1 || '%'`,
      value,
    );
    if (Number(rows[0].n) > 0) hits.push(`${c.table_name}.${c.column_name}`);
  }
  return hits;
}

describe("DELETE /api/me", () => {
  it("needs the email typed again", async () => {
    const user = await createUser();
    const cookie = await sessionCookieFor(user.id);
    const res = await call(deleteMe, "/api/me", { method: "DELETE", cookie, body: { confirm: "someone@else.test" } });
    expect(res.status).toBe(400);
    expect(Object.keys(res.json.error?.fields ?? {})).toEqual(["confirm"]);
    expect((await call(getMe, "/api/me", { cookie })).status).toBe(200);
  });

  it("leaves no row referencing the person, keeps every count, kills all sessions and spares the bystander", async () => {
    const { person, bystander, rally, drive, boycott, otherRally } = await personWithData();
    const db = await getDb();
    const cookie = await sessionCookieFor(person.id);
    const otherDevice = await sessionCookieFor(person.id);
    const bystanderCookie = await sessionCookieFor(bystander.id);
    const before = {
      rsvps: await db.rsvp.count(),
      pledges: await db.pledge.count(),
      commitments: await db.boycottCommitment.count(),
      going: (await db.action.findUniqueOrThrow({ where: { id: rally.id } })).goingCount,
    };
    expect(await rowsMentioning(person.id)).not.toEqual([]);

    const res = await call(deleteMe, "/api/me", { method: "DELETE", cookie, body: { confirm: ` ${person.email!.toUpperCase()} ` } });
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toBe("private, no-store");
    expect(res.headers.get("set-cookie")).toMatch(/mobilise\.session=;/);

    expect(await db.user.findUnique({ where: { id: person.id } })).toBeNull();
    expect(await rowsMentioning(person.id)).toEqual([]);
    expect(await rowsMentioning(person.email!)).toEqual([]);
    expect(await rowsMentioning("Samira")).toEqual([]);
    expect((await call(getMe, "/api/me", { cookie })).status).toBe(401);
    expect((await call(getMe, "/api/me", { cookie: otherDevice })).status).toBe(401);

    expect(await db.rsvp.count()).toBe(before.rsvps);
    expect(await db.pledge.count()).toBe(before.pledges);
    expect(await db.boycottCommitment.count()).toBe(before.commitments);
    expect((await db.action.findUniqueOrThrow({ where: { id: rally.id } })).goingCount).toBe(before.going);
    expect(await db.rsvp.count({ where: { actionId: rally.id, status: "GOING", userId: null, email: null, name: null } })).toBe(1);
    expect(await db.rsvp.count({ where: { actionId: otherRally.id, email: null } })).toBe(1);
    expect(await db.pledge.count({ where: { actionId: drive.id, userId: null, anonymous: true, displayName: null } })).toBe(2);
    expect(await db.boycottCommitment.count({ where: { actionId: boycott.id, userId: null, email: null } })).toBe(1);

    // The bystander keeps everything.
    expect((await call(getMe, "/api/me", { cookie: bystanderCookie })).status).toBe(200);
    expect(await db.rsvp.count({ where: { userId: bystander.id, email: bystander.email } })).toBe(1);
    expect(await db.pledge.count({ where: { userId: bystander.id } })).toBe(2);
    expect(await db.chapterMembership.count({ where: { userId: bystander.id } })).toBe(1);

    // The audit log keeps only the opaque id (its entries are append-only).
    const audit = await db.auditLog.findMany({ where: { actorId: person.id }, orderBy: { id: "asc" } });
    expect(audit.map((a) => a.verb)).toEqual(["action.update", "user.delete"]);
  });
});

describe("GET /api/me/export", () => {
  it("is a JSON download of my own data only", async () => {
    const { person, bystander, chapter } = await personWithData();
    const res = await call(exportMe, "/api/me/export", { cookie: await sessionCookieFor(person.id) });
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toBe("private, no-store");
    expect(res.headers.get("content-type")).toMatch(/application\/json/);
    expect(res.headers.get("content-disposition")).toMatch(/^attachment; filename="mobilise-my-data-\d{4}-\d{2}-\d{2}\.json"$/);
    const data = res.json as unknown as {
      profile: { id: string; email: string; name: string; hasPassword: boolean };
      memberships: { chapter: { slug: string }; role: string }[];
      rsvps: { name: string; email: string; guests: number }[];
      pledges: { amountMinor: number | null; quantity: number | null }[];
      commitments: unknown[];
      sessions: unknown[];
    };
    expect(data.profile).toMatchObject({ id: person.id, email: person.email, name: "Samira Haddad", hasPassword: false });
    expect(data.memberships).toEqual([expect.objectContaining({ chapter: expect.objectContaining({ slug: chapter.slug }), role: "ORGANISER" })]);
    expect(data.rsvps).toHaveLength(1);
    expect(data.rsvps[0]).toMatchObject({ name: "Samira Haddad", guests: 1 });
    expect(data.pledges).toHaveLength(2);
    expect(data.commitments).toHaveLength(1);
    expect(data.sessions).toHaveLength(1);
    expect(res.text).not.toContain(bystander.id);
    expect(res.text).not.toContain(bystander.email!);
    expect(res.text).not.toContain("Bystander");
    expect(res.text).not.toMatch(/passwordHash|sessionToken|\$2[aby]\$/);
  });

  it("401 when signed out", async () => {
    const res = await call(exportMe, "/api/me/export");
    expect(res.status).toBe(401);
    expect(res.headers.get("cache-control")).toBe("no-store");
  });
});
