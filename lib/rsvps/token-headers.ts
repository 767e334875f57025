/**
 * Headers that carry a browser's cancel codes to GET /api/actions/{id}/me (kept out of URLs).
 * A module of their own so the action page's browser code can name them without loading zod.
 */
export const RSVP_TOKEN_HEADER = "x-rsvp-token";
export const COMMITMENT_TOKEN_HEADER = "x-commitment-token";
