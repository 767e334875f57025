import { defineConfig } from "prisma/config";

// The embedded database needs no URL; the placeholder only keeps `prisma generate` happy.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://embedded@localhost/mobilise" },
});
