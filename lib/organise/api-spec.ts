import { z } from "zod";
import type { OperationSpec } from "../openapi/operation";
import { createActionInput, updateActionInput } from "./action-schema";
import { chapterSettingsInput, inviteInput, memberDto, removeMemberQuery } from "./chapter-schema";
import { cancelInput, checkinInput, compromisedInput, exportQuery, messageInput, pledgeReceivedInput, relocateInput, resultWithNotified } from "./run-schema";

const common = { tags: ["organise"], auth: "required" as const };
/** Every organiser route may answer these besides success. */
const errors = [400, 401, 403, 404, 409, 429];

const created = z.object({ id: z.string(), slug: z.string(), ids: z.array(z.string()), seriesId: z.string().nullable() });
const image = z.object({ name: z.string(), path: z.string(), width: z.number().int(), height: z.number().int(), bytes: z.number().int() });
const chapterView = z.object({ slug: z.string(), name: z.string(), description: z.string(), contact: z.string().nullable(), city: z.string(), countryCode: z.string(), lat: z.number(), lng: z.number() });

/** The organiser workspace: writes gated by the session and the chapter the row belongs to, all audit-logged. */
export const organiseOperations: OperationSpec[] = [
  { ...common, method: "post", path: "/api/actions", summary: "Create a DRAFT action (wall times in timeZone); with recurrence, one draft per date of a weekly/monthly series", body: createActionInput, response: created, successStatus: 201, errors },
  { ...common, method: "patch", path: "/api/actions/{id}", summary: "Edit an action (any subset of the create fields; re-validated as a whole). Time/place changes of a published action notify attendees", body: updateActionInput, response: resultWithNotified, errors },
  { ...common, method: "post", path: "/api/actions/{id}/submit", summary: "Submit for review (published at once for trusted chapters)", response: resultWithNotified, errors: [...errors, 422] },
  { ...common, method: "post", path: "/api/actions/{id}/cancel", summary: "Cancel with a message mailed to everyone taking part", body: cancelInput, response: resultWithNotified, errors },
  { ...common, method: "post", path: "/api/actions/{id}/relocate", summary: "Rapid response: move to a new place and notify everyone taking part", body: relocateInput, response: resultWithNotified, errors: [...errors, 422] },
  { ...common, method: "post", path: "/api/actions/{id}/compromised", summary: "Rapid response: hide the location, warn everyone, erase their names and addresses (counts kept)", body: compromisedInput, response: resultWithNotified, errors },
  { ...common, method: "post", path: "/api/actions/{id}/duplicate", summary: "Copy an action into a new DRAFT (without its people)", response: resultWithNotified, successStatus: 201, errors },
  { ...common, method: "post", path: "/api/actions/{id}/checkins", summary: "Check a GOING attendee in (or undo with checkedIn=false)", body: checkinInput, response: z.object({ rsvpId: z.string(), checkedInAt: z.string().nullable() }), errors },
  { ...common, method: "post", path: "/api/actions/{id}/messages", summary: "Mail a message to attendees, one separate mail per person", body: messageInput, response: z.object({ sent: z.number().int().describe("messages queued, one per person") }), errors },
  { ...common, method: "get", path: "/api/actions/{id}/attendees.csv", summary: "Attendee list as CSV; the reason is required and every export is audit-logged", query: exportQuery, responseContentType: "text/csv", errors },
  { ...common, method: "post", path: "/api/actions/{id}/image", summary: "Set the action's image (multipart field `file` or raw body, ≤ 8 MB; re-encoded, all metadata stripped)", response: z.object({ imagePath: z.string().nullable() }), errors: [...errors, 413, 415, 422] },
  { ...common, method: "delete", path: "/api/actions/{id}/image", summary: "Remove the action's image", response: z.object({ imagePath: z.null() }), errors },
  { ...common, method: "patch", path: "/api/actions/{id}/pledges/{pledgeId}", summary: "Record a pledge as received offline (or undo)", body: pledgeReceivedInput, response: z.object({ pledgeId: z.string(), received: z.boolean(), receivedAt: z.string().nullable() }), errors },
  { ...common, method: "patch", path: "/api/chapters/{slug}", summary: "Chapter settings: name, description, contact, location", body: chapterSettingsInput, response: chapterView, errors },
  { ...common, method: "get", path: "/api/chapters/{slug}/members", summary: "Members of the chapter (names and roles, no addresses)", response: z.object({ items: z.array(memberDto) }), errors },
  { ...common, method: "post", path: "/api/chapters/{slug}/members", summary: "Invite a co-organiser by email (account created if needed; sign-in link mailed)", body: inviteInput, response: z.object({ userId: z.string(), role: z.literal("ORGANISER") }), successStatus: 201, errors },
  { ...common, method: "delete", path: "/api/chapters/{slug}/members", summary: "Remove a member (a chapter keeps at least one organiser)", query: removeMemberQuery, response: z.object({ userId: z.string(), removed: z.boolean() }), errors },
  { ...common, method: "post", path: "/api/uploads", summary: "Upload an image for the action form (organisers only); answers with the path to save as imagePath", response: image, successStatus: 201, errors: [...errors, 413, 415, 422] },
  { method: "get", path: "/api/uploads/{name}", summary: "An uploaded image (WebP, no metadata)", tags: ["organise"], auth: "none", responseContentType: "image/webp", errors: [404] },
];
