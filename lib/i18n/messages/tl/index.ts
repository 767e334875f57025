import account from "./account.json";
import action from "./action.json";
import admin from "./admin.json";
import auth from "./auth.json";
import chapter from "./chapter.json";
import commitment from "./commitment.json";
import common from "./common.json";
import discover from "./discover.json";
import home from "./home.json";
import mail from "./mail.json";
import organise from "./organise.json";
import pledge from "./pledge.json";
import report from "./report.json";
import rsvp from "./rsvp.json";
import statement from "./statement.json";
import translate from "./translate.json";
import type { Messages } from "../../messages";

export const tl: Messages = { account, action, admin, auth, chapter, commitment, common, discover, home, mail, organise, pledge, report, rsvp, statement, translate };
