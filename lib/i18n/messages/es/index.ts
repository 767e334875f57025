import { common } from "./common";
import { home } from "./home";
import { rsvp } from "./rsvp";
import { pledge } from "./pledge";
import { commitment } from "./commitment";
import { mail } from "./mail";

export const es = { common, home, rsvp, pledge, commitment, mail };
