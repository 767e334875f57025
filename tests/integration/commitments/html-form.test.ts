import { describe, expect, it } from "vitest";
import { POST as commitmentPost } from "@/app/api/actions/[id]/commitments/route";
import { getDb } from "@/lib/db";
import { createAction } from "../../factories";
import { ipFor, isolateOutbox, raiseRateLimits } from "../../factories/people";
import { callForm, redirectOf } from "../helpers/http";

raiseRateLimits();
isolateOutbox();

let n = 0;
const postForm = (actionId: string, fields: Record<string, string>) => callForm(commitmentPost, "/x", fields, { params: { id: actionId }, ip: ipFor(8000 + ++n) });
const query = (res: { headers: Headers }) => redirectOf(res).query;

describe("joining a boycott from a plain HTML form (no JavaScript)", () => {
  it("with an email: counted, the withdraw link is queued by mail, and the page is told both", async () => {
    const boycott = await createAction({ kind: "BOYCOTT" });
    const res = await postForm(boycott.id, { email: "Noor@Example.test", locale: "ar", back: `/ar/actions/${boycott.slug}` });
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toBe(`/ar/actions/${boycott.slug}?commitment=1&mailed=1`);
    const db = await getDb();
    const row = await db.boycottCommitment.findFirstOrThrow({ where: { actionId: boycott.id } });
    expect(row.email).toBe("noor@example.test");
    expect(await db.job.count({ where: { name: "mail.commitment" } })).toBe(1);
    const again = await postForm(boycott.id, { email: "noor@example.test", back: `/ar/actions/${boycott.slug}` });
    expect(query(again)).toEqual({ commitment: "1", again: "1" });
    expect(await db.boycottCommitment.count({ where: { actionId: boycott.id } })).toBe(1);
  });

  it("without an email it is a headcount; a bad email is sent back to be fixed and nothing is counted", async () => {
    const boycott = await createAction({ kind: "BOYCOTT" });
    expect(query(await postForm(boycott.id, { email: "", back: `/en/actions/${boycott.slug}` }))).toEqual({ commitment: "1" });
    expect(query(await postForm(boycott.id, { email: "nope", back: `/en/actions/${boycott.slug}` }))).toEqual({ commitmentError: "VALIDATION", fields: "email" });
    const rally = await createAction({ kind: "RALLY" });
    expect(query(await postForm(rally.id, { back: `/en/actions/${rally.slug}` })).commitmentError).toBe("CONFLICT");
    expect(await (await getDb()).boycottCommitment.count({ where: { actionId: boycott.id } })).toBe(1);
  });
});
