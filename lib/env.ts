import { z } from "zod";

// Every environment variable the portal reads, validated once.
const EnvSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z
    .string()
    .regex(
      /^postgres(ql)?:\/\//,
      "DATABASE_URL must start with postgresql:// (unset it to use the embedded store)",
    )
    .optional()
    .or(z.literal("").transform(() => undefined)),
  PGLITE_DATA_DIR: z.string().optional(),
  DATABASE_POOL_SIZE: z.coerce.number().int().positive().default(10),
});

export const env = EnvSchema.parse(process.env);
