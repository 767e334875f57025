import { describe, expect, it } from "vitest";
import { POST as rsvpPost } from "@/app/api/actions/[id]/rsvps/route";
import { getDb } from "@/lib/db";
import { createAction } from "../../factories";
import { createPerson, ipFor, isolateOutbox, raiseRateLimits } from "../../factories/people";
import { callForm, redirectOf } from "../helpers/http";

raiseRateLimits();
isolateOutbox();

let n = 0;
/** A plain HTML form post, as a browser without JavaScript sends it. */
function postForm(actionId: string, fields: Record<string, string>, options: { cookie?: string; headers?: Record<string, string> } = {}) {
  return callForm(rsvpPost, "/x", fields, { params: { id: actionId }, cookie: options.cookie, headers: options.headers, ip: ipFor(9000 + ++n) });
}

const location = (res: { headers: Headers }) => {
  const { origin, path, query } = redirectOf(res);
  return { origin, pathname: path, searchParams: new URLSearchParams(query) };
};

describe("RSVP from a plain HTML form (no JavaScript)", () => {
  it("a guest RSVP is created exactly as through JSON, and the answer is a 303 back to the page with the outcome", async () => {
    const action = await createAction({ capacity: 1 });
    const back = `/fr/actions/${action.slug}`;
    const res = await postForm(action.id, { name: "Amina", email: "Amina@Example.test", guests: "0", locale: "fr", website: "", back });
    expect(res.status).toBe(303);
    expect(res.headers.get("cache-control")).toBe("no-store");
    const to = location(res);
    expect(to.pathname).toBe(back);
    expect(Object.fromEntries(to.searchParams)).toEqual({ rsvp: "GOING", mailed: "1" });
    const db = await getDb();
    const row = await db.rsvp.findFirstOrThrow({ where: { actionId: action.id } });
    expect(row).toMatchObject({ name: "Amina", email: "amina@example.test", status: "GOING", locale: "fr", guests: 0 });
    expect(await db.job.count({ where: { name: "mail.rsvp", payload: { path: ["rsvpId"], equals: row.id } } })).toBe(1);
    // The cancel code goes by mail only: never into a URL that history and logs keep.
    expect(res.headers.get("location")).not.toMatch(/token/i);

    const second = await postForm(action.id, { name: "Bo", email: "bo@example.test", guests: "0", back });
    expect(Object.fromEntries(location(second).searchParams)).toEqual({ rsvp: "WAITLISTED", position: "1", mailed: "1" });
    const again = await postForm(action.id, { name: "Amina", email: "amina@example.test", guests: "0", back });
    expect(Object.fromEntries(location(again).searchParams)).toEqual({ rsvp: "GOING", again: "1" });
    expect(await db.rsvp.count({ where: { actionId: action.id } })).toBe(2);
  });

  it("a signed-in person needs no name or email", async () => {
    const action = await createAction();
    const person = await createPerson();
    const res = await postForm(action.id, { guests: "2", back: `/en/actions/${action.slug}` }, { cookie: person.cookie });
    expect(Object.fromEntries(location(res).searchParams)).toEqual({ rsvp: "GOING" });
    const row = await (await getDb()).rsvp.findFirstOrThrow({ where: { actionId: action.id } });
    expect(row).toMatchObject({ userId: person.user.id, guests: 2, name: null, email: null });
  });

  it("invalid fields come back as an error code and the fields to fix; nothing is written", async () => {
    const action = await createAction();
    const back = `/en/actions/${action.slug}`;
    const res = await postForm(action.id, { name: "", email: "not-an-email", guests: "eleven", back });
    expect(res.status).toBe(303);
    const to = location(res);
    expect(to.pathname).toBe(back);
    expect(to.searchParams.get("rsvpError")).toBe("VALIDATION");
    expect(to.searchParams.get("fields")?.split(",").sort()).toEqual(["email", "guests"]);
    expect(await (await getDb()).rsvp.count({ where: { actionId: action.id } })).toBe(0);
  });

  it("bots that fill the honeypot, full parties and unknown actions get their error codes", async () => {
    const action = await createAction({ capacity: 2 });
    const back = `/en/actions/${action.slug}`;
    const bot = await postForm(action.id, { name: "Bot", email: "bot@example.test", website: "http://spam.test", back });
    expect(location(bot).searchParams.get("rsvpError")).toBe("BAD_REQUEST");
    const party = await postForm(action.id, { name: "Big", email: "big@example.test", guests: "5", back });
    expect(location(party).searchParams.get("rsvpError")).toBe("ACTION_FULL");
    const missing = await postForm("no-such-action", { name: "A", email: "a@example.test", back });
    expect(location(missing).searchParams.get("rsvpError")).toBe("NOT_FOUND");
    expect(await (await getDb()).rsvp.count({ where: { actionId: action.id } })).toBe(0);
  });

  it("only our own pages are redirect targets, and cross-site form posts are refused", async () => {
    const action = await createAction();
    for (const back of ["https://evil.test/x", "//evil.test/x", "/en/../../x", "/xx/actions/a", "/en/actions/a?x=1"]) {
      const res = await postForm(action.id, { name: "A", email: `a${++n}@example.test`, back });
      expect(location(res).origin, back).toBe("http://localhost:3000");
      expect(location(res).pathname, back).toBe("/");
    }
    const crossSite = await postForm(action.id, { name: "C", email: "c@example.test", back: `/en/actions/${action.slug}` }, { headers: { origin: "https://evil.test", "sec-fetch-site": "cross-site" } });
    expect(location(crossSite).searchParams.get("rsvpError")).toBe("FORBIDDEN");
    expect(await (await getDb()).rsvp.count({ where: { actionId: action.id, email: "c@example.test" } })).toBe(0);
  });
});
