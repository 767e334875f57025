/** The cancel page's words per kind, for the interactive button and the no-JavaScript form alike. */
export const DONE = { rsvp: "rsvp.cancelPage.doneRsvp", commitment: "rsvp.cancelPage.doneCommitment", pledge: "rsvp.cancelPage.donePledge" } as const;
export const CONFIRM = { rsvp: "rsvp.cancelPage.confirmRsvp", commitment: "rsvp.cancelPage.confirmCommitment", pledge: "rsvp.cancelPage.confirmPledge" } as const;
