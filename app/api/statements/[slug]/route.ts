import { gate } from "@/lib/api/gate";
import { getStatement } from "@/lib/discovery";
import { localeQuery } from "@/lib/discovery/api-schemas";
import { publicJson } from "@/lib/http/public-response";
import { notFoundError } from "@/lib/errors";

export const dynamic = "force-dynamic";

export const GET = gate<undefined, typeof localeQuery, { slug: string }>({ auth: "none", query: localeQuery }, async ({ req, query, params }) => {
  const statement = await getStatement(params.slug, query.locale);
  if (!statement) throw notFoundError("Statement not found");
  return publicJson(req, statement);
});
