import { z } from "zod";

const bool = z
  .enum(["0", "1", "true", "false", "yes", "no", ""])
  .optional()
  .transform((v) => v === "1" || v === "true" || v === "yes");

const positiveInt = (fallback: number) => z.coerce.number().int().positive().default(fallback);

/** Every setting the app reads; README's configuration table mirrors this list. */
export const envSchema = z
  .object({
    APP_ENV: z.enum(["development", "demo", "production", "test"]).default("demo"),
    PORT: positiveInt(3000),
    APP_URL: z.url().optional(),
    DATABASE_URL: z
      .string()
      .regex(/^postgres(ql)?:\/\//, "must be a postgresql:// connection string")
      .optional(),
    DATABASE_POOL_SIZE: positiveInt(10),
    /** Server processes on PostgreSQL (the embedded database always has one); unset: one per core. */
    WEB_CONCURRENCY: z.coerce.number().int().positive().optional(),
    DATA_DIR: z.string().min(1).default("./data"),
    AUTH_SECRET: z.string().min(32, "must be at least 32 characters").optional(),
    SMTP_URL: z.string().regex(/^smtps?:\/\//, "must be an smtp:// or smtps:// URL").optional(),
    MAIL_FROM: z.string().min(3).default("mobilise <no-reply@localhost>"),
    TILE_URL: z.string().default("https://tile.openstreetmap.org/{z}/{x}/{y}.png"),
    TILE_ATTRIBUTION: z.string().default("© OpenStreetMap contributors"),
    /** On unless "0": tiles come through our own origin, so visitors' addresses never reach the provider. */
    TILE_PROXY: z
      .enum(["0", "1", "true", "false", "yes", "no"])
      .optional()
      .transform((v) => !["0", "false", "no"].includes(v ?? "")),
    TRUST_PROXY: bool,
  })
  .superRefine((env, ctx) => {
    if (env.APP_ENV === "production" && !env.AUTH_SECRET) {
      ctx.addIssue({ code: "custom", path: ["AUTH_SECRET"], message: "is required when APP_ENV=production" });
    }
  });

export type Env = z.infer<typeof envSchema>;

export function parseEnv(source: Record<string, string | undefined>): Env {
  // Empty strings mean "unset" (docker/compose style), not "set to nothing".
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== ""));
  const result = envSchema.safeParse(cleaned);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  - ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid configuration:\n${lines.join("\n")}`);
  }
  return result.data;
}
