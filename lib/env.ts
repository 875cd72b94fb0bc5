import proxyaddr from "proxy-addr";
import { z } from "zod";

// Which forwarded headers to believe: "" (the default) none, so the client is the
// peer of the connection; a number N, the N proxies nearest the portal; or a list
// of addresses, CIDR ranges and proxy-addr's names (loopback, linklocal, uniquelocal).
const TrustedProxies = z
  .string()
  .trim()
  .default("")
  .transform((value, context) => {
    if (value === "") return [] as string[];
    if (/^\d+$/.test(value)) return Number(value);
    const list = value.split(",").map((entry) => entry.trim());
    try {
      proxyaddr.compile(list);
    } catch (error) {
      context.addIssue({
        code: "custom",
        message: `TRUSTED_PROXIES must be a number of hops or a list of addresses, ranges or loopback/linklocal/uniquelocal (${(error as Error).message})`,
      });
      return z.NEVER;
    }
    return list;
  });

// The portal's public address: scheme, host and port, nothing after them.
const PublicUrl = z
  .url({ protocol: /^https?$/, error: "PUBLIC_URL must be an http:// or https:// address" })
  .refine((value) => {
    const url = new URL(value);
    return url.pathname === "/" && !url.search && !url.hash;
  }, "PUBLIC_URL must be an origin such as https://culture.example.org, without a path")
  .transform((value) => new URL(value).origin);

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
  // Signs session tokens. Unset, the portal generates one into the data folder (lib/auth/secret.ts).
  AUTH_SECRET: z.string().min(32, "AUTH_SECRET must be at least 32 characters").optional(),
  // Required by `npm run serve` (server.ts); lib/public-url.ts says what applies without it.
  PUBLIC_URL: z.preprocess((value) => (value === "" ? undefined : value), PublicUrl.optional()),
  TRUSTED_PROXIES: TrustedProxies,
  // Mail goes through this SMTP server (smtp:// or smtps://, credentials in the URL);
  // unset, each message is written as an .eml file to MAIL_DIR (lib/mail/send.ts).
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\/[^/]/, "SMTP_URL must look like smtp://user:password@host:587 or smtps://…")
    .optional()
    .or(z.literal("").transform(() => undefined)),
  MAIL_DIR: z.string().min(1).default(".data/mail"),
  // Several server processes share Next's caches and the rate limits here (cache-handler.mjs,
  // lib/redis.ts); unset, each process keeps its own, as one process needs.
  REDIS_URL: z
    .string()
    .regex(/^rediss?:\/\/[^/]/, "REDIS_URL must look like redis://host:6379/0 or rediss://…")
    .optional()
    .or(z.literal("").transform(() => undefined)),
  MAIL_FROM: z
    .string()
    .regex(/^(.+<[^<>\s]+@[^<>\s]+>|[^<>\s]+@[^<>\s]+)$/, 'MAIL_FROM must be an address or "Name <address>"')
    .default("ASEM Culture Portal <no-reply@asem-culture.localhost>"),
  // "off" keeps the server from sending notification mail itself (run `npm run worker` instead).
  NOTIFICATION_WORKER: z.enum(["on", "off"]).default("on"),
  // The hour (UTC) from which each day's digest goes out.
  NOTIFICATION_DIGEST_HOUR: z.coerce.number().int().min(0).max(23).default(7),
});

function parseEnv() {
  const parsed = EnvSchema.safeParse(process.env);
  if (!parsed.success)
    throw new Error(`The portal's settings are not valid:\n${z.prettifyError(parsed.error)}`);
  return parsed.data;
}

export const env = parseEnv();
