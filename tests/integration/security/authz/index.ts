import { accountRows } from "./account";
import { adminRows } from "./admin";
import { authRows } from "./auth";
import { discoveryRows, reportRows } from "./discovery";
import { feedRows } from "./feeds";
import { metaRows } from "./meta";
import { organiseRows } from "./organise";
import { participationRows } from "./participation";
import { translationRows } from "./translations";
import type { AuthzRow } from "./types";

/** The whole matrix; each domain keeps its rows in its own file. */
export const authzRows: AuthzRow[] = [
  ...metaRows,
  ...discoveryRows,
  ...feedRows,
  ...reportRows,
  ...participationRows,
  ...organiseRows,
  ...authRows,
  ...accountRows,
  ...adminRows,
  ...translationRows,
];
