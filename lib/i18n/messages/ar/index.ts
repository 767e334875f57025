import { common } from "./common";
import { home } from "./home";

export const ar = { common, home };
