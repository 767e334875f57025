import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { loadActionPage } from "@/lib/discovery-ui/action-page-data";
import { createAction } from "../../factories";

/** Anonymous action pages share their data per data version: public edits show at once. */
describe("shared action page data", () => {
  it("an edit the version covers reaches the next shared view; a private view always reads fresh counts", async () => {
    const action = await createAction({ title: "Before", description: "**Bring** water", capacity: 20 });
    const first = await loadActionPage(action.slug, "en", true);
    expect(first?.action.title).toBe("Before");
    expect(first?.descriptionHtml).toBe("<p><strong>Bring</strong> water</p>\n");
    expect(await loadActionPage(action.slug, "en", true)).toBe(first);

    const db = await getDb();
    await db.action.update({ where: { id: action.id }, data: { title: "After" } });
    expect((await loadActionPage(action.slug, "en", true))?.action.title).toBe("After");

    await db.action.update({ where: { id: action.id }, data: { goingCount: 7 } });
    expect((await loadActionPage(action.slug, "en", false))?.action.attendance.going).toBe(7);
  });

  it("an unpublished action is gone from the next shared view", async () => {
    const action = await createAction();
    expect(await loadActionPage(action.slug, "en", true)).not.toBeNull();
    const db = await getDb();
    await db.action.update({ where: { id: action.id }, data: { status: "DRAFT" } });
    expect(await loadActionPage(action.slug, "en", true)).toBeNull();
  });
});
