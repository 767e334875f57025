/** The public read side: what the map, the lists, the public pages and the JSON API show. */
export { actionFiltersSchema, actionFiltersObject, bboxParam, localeParam, MAX_PAGE_SIZE, type ActionFilters } from "./filters";
export { searchActions, type QueryOptions } from "./search-actions";
export { countActions, countNearActions, type ActionCount } from "./count-actions";
export { nearActions, nearResponse, MAX_RADIUS_KM, type NearParams } from "./near-actions";
export { MAX_POINTS, type ClusterParams } from "./cluster-actions";
export { clusterActions } from "./cluster-cache";
export { getPublicAction } from "./action-detail";
export { publicActionDetail, type PublicActionDetail } from "./action-detail-dto";
export { listStatements, getStatement } from "./statements";
export { statementSummary, statementDetail, type StatementSummary, type StatementDetail } from "./statement-dto";
export { listChapters, getChapter } from "./chapters";
export { chapterSummary, chapterDetail, type ChapterSummary, type ChapterDetail } from "./chapter-dto";
