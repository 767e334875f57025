import { gate } from "@/lib/api/gate";
import { rejectSubmission } from "@/lib/translations/decide-submission";
import { rejectSubmissionBody } from "@/lib/translations/schema";

export const dynamic = "force-dynamic";

export const POST = gate<typeof rejectSubmissionBody, undefined, { id: string }>({ auth: "required", body: rejectSubmissionBody }, ({ user, params, body }) =>
  rejectSubmission(user!, params.id, body.note),
);
