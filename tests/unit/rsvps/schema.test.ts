import { describe, expect, it } from "vitest";
import { createCommitmentBody } from "@/lib/commitments/schema";
import { createPledgeBody } from "@/lib/pledges/schema";
import { createRsvpBody } from "@/lib/rsvps/schema";
import { hashToken, newCancelToken } from "@/lib/rsvps/tokens";

describe("RSVP body", () => {
  it.each([
    [{}, true],
    [{ guests: 10 }, true],
    [{ guests: 11 }, false],
    [{ guests: -1 }, false],
    [{ guests: 1.5 }, false],
    [{ name: "Ana", email: "ana@example.test" }, true],
    [{ name: "", email: "" }, true],
    [{ email: "ana@example.test" }, false],
    [{ name: "Ana" }, false],
    [{ name: "Ana", email: "nope" }, false],
    [{ name: "x".repeat(101), email: "a@example.test" }, false],
    [{ locale: "ar" }, true],
    [{ locale: "de" }, false],
  ])("%j → valid %s", (body, valid) => {
    expect(createRsvpBody.safeParse(body).success).toBe(valid);
  });

  it("normalises emails so the same person is recognised", () => {
    expect(createRsvpBody.parse({ name: " Ana ", email: " Ana@Example.TEST " })).toMatchObject({ name: "Ana", email: "ana@example.test", guests: 0 });
  });
});

describe("pledge body", () => {
  it.each([
    [{ amountMinor: 100 }, true],
    [{ needId: "n", quantity: 2 }, true],
    [{ amountMinor: 100, needId: "n", quantity: 2 }, false],
    [{}, false],
    [{ needId: "n" }, false],
    [{ amountMinor: 0 }, false],
    [{ amountMinor: 100, currency: "gbp" }, false],
    [{ quantity: 10_001, needId: "n" }, false],
  ])("%j → valid %s", (body, valid) => {
    expect(createPledgeBody.safeParse(body).success).toBe(valid);
  });
});

describe("commitment body and cancel codes", () => {
  it("accepts nothing (headcount) or an email", () => {
    expect(createCommitmentBody.safeParse({}).success).toBe(true);
    expect(createCommitmentBody.safeParse({ email: "bad" }).success).toBe(false);
  });

  it("codes are long, random and stored only as a hash", () => {
    const a = newCancelToken();
    expect(a).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(newCancelToken()).not.toBe(a);
    expect(hashToken(a)).not.toContain(a);
    expect(hashToken(a)).toBe(hashToken(a));
  });
});
