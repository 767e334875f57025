import { common } from "./common";
import { admin } from "./admin";
import { report } from "./report";
import { home } from "./home";
import { discover } from "./discover";
import { action } from "./action";
import { statement } from "./statement";
import { chapter } from "./chapter";
import { auth } from "./auth";
import { account } from "./account";
import { rsvp } from "./rsvp";
import { pledge } from "./pledge";
import { commitment } from "./commitment";
import { mail } from "./mail";
import { organise } from "./organise";

export const ar = { common, admin, report, home, discover, action, statement, chapter, auth, account, rsvp, pledge, commitment, mail, organise };
