import { describe, expect, it } from "vitest";
import { canTransition, transition, TRANSITIONS, type ActionStatus, type TransitionName } from "@/lib/actions/state-machine";

const STATUSES: ActionStatus[] = ["DRAFT", "PENDING_REVIEW", "PUBLISHED", "REJECTED", "CANCELLED"];

const LEGAL: Array<[TransitionName, ActionStatus, ActionStatus]> = [
  ["submit", "DRAFT", "PENDING_REVIEW"],
  ["submit", "DRAFT", "PUBLISHED"],
  ["submit", "REJECTED", "PENDING_REVIEW"],
  ["submit", "REJECTED", "PUBLISHED"],
  ["approve", "PENDING_REVIEW", "PUBLISHED"],
  ["reject", "PENDING_REVIEW", "REJECTED"],
  ["requestChanges", "PENDING_REVIEW", "DRAFT"],
  ["hide", "PUBLISHED", "PENDING_REVIEW"],
  ["hide", "PUBLISHED", "REJECTED"],
  ["cancel", "DRAFT", "CANCELLED"],
  ["cancel", "PENDING_REVIEW", "CANCELLED"],
  ["cancel", "PUBLISHED", "CANCELLED"],
];

describe("action state machine", () => {
  it("allows exactly the legal moves", () => {
    const legal = new Set(LEGAL.map((l) => l.join(" ")));
    for (const name of Object.keys(TRANSITIONS) as TransitionName[]) {
      for (const from of STATUSES) {
        for (const to of STATUSES) {
          expect(canTransition(name, from, to), `${name} ${from} → ${to}`).toBe(legal.has(`${name} ${from} ${to}`));
        }
      }
    }
  });

  it("throws a 409 for an illegal move", () => {
    expect(() => transition("approve", "CANCELLED", "PUBLISHED")).toThrow(expect.objectContaining({ code: "INVALID_TRANSITION", status: 409 }));
    expect(transition("approve", "PENDING_REVIEW", "PUBLISHED")).toBe("PUBLISHED");
  });

  it("never leaves CANCELLED", () => {
    for (const name of Object.keys(TRANSITIONS) as TransitionName[]) {
      for (const to of STATUSES) expect(canTransition(name, "CANCELLED", to)).toBe(false);
    }
  });
});
