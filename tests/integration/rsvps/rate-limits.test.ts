import { describe, expect, it } from "vitest";
import { POST as commitmentPost } from "@/app/api/actions/[id]/commitments/route";
import { POST as pledgePost } from "@/app/api/actions/[id]/pledges/route";
import { POST as rsvpPost } from "@/app/api/actions/[id]/rsvps/route";
import { getDb } from "@/lib/db";
import { createAction } from "../../factories";
import { ipFor, isolateOutbox } from "../../factories/people";
import { call } from "../helpers/http";

isolateOutbox();
// Small limits, set the way an operator would; the general mutation buckets stay out of the way.
process.env.RATE_LIMIT_RSVP = "3/600";
process.env.RATE_LIMIT_PLEDGE = "2/600";
process.env.RATE_LIMIT_COMMITMENT = "2/600";
process.env.RATE_LIMIT_MUTATION_IP = "1000/60";

function expect429(res: { status: number; headers: Headers; json: { error?: { code: string } } }) {
  expect(res.status).toBe(429);
  expect(res.json.error?.code).toBe("RATE_LIMITED");
  const retry = Number(res.headers.get("retry-after"));
  expect(retry).toBeGreaterThan(0);
  expect(retry).toBeLessThanOrEqual(600);
}

describe("rate limits (429 with Retry-After), per IP and per email", () => {
  it("RSVP: per client address", async () => {
    const action = await createAction();
    const ip = "198.51.100.1";
    for (let i = 0; i < 3; i++) expect((await call(rsvpPost, "/x", { method: "POST", body: {}, params: { id: action.id }, ip })).status).toBe(201);
    expect429(await call(rsvpPost, "/x", { method: "POST", body: {}, params: { id: action.id }, ip }));
    // Another address is unaffected.
    expect((await call(rsvpPost, "/x", { method: "POST", body: {}, params: { id: action.id }, ip: "198.51.100.2" })).status).toBe(201);
  });

  it("RSVP: per email, whatever the address", async () => {
    const actions = await Promise.all([createAction(), createAction(), createAction(), createAction()]);
    const body = { name: "Rotating Addresses", email: "rotator@example.test" };
    for (let i = 0; i < 3; i++) {
      expect((await call(rsvpPost, "/x", { method: "POST", body, params: { id: actions[i].id }, ip: ipFor(100 + i) })).status).toBe(201);
    }
    expect429(await call(rsvpPost, "/x", { method: "POST", body: { ...body, email: "ROTATOR@example.test" }, params: { id: actions[3].id }, ip: ipFor(200) }));
  });

  it("pledges and commitments have their own buckets", async () => {
    const drive = await createAction({ kind: "DONATION_DRIVE", currency: "HKD" });
    const boycott = await createAction({ kind: "BOYCOTT" });
    const ip = "198.51.100.9";
    const pledge = () => call(pledgePost, "/x", { method: "POST", body: { amountMinor: 100, anonymous: true }, params: { id: drive.id }, ip });
    const commit = () => call(commitmentPost, "/x", { method: "POST", body: {}, params: { id: boycott.id }, ip });
    expect((await pledge()).status).toBe(201);
    expect((await pledge()).status).toBe(201);
    expect429(await pledge());
    expect((await commit()).status).toBe(201);
    expect((await commit()).status).toBe(201);
    expect429(await commit());
  });

  it("stores neither addresses nor emails in the buckets", async () => {
    const db = await getDb();
    const keys = (await db.rateLimitBucket.findMany({ select: { key: true } })).map((b) => b.key).join("\n");
    expect(keys).not.toContain("198.51.100");
    expect(keys).not.toContain("rotator");
  });
});
