import { beforeAll, describe, expect, it } from "vitest";
import { GET as icsGet } from "@/app/api/actions/[id]/ics/route";
import { POST as commitmentPost } from "@/app/api/actions/[id]/commitments/route";
import { GET as meGet } from "@/app/api/actions/[id]/me/route";
import { POST as pledgePost } from "@/app/api/actions/[id]/pledges/route";
import { GET as actionGet } from "@/app/api/actions/[id]/route";
import { POST as rsvpPost } from "@/app/api/actions/[id]/rsvps/route";
import { GET as nearGet } from "@/app/api/actions/near/route";
import { GET as listGet } from "@/app/api/actions/route";
import { GET as atomGet } from "@/app/api/feeds/actions.atom/route";
import { getDb } from "@/lib/db";
import { createAction } from "../../factories";
import { createPerson, ipFor, isolateOutbox, raiseRateLimits } from "../../factories/people";
import { call } from "../helpers/http";

raiseRateLimits();
isolateOutbox();

const SECRETS = ["Zarina Qadiri", "zarina.q@example.test", "Donor Dilnoza", "dilnoza@example.test", "boycott.b@example.test", "Member Malika", "malika@example.test"];
let ids: string[] = [];

beforeAll(async () => {
  const rally = await createAction({ capacity: 1 });
  const drive = await createAction({ kind: "DONATION_DRIVE", currency: "HKD", goalMinor: 10_000 });
  const boycott = await createAction({ kind: "BOYCOTT" });
  ids = [rally.id, drive.id, boycott.id];
  const member = await createPerson();
  const db = await getDb();
  await db.user.update({ where: { id: member.user.id }, data: { name: "Member Malika", email: "malika@example.test" } });
  await call(rsvpPost, "/x", { method: "POST", body: {}, params: { id: rally.id }, cookie: member.cookie, ip: ipFor(1) });
  await call(rsvpPost, "/x", { method: "POST", body: { name: "Zarina Qadiri", email: "zarina.q@example.test" }, params: { id: rally.id }, ip: ipFor(2) });
  await call(pledgePost, "/x", { method: "POST", body: { amountMinor: 500, displayName: "Donor Dilnoza", email: "dilnoza@example.test" }, params: { id: drive.id }, ip: ipFor(3) });
  await call(commitmentPost, "/x", { method: "POST", body: { email: "boycott.b@example.test" }, params: { id: boycott.id }, ip: ipFor(4) });
});

/** Only a successful response proves anything: an error page trivially contains no names. */
function clean(res: { status: number; text: string }) {
  expect(res.status).toBe(200);
  for (const s of SECRETS) expect(res.text, s).not.toContain(s);
}

describe("attendee data never reaches public JSON, calendars or feeds", () => {
  it("action detail JSON, ICS, lists, near and the Atom feed", async () => {
    for (const id of ids) {
      clean(await call(actionGet, "/x", { params: { id } }));
      clean(await call(icsGet, "/x", { params: { id } }));
      clean(await call(meGet, "/x", { params: { id } }));
    }
    const list = await call(listGet, "/api/actions");
    clean(list);
    // The lists do include the actions (so the check is not vacuous), with their counts.
    for (const id of ids) expect(list.text).toContain(id);
    clean(await call(nearGet, "/api/actions/near?lat=22.28&lng=114.16&radiusKm=50"));
    clean(await call(atomGet, "/api/feeds/actions.atom"));
  });

  it("no table has a column for an IP address or a user agent", async () => {
    const db = await getDb();
    const columns = await db.$queryRaw<{ table_name: string; column_name: string }[]>`
      SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = current_schema()`;
    const suspicious = columns.filter((c) => /(^|_)ip($|_)|ipaddr|ip_address|useragent|user_agent|remoteaddr/i.test(c.column_name.replace(/([a-z])([A-Z])/g, "$1_$2")));
    expect(suspicious).toEqual([]);
    // And no value that looks like the test clients' addresses was written anywhere we write.
    const rows = JSON.stringify(await Promise.all([db.rsvp.findMany(), db.pledge.findMany(), db.boycottCommitment.findMany(), db.job.findMany(), db.rateLimitBucket.findMany()]), (_k, v) => (typeof v === "bigint" ? String(v) : v));
    expect(rows).not.toMatch(/\b10\.0\.0\.[1-4]\b/);
  });
});
