import { describe, expect, it } from "vitest";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { getDb } from "@/lib/db";
import { diffMigrationsToSchema, migrationNames } from "@/lib/db/migrations";
import { mercatorX, mercatorY } from "@/lib/geo/mercator";
import { createAction } from "../../factories";

describe("migrations", () => {
  it("are all applied and recorded in _prisma_migrations", async () => {
    const db = await getDb();
    const rows = await db.$queryRaw<{ migration_name: string }[]>`
      SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL ORDER BY migration_name`;
    expect(rows.map((r) => r.migration_name)).toEqual(migrationNames());
  });

  it("match schema.prisma exactly (no drift)", async () => {
    const sql = await diffMigrationsToSchema(new PrismaPGlite(new PGlite()));
    expect(sql).toBe("");
  });

  it("keep the public map point in step with publicLat/publicLng", async () => {
    const db = await getDb();
    const action = await createAction({ lat: 10, lng: 20, locationPrivacy: "EXACT" });
    const read = () => db.$queryRaw<{ x: number; y: number }[]>`
      SELECT ("location")[0] AS x, ("location")[1] AS y FROM "Action" WHERE id = ${action.id}`;
    expect((await read())[0]).toEqual({ x: 20, y: 10 });
    await db.action.update({ where: { id: action.id }, data: { publicLat: -5, publicLng: 170 } });
    expect((await read())[0]).toEqual({ x: 170, y: -5 });
    await db.action.update({ where: { id: action.id }, data: { publicLat: null, publicLng: null } });
    expect((await read())[0]).toEqual({ x: null, y: null });
  });

  it("keep the map tile coordinates in step with the public point (the formula of lib/geo/mercator)", async () => {
    const db = await getDb();
    const action = await createAction({ lat: 51.5, lng: -0.12, locationPrivacy: "EXACT" });
    const read = () => db.action.findUniqueOrThrow({ where: { id: action.id }, select: { tileX: true, tileY: true } });
    const near = (a: number | null, b: number) => expect(Math.abs((a ?? NaN) - b)).toBeLessThan(1e-12);
    let t = await read();
    near(t.tileX, mercatorX(-0.12));
    near(t.tileY, mercatorY(51.5));
    await db.action.update({ where: { id: action.id }, data: { publicLat: 89.9, publicLng: 180, tileX: 0 } });
    t = await read();
    near(t.tileX, mercatorX(180));
    near(t.tileY, mercatorY(89.9));
    await db.action.update({ where: { id: action.id }, data: { publicLat: null, publicLng: null } });
    expect(await read()).toEqual({ tileX: null, tileY: null });
  });

  it("refuse to overbook even when application code tries (CHECK constraint)", async () => {
    const db = await getDb();
    const action = await createAction({ capacity: 2, goingCount: 2 });
    await expect(db.action.update({ where: { id: action.id }, data: { goingCount: 3 } })).rejects.toThrow();
    expect((await db.action.findUniqueOrThrow({ where: { id: action.id } })).goingCount).toBe(2);
  });

  it("make the audit log append-only, even for direct SQL", async () => {
    const db = await getDb();
    const row = await db.auditLog.create({ data: { verb: "test.create", targetType: "Test", targetId: "1" } });
    await expect(db.$executeRaw`UPDATE "AuditLog" SET verb = 'tampered' WHERE id = ${row.id}`).rejects.toThrow(/append-only/);
    await expect(db.$executeRaw`DELETE FROM "AuditLog" WHERE id = ${row.id}`).rejects.toThrow(/append-only/);
    await expect(db.$executeRawUnsafe(`TRUNCATE "AuditLog"`)).rejects.toThrow(/append-only/);
    expect((await db.auditLog.findUniqueOrThrow({ where: { id: row.id } })).verb).toBe("test.create");
  });
});
