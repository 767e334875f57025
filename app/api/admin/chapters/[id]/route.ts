import { gate } from "@/lib/api/gate";
import { updateChapter } from "@/lib/admin/chapter-mutations";
import { updateChapterBody } from "@/lib/admin/chapter-schema";

export const PATCH = gate<typeof updateChapterBody, undefined, { id: string }>(
  { auth: "admin", body: updateChapterBody },
  ({ user, params, body }) => updateChapter(user, params.id, body),
);
