import { z } from 'zod';

const booleanFlag = z.enum(['true', 'false', '1', '0', 'yes', 'no']).transform((v) => v === 'true' || v === '1' || v === 'yes');

const configSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
    .optional(),
  /** A read replica for reports and exports (PostgreSQL only); default: DATABASE_URL. */
  DATABASE_READ_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
    .optional(),
  /** Days ahead the daily deadline reminder counts a clock as due soon (an office setting, not a statutory period). */
  DEADLINE_REMINDER_DAYS: z.coerce.number().int().min(1).max(90).default(14),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Minutes of inactivity after which a browser session ends. */
  SESSION_IDLE_MINUTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .default(30),
  /** Hours after sign-in at which a browser session ends regardless of activity. */
  SESSION_MAX_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 7)
    .default(12),
  /** Consecutive failed sign-ins that lock an account (DISA Application SRG, SRG-APP-000065: three in 15 minutes). */
  LOCKOUT_THRESHOLD: z.coerce.number().int().min(1).max(100).default(3),
  LOCKOUT_MINUTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .default(15),
  /**
   * `true` marks the session cookie Secure and sends HSTS on every response. Without it both follow the request:
   * on when it came over HTTPS, directly or through a trusted proxy's X-Forwarded-Proto.
   */
  COOKIE_SECURE: booleanFlag.default(false),
  /** Behind a reverse proxy: take the client address from X-Forwarded-For and the scheme from X-Forwarded-Proto. */
  TRUST_PROXY: booleanFlag.default(false),
  /**
   * Throttles on failed authentication (our choice, not a cited rule; they sit above the lock-out so a typing user
   * never meets them): failed sign-ins or bearer tokens per client address, failed sign-ins per user name, per window.
   */
  AUTH_FAILURES_PER_IP: z.coerce.number().int().min(1).max(10_000).default(30),
  SIGN_IN_FAILURES_PER_ACCOUNT: z.coerce.number().int().min(1).max(10_000).default(10),
  AUTH_THROTTLE_MINUTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .default(15),
  /** The audit log's HMAC key (kept outside the database); when unset, read from AUDIT_KEY_FILE. */
  AUDIT_HMAC_KEY: z.string().min(32, 'at least 32 characters').optional(),
  /** Default `<DATA_DIR>-audit/audit.key`, created (mode 0600) on first start when absent and AUDIT_HMAC_KEY is unset. */
  AUDIT_KEY_FILE: z.string().min(1).optional(),
  /** Signed audit checkpoints, one JSON line each; default `<DATA_DIR>-audit/checkpoints.jsonl`. */
  AUDIT_CHECKPOINT_FILE: z.string().min(1).optional(),
});

export type Config = z.infer<typeof configSchema>;

export class ConfigError extends Error {}

/** Reads configuration from the environment; a bad value stops start-up with a message naming the variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const relevant = Object.fromEntries(
    Object.keys(configSchema.shape)
      .filter((key) => env[key] !== undefined && env[key] !== '')
      .map((key) => [key, env[key]]),
  );
  const parsed = configSchema.safeParse(relevant);
  if (!parsed.success) {
    const lines = parsed.error.issues.map(
      (issue) => `  ${issue.path.join('.')}=${JSON.stringify(relevant[String(issue.path[0])])}: ${issue.message}`,
    );
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  return parsed.data;
}
