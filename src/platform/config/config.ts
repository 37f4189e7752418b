import { z } from "zod";

/** Every setting the server reads from the environment, validated once at start. */
const configSchema = z.object({
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  HOST: z.string().default("0.0.0.0"),
  DATA_DIR: z.string().default("./data"),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "must start with postgres:// or postgresql://")
    .optional(),
  BASE_URL: z.url().optional(),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, "must start with smtp:// or smtps://")
    .optional(),
  MAIL_FROM: z.string().default("Gemeinsam <no-reply@localhost>"),
  LOG_LEVEL: z.enum(["debug", "info", "warn", "error", "silent"]).default("info"),
  SEED_DEMO: z
    .enum(["true", "false"])
    .default("true")
    .transform((v) => v === "true"),
  SECURE_COOKIES: z
    .enum(["true", "false"])
    .default("true")
    .transform((v) => v === "true"),
  /**
   * Whether automatic data sources (monitoring) may fetch from private, loopback and link-local
   * addresses. Off by default: a source address is typed by a team member and must not become a
   * way into the city's own network.
   */
  OUTBOUND_ALLOW_PRIVATE_NETWORK: z
    .enum(["true", "false"])
    .default("false")
    .transform((v) => v === "true"),
  /**
   * How many reverse proxies in front of the app append to X-Forwarded-For. 0 (the default) ignores
   * the header, since a client can write anything into it when no proxy overwrites it.
   */
  TRUST_PROXY: z
    .string()
    .trim()
    .regex(/^(?:[0-9]|10)$/, "must be the number of reverse proxies in front of the app, 0 to 10 (0: none)")
    .default("0")
    .transform(Number),
  /**
   * Roles whose accounts must sign in with a second factor (a code from an authenticator app), as a
   * comma-separated list; empty: nobody must (everybody may). An account holding one of them without
   * an app set up can use nothing but the set-up pages until it is done.
   */
  GEMEINSAM_2FA_REQUIRED_ROLES: z
    .string()
    .default("administrator,strategy_office")
    .transform((v) =>
      v
        .split(",")
        .map((role) => role.trim())
        .filter((role) => role !== ""),
    )
    .pipe(z.array(z.enum(["resident", "moderator", "strategy_office", "administrator"]))),
  /** YAML file with the operating city's details for the imprint, privacy and accessibility pages. */
  OPERATOR_FILE: z.string().optional(),
  /**
   * YAML file describing the city: its name, time zone, districts (with a map file) and stakeholder
   * groups (docs/operations.md, "Your city"); without it, the demo city Berlin shipped with the platform.
   */
  CITY_FILE: z.string().optional(),
  /**
   * Days after a workshop its participants' access needs (sign language, childcare …) are kept
   * before they are erased; 0 erases them as soon as the event is over.
   */
  WORKSHOP_ACCESS_NEEDS_RETENTION_DAYS: z.coerce.number().int().min(0).max(365).default(14),
});

export type Config = z.infer<typeof configSchema> & { baseUrl: string };

export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = configSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`);
    throw new Error(`Invalid configuration:\n${lines.join("\n")}`);
  }
  const baseUrl = parsed.data.BASE_URL ?? `http://localhost:${parsed.data.PORT}`;
  return { ...parsed.data, baseUrl: baseUrl.replace(/\/$/, "") };
}

/**
 * Warnings about settings that work but are probably wrong: in production (NODE_ENV=production)
 * without BASE_URL, letters, e-mails and downloads would print http://localhost addresses.
 */
export function configWarnings(config: Config, env: Record<string, string | undefined> = process.env): string[] {
  const warnings: string[] = [];
  if (env.NODE_ENV === "production" && !config.BASE_URL)
    warnings.push(
      `BASE_URL is not set: letters, e-mails and downloads will show ${config.baseUrl}. Set BASE_URL to the public address, e.g. https://beteiligung.example.org`,
    );
  return warnings;
}
