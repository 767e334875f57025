import { z } from "zod";
import { clusterParamsObject } from "./cluster-actions";
import { actionFiltersObject, fromBeforeTo, fromBeforeToIssue, localeParam } from "./filters";
import { nearParamsObject } from "./near-actions";

/**
 * Query strings of the public read routes: the shared filters plus `locale`, which picks the
 * language of statement titles and texts (falling back to a statement's source language).
 */
const withLocale = { locale: localeParam };

export const listActionsQuery = actionFiltersObject.extend(withLocale).refine(fromBeforeTo, fromBeforeToIssue);
export const nearActionsQuery = nearParamsObject.extend(withLocale).refine(fromBeforeTo, fromBeforeToIssue);
export const clusterActionsQuery = clusterParamsObject.extend(withLocale).refine(fromBeforeTo, fromBeforeToIssue);
export const localeQuery = z.object(withLocale);
