import { Prisma } from "../generated/prisma/client";
import type { Box } from "../geo/bbox";

/** Timestamps go in as UTC text cast to the column type, identical on pg and PGlite. */
export function sqlTimestamp(date: Date): Prisma.Sql {
  const text = date.toISOString().replace("T", " ").replace("Z", "");
  return Prisma.sql`${text}::timestamp(3)`;
}

/**
 * `location <@ box` is what the GiST index "Action_location_idx" answers; two boxes (antimeridian)
 * become an OR that PostgreSQL runs as a BitmapOr of two index scans.
 */
export function sqlInBoxes(boxes: Box[], alias = "a"): Prisma.Sql {
  const col = Prisma.raw(`${alias}."location"`);
  const lat = Prisma.raw(`${alias}."publicLat"`);
  const tests = boxes.map((b) =>
    b.west <= -180 && b.east >= 180
      ? // Every longitude: the same rows as the box test (location is set exactly when the public
        // point is), but the planner can estimate a latitude range, while for `<@` it assumes a
        // tiny match and would walk the whole GiST index before reading nearly every row anyway.
        Prisma.sql`(${col} IS NOT NULL AND ${lat} BETWEEN ${b.south}::float8 AND ${b.north}::float8)`
      : Prisma.sql`${col} <@ box(point(${b.west}::float8, ${b.south}::float8), point(${b.east}::float8, ${b.north}::float8))`,
  );
  return tests.length === 1 ? tests[0] : Prisma.sql`(${Prisma.join(tests, " OR ")})`;
}

export function sqlAnd(conditions: Prisma.Sql[]): Prisma.Sql {
  return conditions.length ? Prisma.join(conditions, " AND ") : Prisma.sql`TRUE`;
}

/** LIKE pattern for a user's text with its wildcards escaped. */
export function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
