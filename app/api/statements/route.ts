import { gate } from "@/lib/api/gate";
import { listStatements } from "@/lib/discovery";
import { localeQuery } from "@/lib/discovery/api-schemas";
import { publicJson } from "@/lib/http/public-response";

export const dynamic = "force-dynamic";

export const GET = gate({ auth: "none", query: localeQuery }, async ({ req, query }) => publicJson(req, { items: await listStatements(query.locale) }));
