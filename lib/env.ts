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
  // Signs session tokens. Unset, the portal generates one into the data folder (lib/auth-secret.ts).
  AUTH_SECRET: z.string().min(32, "AUTH_SECRET must be at least 32 characters").optional(),
  // The portal's public address; an https:// address makes session cookies Secure.
  NEXTAUTH_URL: z.url().optional(),
  // Mail goes through this SMTP server (smtp:// or smtps://, credentials in the URL);
  // unset, each message is written as an .eml file to MAIL_DIR (lib/mail/send.ts).
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\/[^/]/, "SMTP_URL must look like smtp://user:password@host:587 or smtps://…")
    .optional()
    .or(z.literal("").transform(() => undefined)),
  MAIL_DIR: z.string().min(1).default(".data/mail"),
  MAIL_FROM: z
    .string()
    .regex(/^(.+<[^<>\s]+@[^<>\s]+>|[^<>\s]+@[^<>\s]+)$/, 'MAIL_FROM must be an address or "Name <address>"')
    .default("ASEM Culture Portal <no-reply@asem-culture.localhost>"),
});

export const env = EnvSchema.parse(process.env);
