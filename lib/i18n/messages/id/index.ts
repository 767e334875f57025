import { common } from "./common";
import { home } from "./home";

export const id = { common, home };
