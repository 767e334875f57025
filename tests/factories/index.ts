import { randomBytes } from "node:crypto";
import { getDb } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { publicLocation } from "@/lib/geo/public-location";

/** Each test seeds its own rows through these, with unique slugs so files never collide. */
export const uid = () => randomBytes(5).toString("hex");

export async function createUser(data: Partial<Prisma.UserCreateInput> = {}) {
  const db = await getDb();
  return db.user.create({ data: { email: `user-${uid()}@example.test`, name: "Test Person", ...data } });
}

export async function createChapter(data: Partial<Prisma.ChapterUncheckedCreateInput> = {}) {
  const db = await getDb();
  const id = uid();
  return db.chapter.create({
    data: { slug: `chapter-${id}`, name: `Chapter ${id}`, countryCode: "HK", city: "Hong Kong", lat: 22.3, lng: 114.17, ...data },
  });
}

export async function createStatement(data: Partial<Prisma.StatementUncheckedCreateInput> = {}) {
  const db = await getDb();
  const id = uid();
  return db.statement.create({
    data: {
      slug: `statement-${id}`,
      status: "PUBLISHED",
      publishedAt: new Date(),
      translations: { create: [{ locale: "en", title: `Statement ${id}`, body: "Body", demands: ["Ceasefire now"] }] },
      ...data,
    },
  });
}

type ActionInput = Partial<Prisma.ActionUncheckedCreateInput> & { chapterId?: string; statementId?: string };

export async function createAction(data: ActionInput = {}) {
  const db = await getDb();
  const chapterId = data.chapterId ?? (await createChapter()).id;
  const statementId = data.statementId ?? (await createStatement()).id;
  const id = uid();
  const startsAt = data.startsAt ? new Date(data.startsAt) : new Date(Date.now() + 7 * 86_400_000);
  const lat = data.lat === undefined ? 22.28 : data.lat;
  const lng = data.lng === undefined ? 114.16 : data.lng;
  const privacy = data.locationPrivacy ?? "EXACT";
  const pub = lat === null || lng === null ? null : publicLocation({ lat, lng }, privacy);
  return db.action.create({
    data: {
      slug: `action-${id}`,
      kind: "RALLY",
      status: "PUBLISHED",
      publishedAt: new Date(),
      title: `Rally ${id}`,
      timeZone: "Asia/Hong_Kong",
      startsAt,
      endsAt: new Date(startsAt.getTime() + 2 * 3_600_000),
      publicLat: pub?.lat ?? null,
      publicLng: pub?.lng ?? null,
      ...data,
      lat,
      lng,
      chapterId,
      statementId,
    },
  });
}
