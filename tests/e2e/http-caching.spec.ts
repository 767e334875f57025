import { expect, test } from "./helpers/test";
import type { APIRequestContext } from "@playwright/test";

/**
 * From outside, over HTTP, against the production server: every public read and feed a calendar
 * app or feed reader polls has a validator, and a poll with it costs a bodiless 304.
 */
type Slugged = { items: { slug: string }[] };

async function firstSlug(request: APIRequestContext, url: string): Promise<string> {
  const res = await request.get(url);
  expect(res.status(), url).toBe(200);
  const { items } = (await res.json()) as Slugged;
  expect(items.length, url).toBeGreaterThan(0);
  return items[0].slug;
}

test("GET then If-None-Match answers 304 on the list, an action, a statement, each feed and calendar", async ({ request }) => {
  const action = await firstSlug(request, "/api/actions?limit=1");
  const statement = await firstSlug(request, "/api/statements");
  const chapter = await firstSlug(request, "/api/chapters");
  const urls = [
    "/api/actions?limit=5",
    `/api/actions/${action}`,
    "/api/statements",
    `/api/statements/${statement}`,
    `/api/chapters/${chapter}`,
    "/api/feeds/actions.atom",
    "/api/feeds/actions.atom?locale=ar",
    `/api/actions/${action}/ics`,
    `/api/feeds/chapters/${chapter}.ics`,
    `/api/feeds/statements/${statement}.ics`,
  ];
  for (const url of urls) {
    const first = await request.get(url);
    expect(first.status(), url).toBe(200);
    const etag = first.headers()["etag"];
    expect(etag, url).toMatch(/^"[A-Za-z0-9_-]{27}"$/);
    expect(first.headers()["cache-control"], url).toMatch(/^public, max-age=\d+, stale-while-revalidate=\d+$/);
    expect(first.headers()["last-modified"], url).toMatch(/ GMT$/);
    expect((await first.body()).length, url).toBeGreaterThan(0);

    const poll = await request.get(url, { headers: { "If-None-Match": etag } });
    expect(poll.status(), url).toBe(304);
    expect(poll.headers()["etag"], url).toBe(etag);
    expect((await poll.body()).length, url).toBe(0);

    const other = await request.get(url, { headers: { "If-None-Match": '"something-else"' } });
    expect(other.status(), url).toBe(200);
  }
});

test("a session cookie does not change a public read, and an RSVP changes the action's ETag", async ({ request }) => {
  const action = await firstSlug(request, "/api/actions?kind=RALLY&limit=1");
  const url = `/api/actions/${action}`;
  const before = await request.get(url);
  const etag = before.headers()["etag"];
  const withCookie = await request.get(url, { headers: { Cookie: "mobilise.session=not-a-real-session" } });
  expect(withCookie.headers()["etag"]).toBe(etag);

  const { id } = (await before.json()) as { id: string };
  const rsvp = await request.post(`/api/actions/${id}/rsvps`, { data: { guests: 0 } });
  expect([200, 201]).toContain(rsvp.status());
  expect(rsvp.headers()["cache-control"]).toBe("private, no-store");

  const after = await request.get(url, { headers: { "If-None-Match": etag } });
  expect(after.status()).toBe(200);
  expect(after.headers()["etag"]).not.toBe(etag);
});
