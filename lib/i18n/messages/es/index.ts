import { common } from "./common";
import { home } from "./home";

export const es = { common, home };
