import { gate } from "@/lib/api/gate";
import { translationWorkFor } from "@/lib/translations/work-list";
import { workQuery } from "@/lib/translations/schema";

export const dynamic = "force-dynamic";

/** Translators (and admins): statements missing, outdated or waiting for review in their languages. */
export const GET = gate({ auth: "required", query: workQuery }, async ({ user, query }) =>
  translationWorkFor(user!, (user!.locale as Parameters<typeof translationWorkFor>[1]) ?? "en", query.locale),
);
