import { common } from "./common";
import { home } from "./home";

export const fr = { common, home };
