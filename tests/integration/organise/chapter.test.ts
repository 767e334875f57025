import { beforeAll, describe, expect, it } from "vitest";
import { PATCH as chapterRoute } from "@/app/api/chapters/[slug]/route";
import { GET as membersGet, POST as membersPost, DELETE as membersDelete } from "@/app/api/chapters/[slug]/members/route";
import { hashVerificationToken } from "@/lib/auth/magic-link";
import { getDb } from "@/lib/db";
import { callRoute, isolateSideEffects, organiseWorld, outboxTo, principal } from "../../factories/organise";

let w: Awaited<ReturnType<typeof organiseWorld>>;
let slug: string;

beforeAll(async () => {
  isolateSideEffects();
  process.env.AUTH_SECRET ??= "organise-test-secret-0123456789abcdef";
  w = await organiseWorld();
  slug = w.chapterA.slug;
});

const members = (method: string, body?: unknown, query = "", cookie = w.organiserA.cookie) =>
  callRoute(method === "GET" ? membersGet : method === "POST" ? membersPost : membersDelete, `/api/chapters/${slug}/members${query}`, { method, body, params: { slug }, cookie });

describe("chapter settings", () => {
  it("updates name, description, contact and location, and audits which fields changed", async () => {
    const res = await callRoute(chapterRoute, `/api/chapters/${slug}`, {
      method: "PATCH",
      body: { name: "London Solidarity", description: "We meet on Thursdays.", contact: "london@example.org", city: "London", countryCode: "gb", lat: 51.51, lng: -0.1 },
      params: { slug },
      cookie: w.organiserA.cookie,
    });
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({ name: "London Solidarity", countryCode: "GB", lat: 51.51 });
    const audit = await (await getDb()).auditLog.findFirstOrThrow({ where: { targetId: w.chapterA.id, verb: "chapter.update" } });
    expect((audit.after as { changed: string[] }).changed).toEqual(expect.arrayContaining(["name", "description", "contact", "lat", "lng"]));
  });

  it("refuses invalid settings per field", async () => {
    const res = await callRoute(chapterRoute, `/api/chapters/${slug}`, { method: "PATCH", body: { name: "", lat: 123 }, params: { slug }, cookie: w.organiserA.cookie });
    expect(res.status).toBe(400);
    expect(Object.keys(res.json.error?.fields ?? {})).toEqual(expect.arrayContaining(["name", "lat"]));
  });
});

describe("co-organisers", () => {
  it("inviting a new address creates the account and an ORGANISER membership, and mails a working sign-in link", async () => {
    const email = "new.organiser@example.test";
    const res = await members("POST", { email: "New.Organiser@Example.test", name: "Nadia", locale: "fr" });
    expect(res.status).toBe(201);
    const db = await getDb();
    const user = await db.user.findUniqueOrThrow({ where: { email }, include: { memberships: true } });
    expect(user.memberships).toEqual([expect.objectContaining({ chapterId: w.chapterA.id, role: "ORGANISER" })]);
    const mails = (await outboxTo(email));
    expect(mails).toHaveLength(1);
    expect(mails[0].subject).toContain("London Solidarity");
    const link = new URL(mails[0].text.split("\n").find((l) => l.includes("/api/auth/callback/email"))!);
    expect(link.searchParams.get("email")).toBe(email);
    expect(link.searchParams.get("callbackUrl")).toMatch(/\/fr\/organise$/);
    const token = link.searchParams.get("token")!;
    const stored = await db.verificationToken.findUnique({ where: { token: hashVerificationToken(token) } });
    expect(stored?.identifier).toBe(email);
    expect(await db.auditLog.count({ where: { chapterId: w.chapterA.id, verb: "chapter.member.invite" } })).toBe(1);
  });

  it("inviting an existing member promotes them", async () => {
    const res = await members("POST", { email: w.memberA.email });
    expect(res.status).toBe(201);
    const m = await (await getDb()).chapterMembership.findFirstOrThrow({ where: { userId: w.memberA.id, chapterId: w.chapterA.id } });
    expect(m.role).toBe("ORGANISER");
  });

  it("lists members without addresses, removes one, and never the last organiser", async () => {
    const list = await members("GET");
    expect(list.status).toBe(200);
    expect(list.text).not.toContain("@");
    const lonely = await principal("ORGANISER", w.chapterB.id);
    const self = await callRoute(membersDelete, `/api/chapters/${w.chapterB.slug}/members?userId=${w.organiserB.id}`, { method: "DELETE", params: { slug: w.chapterB.slug }, cookie: lonely.cookie });
    expect(self.status).toBe(200);
    const last = await callRoute(membersDelete, `/api/chapters/${w.chapterB.slug}/members?userId=${lonely.id}`, { method: "DELETE", params: { slug: w.chapterB.slug }, cookie: lonely.cookie });
    expect(last.status).toBe(409);
    const removed = await members("DELETE", undefined, `?userId=${w.memberA.id}`);
    expect(removed.status).toBe(200);
    const db = await getDb();
    expect(await db.chapterMembership.count({ where: { userId: w.memberA.id, chapterId: w.chapterA.id } })).toBe(0);
    expect(await db.auditLog.count({ where: { verb: "chapter.member.remove" } })).toBe(2);
  });

  it("an invalid address is a field error", async () => {
    const res = await members("POST", { email: "not-an-address" });
    expect(res.status).toBe(400);
    expect(res.json.error?.fields?.email).toEqual({ code: "email", message: "Enter a valid email address." });
  });
});
