import { beforeAll, describe, expect, it } from "vitest";
import * as approve from "@/app/api/admin/actions/[id]/approve/route";
import * as reject from "@/app/api/admin/actions/[id]/reject/route";
import * as requestChanges from "@/app/api/admin/actions/[id]/request-changes/route";
import * as report from "@/app/api/admin/reports/[id]/route";
import { getDb } from "@/lib/db";
import { actionIn, adminPrincipals, openReport, useTempOutbox } from "../../factories/admin";
import { call } from "../helpers/http";

type Handler = Parameters<typeof call>[0];
const h = (handler: unknown) => handler as Handler;
const STATUSES = ["DRAFT", "PENDING_REVIEW", "PUBLISHED", "REJECTED", "CANCELLED"] as const;
type Status = (typeof STATUSES)[number];

/** What each moderation move expects to start from and where it lands; everything else is a 409. */
const MOVES: Record<string, { from: Status; to: Status; run: (actionId: string, cookie: string) => Promise<{ status: number }> }> = {
  approve: {
    from: "PENDING_REVIEW",
    to: "PUBLISHED",
    run: (id, cookie) => call(h(approve.POST), `/api/admin/actions/${id}/approve`, { method: "POST", cookie, params: { id } }),
  },
  reject: {
    from: "PENDING_REVIEW",
    to: "REJECTED",
    run: (id, cookie) => call(h(reject.POST), `/api/admin/actions/${id}/reject`, { method: "POST", cookie, params: { id }, body: { reason: "Duplicate event" } }),
  },
  "request-changes": {
    from: "PENDING_REVIEW",
    to: "DRAFT",
    run: (id, cookie) =>
      call(h(requestChanges.POST), `/api/admin/actions/${id}/request-changes`, { method: "POST", cookie, params: { id }, body: { note: "Add a meeting point" } }),
  },
  "hide (to review)": {
    from: "PUBLISHED",
    to: "PENDING_REVIEW",
    run: async (id, cookie) => {
      const r = await openReport(id);
      return call(h(report.PATCH), `/api/admin/reports/${r.id}`, { method: "PATCH", cookie, params: { id: r.id }, body: { resolution: "hide", to: "PENDING_REVIEW" } });
    },
  },
  "hide (rejected)": {
    from: "PUBLISHED",
    to: "REJECTED",
    run: async (id, cookie) => {
      const r = await openReport(id);
      return call(h(report.PATCH), `/api/admin/reports/${r.id}`, {
        method: "PATCH",
        cookie,
        params: { id: r.id },
        body: { resolution: "hide", to: "REJECTED", reason: "Provocation, not an alliance action" },
      });
    },
  },
};

let admin: { id: string; cookie: string };
beforeAll(async () => {
  useTempOutbox();
  admin = (await adminPrincipals()).admin;
});

describe("the state machine through the moderation API", () => {
  for (const [move, spec] of Object.entries(MOVES)) {
    for (const status of STATUSES) {
      const legal = status === spec.from;
      it(`${move} from ${status}: ${legal ? `200 → ${spec.to}` : "409, unchanged"}`, async () => {
        const action = await actionIn(status);
        const db = await getDb();
        const auditBefore = await db.auditLog.count({ where: { targetId: action.id } });
        const res = await spec.run(action.id, admin.cookie);
        const after = await db.action.findUniqueOrThrow({ where: { id: action.id }, select: { status: true } });
        if (legal) {
          expect(res.status).toBe(200);
          expect(after.status).toBe(spec.to);
          expect(await db.auditLog.count({ where: { targetId: action.id } })).toBe(auditBefore + 1);
        } else {
          expect(res.status).toBe(409);
          expect(after.status).toBe(status);
          expect(await db.auditLog.count({ where: { targetId: action.id } })).toBe(auditBefore);
        }
      });
    }
  }

  it("two moderators approving at once: exactly one wins, the other gets 409", async () => {
    const action = await actionIn("PENDING_REVIEW");
    const results = await Promise.all([MOVES.approve.run(action.id, admin.cookie), MOVES.reject.run(action.id, admin.cookie)]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
    const db = await getDb();
    expect(await db.auditLog.count({ where: { targetId: action.id } })).toBe(1);
  });

  it("an unknown action is a 404, not a 409", async () => {
    const res = await call(h(approve.POST), "/api/admin/actions/nope/approve", { method: "POST", cookie: admin.cookie, params: { id: "nope" } });
    expect(res.status).toBe(404);
  });
});
