import { beforeAll, describe, expect, it } from "vitest";
import { GET as me } from "@/app/api/me/route";
import { GET as myRsvps } from "@/app/api/me/rsvps/route";
import { GET as mySessions } from "@/app/api/me/sessions/route";
import { GET as myExport } from "@/app/api/me/export/route";
import { GET as actionMe } from "@/app/api/actions/[id]/me/route";
import { GET as attendees } from "@/app/api/actions/[id]/attendees/route";
import { GET as attendeesCsv } from "@/app/api/actions/[id]/attendees.csv/route";
import { GET as members } from "@/app/api/chapters/[slug]/members/route";
import { GET as audit } from "@/app/api/admin/audit/route";
import { GET as adminUsers } from "@/app/api/admin/users/route";
import { GET as adminChapters } from "@/app/api/admin/chapters/route";
import { GET as adminStatements } from "@/app/api/admin/statements/route";
import { createAction, createUser } from "../../factories";
import { callRoute, isolateSideEffects, organiseWorld } from "../../factories/organise";
import { sessionCookieFor } from "../helpers/http";

/** Everything that depends on who asks is `private, no-store` and carries no validator to share. */
let w: Awaited<ReturnType<typeof organiseWorld>>;
let actionId: string;
let adminCookie: string;

beforeAll(async () => {
  isolateSideEffects();
  w = await organiseWorld();
  actionId = (await createAction({ chapterId: w.chapterA.id, statementId: w.statement.id })).id;
  adminCookie = await sessionCookieFor((await createUser({ role: "ADMIN" })).id);
});

describe("what a session can see is never stored", () => {
  it("personal, organiser and admin reads answer 200 with private, no-store", async () => {
    const organiser = w.organiserA.cookie;
    const cases: [string, Parameters<typeof callRoute>[0], string, string, Record<string, string>?][] = [
      ["me", me, "/api/me", organiser],
      ["my RSVPs", myRsvps, "/api/me/rsvps", organiser],
      ["my sessions", mySessions, "/api/me/sessions", organiser],
      ["my export", myExport, "/api/me/export", organiser],
      ["my RSVP on an action", actionMe, `/api/actions/${actionId}/me`, organiser, { id: actionId }],
      ["attendees", attendees, `/api/actions/${actionId}/attendees`, organiser, { id: actionId }],
      ["attendees CSV", attendeesCsv, `/api/actions/${actionId}/attendees.csv?reason=Door%20list`, organiser, { id: actionId }],
      ["chapter members", members, `/api/chapters/${w.chapterA.slug}/members`, organiser, { slug: w.chapterA.slug }],
      ["audit log", audit, "/api/admin/audit", adminCookie],
      ["admin users", adminUsers, "/api/admin/users?q=person", adminCookie],
      ["admin chapters", adminChapters, "/api/admin/chapters", adminCookie],
      ["admin statements", adminStatements, "/api/admin/statements", adminCookie],
    ];
    for (const [name, handler, url, cookie, params] of cases) {
      const res = await callRoute(handler, url, { cookie, params });
      expect(res.status, name).toBe(200);
      expect(res.headers.get("cache-control"), name).toBe("private, no-store");
      expect(res.headers.get("etag"), name).toBeNull();
    }
  });

  it("the viewer's own state on an action is private even without a session (cancel codes travel in headers)", async () => {
    const res = await callRoute(actionMe, `/api/actions/${actionId}/me`, { params: { id: actionId } });
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toBe("private, no-store");
  });
});
