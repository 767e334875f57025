import { common } from "./common";
import { admin } from "./admin";
import { report } from "./report";
import { home } from "./home";
import { rsvp } from "./rsvp";
import { pledge } from "./pledge";
import { commitment } from "./commitment";
import { mail } from "./mail";

export const fr = { common, admin, report, home, rsvp, pledge, commitment, mail };
