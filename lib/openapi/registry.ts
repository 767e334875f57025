import type { OperationSpec } from "./operation";
import { healthOperations } from "../health-spec";
import { authOperations } from "../auth/api-spec";
import { adminOperations } from "../admin/api-spec";
import { discoveryOperations } from "../discovery/api-spec";
import { organiseOperations } from "../organise/api-spec";
import { participationOperations } from "../rsvps/api-spec";
import { translationOperations } from "../translations/api-spec";

/** Every documented route, one list per domain. A route handler without an entry here is a bug. */
export const operations: OperationSpec[] = [...healthOperations, ...authOperations, ...adminOperations, ...discoveryOperations, ...organiseOperations, ...participationOperations, ...translationOperations];
