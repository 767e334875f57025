import { AppError } from "../errors";

export type ActionStatus = "DRAFT" | "PENDING_REVIEW" | "PUBLISHED" | "REJECTED" | "CANCELLED";

/**
 * Every legal move of an action's status, named by what causes it. Organiser services and admin
 * moderation both go through `transition`, so an illegal move is a 409 whoever attempts it.
 */
export const TRANSITIONS = {
  submit: { from: ["DRAFT", "REJECTED"], to: ["PENDING_REVIEW", "PUBLISHED"] },
  approve: { from: ["PENDING_REVIEW"], to: ["PUBLISHED"] },
  reject: { from: ["PENDING_REVIEW"], to: ["REJECTED"] },
  requestChanges: { from: ["PENDING_REVIEW"], to: ["DRAFT"] },
  hide: { from: ["PUBLISHED"], to: ["PENDING_REVIEW", "REJECTED"] },
  cancel: { from: ["DRAFT", "PENDING_REVIEW", "PUBLISHED"], to: ["CANCELLED"] },
} as const satisfies Record<string, { from: readonly ActionStatus[]; to: readonly ActionStatus[] }>;

export type TransitionName = keyof typeof TRANSITIONS;

export function canTransition(name: TransitionName, from: ActionStatus, to: ActionStatus): boolean {
  const t = TRANSITIONS[name];
  return (t.from as readonly ActionStatus[]).includes(from) && (t.to as readonly ActionStatus[]).includes(to);
}

/** Returns the new status or throws 409 INVALID_TRANSITION. */
export function transition(name: TransitionName, from: ActionStatus, to: ActionStatus): ActionStatus {
  if (!canTransition(name, from, to)) {
    throw new AppError("INVALID_TRANSITION", `Cannot ${name} an action that is ${from.toLowerCase().replace("_", " ")}`);
  }
  return to;
}
