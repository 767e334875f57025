/** The RSVP write path; jobs, routes and organiser tools all come through here. */
export { createRsvp } from "./create-rsvp";
export { cancelRsvp } from "./cancel-rsvp";
export { promoteWaitlisted } from "./waitlist";
