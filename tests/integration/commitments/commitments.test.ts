import { describe, expect, it } from "vitest";
import { DELETE as commitmentDelete, POST as commitmentPost } from "@/app/api/actions/[id]/commitments/route";
import { GET as meGet } from "@/app/api/actions/[id]/me/route";
import { COMMITMENT_TOKEN_HEADER } from "@/lib/rsvps/schema";
import { createAction } from "../../factories";
import { createPerson, ipFor, isolateOutbox, raiseRateLimits } from "../../factories/people";
import { call } from "../helpers/http";

raiseRateLimits();
isolateOutbox();
let n = 0;
const commit = (id: string, body: object, cookie?: string) => call(commitmentPost, "/x", { method: "POST", body, params: { id }, cookie, ip: ipFor(++n) });

describe("boycott commitments", () => {
  it("signed in, by email and headcount; idempotent per person; counted; withdrawn", async () => {
    const boycott = await createAction({ kind: "BOYCOTT" });
    const member = await createPerson();
    const mine = await commit(boycott.id, {}, member.cookie);
    expect(mine.status).toBe(201);
    expect(mine.json.cancelToken).toBeUndefined();
    const again = await commit(boycott.id, {}, member.cookie);
    expect(again.status).toBe(200);
    expect(again.json.id).toBe(mine.json.id);
    const byEmail = await commit(boycott.id, { email: "Someone@Example.test" });
    expect(byEmail.status).toBe(201);
    expect((await commit(boycott.id, { email: "someone@example.test" })).json.id).toBe(byEmail.json.id);
    const headcount = await commit(boycott.id, {});
    expect(headcount.json.count).toBe(3);

    // The browser that holds the code sees its own commitment; a stranger does not.
    const seen = await call(meGet, "/x", { params: { id: boycott.id }, headers: { [COMMITMENT_TOKEN_HEADER]: headcount.json.cancelToken as string } });
    expect(seen.json.commitment).toEqual({ id: headcount.json.id });
    expect((await call(meGet, "/x", { params: { id: boycott.id } })).json.commitment).toBeNull();
    expect((await call(meGet, "/x", { params: { id: boycott.id }, cookie: member.cookie })).json.commitment).toEqual({ id: mine.json.id });

    const w1 = await call(commitmentDelete, `/x?token=${headcount.json.cancelToken}`, { method: "DELETE", params: { id: boycott.id } });
    expect(w1.json).toEqual({ ok: true, count: 2 });
    expect((await call(commitmentDelete, `/x?token=${headcount.json.cancelToken}`, { method: "DELETE", params: { id: boycott.id } })).status).toBe(404);
    const w2 = await call(commitmentDelete, "/x", { method: "DELETE", params: { id: boycott.id }, cookie: member.cookie });
    expect(w2.json).toEqual({ ok: true, count: 1 });
    expect((await call(commitmentDelete, "/x", { method: "DELETE", params: { id: boycott.id } })).status).toBe(401);
  });

  it("concurrent identical commitments make one row", async () => {
    const boycott = await createAction({ kind: "BOYCOTT" });
    const results = await Promise.all(Array.from({ length: 6 }, () => commit(boycott.id, { email: "race@example.test" })));
    expect(new Set(results.map((r) => r.json.id)).size).toBe(1);
    expect(results.filter((r) => r.status === 201)).toHaveLength(1);
  });

  it("only boycotts that are published and running take commitments", async () => {
    expect((await commit((await createAction()).id, {})).status).toBe(409);
    expect((await commit((await createAction({ kind: "BOYCOTT", status: "CANCELLED" })).id, {})).status).toBe(409);
    expect((await commit((await createAction({ kind: "BOYCOTT" })).id, { email: "nope" })).status).toBe(400);
  });
});
