// Server configuration, read once from the environment and validated.
import { isIP } from 'node:net';
import { join, resolve } from 'node:path';
import { z } from 'zod';
import { parseSecretsKey } from './secrets';
import type { S3Settings } from './storage/s3-file-storage';

/**
 * What a server process does: `all` serves HTTP and runs jobs (one machine, `npm start`); `api`
 * serves HTTP and queues jobs without running any; `worker` runs jobs and answers only health.
 */
export const processRoles = ['all', 'api', 'worker'] as const;
export type ProcessRole = (typeof processRoles)[number];

const EnvSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65_535).default(3000),
  HOST: z.string().default('localhost'),
  DATABASE_URL: z.string().url().optional(),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  TUTTI_PROCESS: z.enum(processRoles).default('all'),
  TUTTI_DATA_DIR: z.string().default('./.tutti/data'),
  TUTTI_FILES_DIR: z.string().min(1).optional(),
  TUTTI_PUBLIC_URL: z.string().url().optional(),
  TUTTI_WEB_DIST: z.string().optional(),
  SMTP_URL: z.string().url().optional(),
  MAIL_FROM: z.string().default('Tutti <no-reply@tutti.localhost>'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  TUTTI_SIGN_IN_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(10),
  TUTTI_SIGN_IN_ADDRESS_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(30),
  TUTTI_SIGN_IN_ACCOUNT_LIMIT_PER_HOUR: z.coerce.number().int().min(1).default(100),
  TUTTI_ACCOUNT_MAIL_ADDRESS_LIMIT_PER_HOUR: z.coerce.number().int().min(1).default(30),
  TUTTI_TRUSTED_PROXIES: z
    .string()
    .default('')
    .transform((list) =>
      list
        .split(',')
        .map((entry) => entry.trim())
        .filter(Boolean),
    )
    .refine((entries) => entries.every(isProxyAddress), {
      message: 'Comma-separated IP addresses or CIDR ranges (or loopback, linklocal, uniquelocal)',
    }),
  TUTTI_GUEST_LINK_MINUTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .default(30),
  TUTTI_GUEST_ACCESS_HOURS: z.coerce.number().min(0.25).max(72).default(4),
  TUTTI_GUEST_LINKS_PER_ADDRESS_PER_HOUR: z.coerce.number().int().min(1).default(5),
  TUTTI_GUEST_LINKS_PER_IP_PER_HOUR: z.coerce.number().int().min(1).default(30),
  TUTTI_SMS_WEBHOOK_URL: z.string().url().optional(),
  TUTTI_BOOKINGS_PER_IP_PER_HOUR: z.coerce.number().int().min(1).default(30),
  TUTTI_ORDER_LINKS_PER_IP_PER_HOUR: z.coerce.number().int().min(1).default(10),
  TUTTI_ORDER_LINKS_PER_ADDRESS_PER_HOUR: z.coerce.number().int().min(1).default(3),
  TUTTI_WAITLIST_OFFER_HOURS: z.coerce.number().min(1).max(168).default(24),
  TUTTI_GROUP_HOLD_HOURS: z.coerce.number().min(1).max(720).default(72),
  TUTTI_DEMO_SEED: z.enum(['auto', 'off']).default('auto'),
  TUTTI_MAP_TILE_URL: z
    .string()
    .regex(/^(https?:\/\/|\/).*\{z\}.*\{x\}.*\{y\}/, 'A tile URL template with {z}, {x} and {y}')
    .default('https://tile.openstreetmap.org/{z}/{x}/{y}.png'),
  TUTTI_MAP_TILE_ATTRIBUTION: z.string().max(300).default('© OpenStreetMap contributors'),
  TUTTI_OSRM_URL: z.string().url().optional(),
  TUTTI_OSRM_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(10_000),
  TUTTI_OEMBED: z.enum(['on', 'off']).default('on'),
  TUTTI_OEMBED_TIMEOUT_MS: z.coerce.number().int().min(100).max(30_000).default(3000),
  TUTTI_S3_ENDPOINT: z.string().url().optional(),
  TUTTI_S3_BUCKET: z.string().min(3).optional(),
  TUTTI_S3_REGION: z.string().min(1).default('us-east-1'),
  TUTTI_S3_ACCESS_KEY_ID: z.string().min(1).optional(),
  TUTTI_S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
  TUTTI_MEDIA_QUOTA_MB: z.coerce.number().int().min(0).default(5120),
  TUTTI_FFMPEG: z.string().min(1).default('ffmpeg'),
  TUTTI_RESPONSE_CACHE_MB: z.coerce.number().min(0).max(4096).default(64),
  TUTTI_IMPORTS_PER_ORGANISATION: z.coerce.number().int().min(1).max(50).default(1),
  TUTTI_IMPORTS_AT_ONCE: z.coerce.number().int().min(1).max(50).default(2),
  TUTTI_IMPORT_MEMORY_MB: z.coerce.number().int().min(16).max(8192).default(256),
  TUTTI_REFERENCE_IMPORT_MEMORY_MB: z.coerce.number().int().min(64).max(8192).default(512),
  // pg-boss keeps an expiry below 24 hours.
  TUTTI_JOB_EXPIRY_SECONDS: z.coerce.number().int().min(2).max(86_399).default(900),
  TUTTI_HELLOASSO_API_URL: z.string().url().optional(),
  TUTTI_HELLOASSO_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(10_000),
  TUTTI_SECRETS_KEY: z
    .string()
    .refine((text) => parseSecretsKey(text) !== null, {
      message: '32 random bytes, as base64 (openssl rand -base64 32) or 64 hexadecimal digits',
    })
    .optional(),
  TUTTI_BACKUP_DIR: z.string().min(1).optional(),
  TUTTI_BACKUP_KEEP: z.coerce.number().int().min(1).max(365).default(7),
  TUTTI_BACKUP_DAILY_AT: z
    .string()
    .regex(/^(off|([01]\d|2[0-3]):[0-5]\d)$/, 'A time of day, HH:MM (server time), or off')
    .default('03:40'),
});

/** HelloAsso's APIs: the sandbox (test payments, no money) and the real one. */
export const HELLOASSO_SANDBOX = 'https://api.helloasso-sandbox.com';
export const HELLOASSO_PRODUCTION = 'https://api.helloasso.com';

export type Config = {
  env: 'development' | 'production' | 'test';
  /** What this process does (`TUTTI_PROCESS`); other than `all` only on PostgreSQL. */
  processRole: ProcessRole;
  port: number;
  host: string;
  database:
    | { kind: 'pglite'; dataDir: string }
    | { kind: 'postgres'; url: string; poolSize: number };
  publicUrl: string;
  /** Whether TUTTI_PUBLIC_URL was set: public pages otherwise take their address from the request. */
  publicUrlConfigured: boolean;
  /** Folder of uploaded documents (agreements...), on PGlite and PostgreSQL deployments alike. */
  filesDir: string;
  webDistDir: string | null;
  smtpUrl: string | null;
  mailFrom: string;
  logLevel: z.infer<typeof EnvSchema>['LOG_LEVEL'];
  /** Attempts allowed on sign-in, sign-up and password reset (see `modules/auth/auth-limits.ts`). */
  authLimits: {
    signInPerAddressAndAccountPerMinute: number;
    signInPerAddressPerMinute: number;
    signInPerAccountPerHour: number;
    accountMailsPerAddressPerHour: number;
  };
  /** Proxies whose X-Forwarded-For names the client; nobody else's is believed. */
  trustedProxies: string[];
  seedDemoWhenEmpty: boolean;
  /** One-time links for people without accounts, and the access they open. */
  guestAccess: {
    linkLifetimeMs: number;
    accessLifetimeMs: number;
    linksPerAddressPerHour: number;
    linksPerIpPerHour: number;
  };
  /**
   * Concerts' public side: bookings (and waiting list and group requests) accepted per network
   * address and hour; "lost your link?" requests per network address and per address asked for;
   * how long a waiting list offer and a group's hold keep their seats.
   */
  concerts: {
    bookingsPerIpPerHour: number;
    orderLinksPerIpPerHour: number;
    orderLinksPerAddressPerHour: number;
    offerMs: number;
    groupHoldMs: number;
  };
  /** Text messages are POSTed as JSON `{ to, text }` here; null: kept in the outbox. */
  smsWebhookUrl: string | null;
  /** Cookies are marked Secure when the public URL is served over HTTPS. */
  secureCookies: boolean;
  /** Background tiles of the maps: any XYZ tile server; its attribution is shown on the map. */
  map: { tileUrl: string; attribution: string };
  /** Road distances and durations for tour planning from an OSRM table service; null: estimates. */
  osrm: { url: string; timeoutMs: number } | null;
  /**
   * The title and author of a link to a known platform (YouTube, Vimeo, SoundCloud…) are asked
   * from its oEmbed service after the link is saved; 'off' (tests, closed networks): never.
   */
  oembed: { enabled: boolean; timeoutMs: number };
  /** Media bytes go to this S3-compatible bucket when set, to `filesDir` otherwise. */
  s3: S3Settings | null;
  /** Media: the default quota of an organisation, and the ffmpeg program ('off': none). */
  media: { quotaBytes: number; ffmpeg: string | null };
  /** Memory for serialised answers of frequent reads, reused while the data has not moved; 0: off. */
  responseCacheBytes: number;
  /**
   * Import files read at once in this process, per organisation and in all (the rest are
   * refused with 429), each in a worker thread whose heap is capped at `workerMemoryMb`.
   */
  imports: { perOrganisation: number; atOnce: number; workerMemoryMb: number };
  /**
   * Official territorial files uploaded by admins: read one at a time per process, in a worker
   * thread whose heap is capped at `workerMemoryMb` (the base of cultural places, 90,000 lines,
   * needs about 256 MB and reads twice as fast with 512).
   */
  referenceImports: { workerMemoryMb: number };
  /**
   * Background jobs: how long one attempt may stay active before the queue takes it back and
   * retries it. A worker killed mid-job (kill -9, a lost machine) leaves its job active: it is
   * retried once this has passed, so this is both the longest a job may run and the longest a
   * crashed job waits (see README, "Several processes").
   */
  jobs: { expirySeconds: number };
  /**
   * HelloAsso's API (OAuth2 token and checkout intents): its sandbox unless TUTTI_HELLOASSO_API_URL
   * says otherwise, and its production API by default when NODE_ENV=production.
   */
  helloasso: { apiUrl: string; timeoutMs: number };
  /**
   * Backups of the database and the files: the folder of the archives, how many complete ones
   * are kept, and the daily time (HH:MM, server time) of the scheduled one (null: none).
   */
  backups: { dir: string; keep: number; dailyAt: string | null };
  /**
   * The key that seals secrets at rest (`platform/secrets.ts`): TUTTI_SECRETS_KEY, else a key
   * file the embedded mode generates in its data folder (keyFile), else (tests, a database in
   * memory) a random key for the process. PostgreSQL in production needs TUTTI_SECRETS_KEY, the
   * same for every process.
   */
  secrets: { key: Buffer | null; keyFile: string | null };
};

/**
 * Reads and checks the environment; a wrong value stops the start with a clear message.
 *
 * @example loadConfig({ PORT: '4000' }).port // 4000
 */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid configuration:\n  ${problems.join('\n  ')}`);
  }
  const e = parsed.data;
  if (e.TUTTI_PROCESS !== 'all' && !e.DATABASE_URL) {
    throw new Error(
      `Invalid configuration:\n  TUTTI_PROCESS: '${e.TUTTI_PROCESS}' needs PostgreSQL (DATABASE_URL); the embedded database opens in one process only, which both serves and runs jobs ('all')`,
    );
  }
  if (e.NODE_ENV === 'production' && e.DATABASE_URL && !e.TUTTI_SECRETS_KEY) {
    throw new Error(
      "Invalid configuration:\n  TUTTI_SECRETS_KEY: required in production on PostgreSQL (32 random bytes as base64: openssl rand -base64 32), the same for every process; it seals the organisations' payment secrets at rest",
    );
  }
  const publicUrl = (e.TUTTI_PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/$/, '');
  return {
    env: e.NODE_ENV,
    processRole: e.TUTTI_PROCESS,
    port: e.PORT,
    host: e.HOST,
    database: e.DATABASE_URL
      ? { kind: 'postgres', url: e.DATABASE_URL, poolSize: e.DATABASE_POOL_SIZE }
      : {
          kind: 'pglite',
          dataDir: e.TUTTI_DATA_DIR.startsWith('memory://')
            ? e.TUTTI_DATA_DIR
            : resolve(e.TUTTI_DATA_DIR),
        },
    publicUrl,
    publicUrlConfigured: e.TUTTI_PUBLIC_URL !== undefined,
    filesDir: resolve(e.TUTTI_FILES_DIR ?? besideDataDir(e.TUTTI_DATA_DIR, 'files')),
    webDistDir: e.TUTTI_WEB_DIST ?? null,
    smtpUrl: e.SMTP_URL ?? null,
    mailFrom: e.MAIL_FROM,
    logLevel: e.LOG_LEVEL,
    authLimits: {
      signInPerAddressAndAccountPerMinute: e.TUTTI_SIGN_IN_LIMIT_PER_MINUTE,
      signInPerAddressPerMinute: e.TUTTI_SIGN_IN_ADDRESS_LIMIT_PER_MINUTE,
      signInPerAccountPerHour: e.TUTTI_SIGN_IN_ACCOUNT_LIMIT_PER_HOUR,
      accountMailsPerAddressPerHour: e.TUTTI_ACCOUNT_MAIL_ADDRESS_LIMIT_PER_HOUR,
    },
    trustedProxies: e.TUTTI_TRUSTED_PROXIES,
    guestAccess: {
      linkLifetimeMs: e.TUTTI_GUEST_LINK_MINUTES * 60_000,
      accessLifetimeMs: Math.round(e.TUTTI_GUEST_ACCESS_HOURS * 3_600_000),
      linksPerAddressPerHour: e.TUTTI_GUEST_LINKS_PER_ADDRESS_PER_HOUR,
      linksPerIpPerHour: e.TUTTI_GUEST_LINKS_PER_IP_PER_HOUR,
    },
    concerts: {
      bookingsPerIpPerHour: e.TUTTI_BOOKINGS_PER_IP_PER_HOUR,
      orderLinksPerIpPerHour: e.TUTTI_ORDER_LINKS_PER_IP_PER_HOUR,
      orderLinksPerAddressPerHour: e.TUTTI_ORDER_LINKS_PER_ADDRESS_PER_HOUR,
      offerMs: Math.round(e.TUTTI_WAITLIST_OFFER_HOURS * 3_600_000),
      groupHoldMs: Math.round(e.TUTTI_GROUP_HOLD_HOURS * 3_600_000),
    },
    smsWebhookUrl: e.TUTTI_SMS_WEBHOOK_URL ?? null,
    seedDemoWhenEmpty: e.TUTTI_DEMO_SEED === 'auto' && e.NODE_ENV !== 'production',
    secureCookies: publicUrl.startsWith('https://'),
    map: { tileUrl: e.TUTTI_MAP_TILE_URL, attribution: e.TUTTI_MAP_TILE_ATTRIBUTION },
    osrm: e.TUTTI_OSRM_URL
      ? { url: e.TUTTI_OSRM_URL.replace(/\/$/, ''), timeoutMs: e.TUTTI_OSRM_TIMEOUT_MS }
      : null,
    oembed: { enabled: e.TUTTI_OEMBED === 'on', timeoutMs: e.TUTTI_OEMBED_TIMEOUT_MS },
    s3: s3Settings(e),
    media: {
      quotaBytes: e.TUTTI_MEDIA_QUOTA_MB * 1024 * 1024,
      ffmpeg: e.TUTTI_FFMPEG === 'off' ? null : e.TUTTI_FFMPEG,
    },
    responseCacheBytes: Math.round(e.TUTTI_RESPONSE_CACHE_MB * 1024 * 1024),
    imports: {
      perOrganisation: e.TUTTI_IMPORTS_PER_ORGANISATION,
      atOnce: e.TUTTI_IMPORTS_AT_ONCE,
      workerMemoryMb: e.TUTTI_IMPORT_MEMORY_MB,
    },
    referenceImports: { workerMemoryMb: e.TUTTI_REFERENCE_IMPORT_MEMORY_MB },
    jobs: { expirySeconds: e.TUTTI_JOB_EXPIRY_SECONDS },
    helloasso: {
      apiUrl: (
        e.TUTTI_HELLOASSO_API_URL ??
        (e.NODE_ENV === 'production' ? HELLOASSO_PRODUCTION : HELLOASSO_SANDBOX)
      ).replace(/\/$/, ''),
      timeoutMs: e.TUTTI_HELLOASSO_TIMEOUT_MS,
    },
    backups: {
      dir: resolve(e.TUTTI_BACKUP_DIR ?? besideDataDir(e.TUTTI_DATA_DIR, 'backups')),
      keep: e.TUTTI_BACKUP_KEEP,
      dailyAt: e.TUTTI_BACKUP_DAILY_AT === 'off' ? null : e.TUTTI_BACKUP_DAILY_AT,
    },
    secrets: {
      key: e.TUTTI_SECRETS_KEY ? parseSecretsKey(e.TUTTI_SECRETS_KEY) : null,
      keyFile:
        e.TUTTI_SECRETS_KEY || e.NODE_ENV === 'test' || e.TUTTI_DATA_DIR.startsWith('memory://')
          ? null
          : join(resolve(e.TUTTI_DATA_DIR), 'secrets.key'),
    },
  };
}

/** An address, a CIDR range, or one of proxy-addr's names for reserved ranges. */
function isProxyAddress(entry: string) {
  if (['loopback', 'linklocal', 'uniquelocal'].includes(entry)) return true;
  const [address = '', bits, ...rest] = entry.split('/');
  const version = isIP(address);
  if (!version || rest.length > 0) return false;
  return bits === undefined || (/^\d+$/.test(bits) && Number(bits) <= (version === 4 ? 32 : 128));
}

/** All of the TUTTI_S3_* settings, or none of them: a partial set stops the start. */
function s3Settings(e: z.infer<typeof EnvSchema>): S3Settings | null {
  const needed = {
    TUTTI_S3_ENDPOINT: e.TUTTI_S3_ENDPOINT,
    TUTTI_S3_BUCKET: e.TUTTI_S3_BUCKET,
    TUTTI_S3_ACCESS_KEY_ID: e.TUTTI_S3_ACCESS_KEY_ID,
    TUTTI_S3_SECRET_ACCESS_KEY: e.TUTTI_S3_SECRET_ACCESS_KEY,
  };
  const missing = Object.entries(needed).filter(([, value]) => !value);
  if (missing.length === 4) return null;
  if (missing.length > 0) {
    throw new Error(
      `Invalid configuration:\n  ${missing.map(([name]) => `${name}: required with the other TUTTI_S3_* settings`).join('\n  ')}`,
    );
  }
  return {
    endpoint: e.TUTTI_S3_ENDPOINT!,
    bucket: e.TUTTI_S3_BUCKET!,
    region: e.TUTTI_S3_REGION,
    accessKeyId: e.TUTTI_S3_ACCESS_KEY_ID!,
    secretAccessKey: e.TUTTI_S3_SECRET_ACCESS_KEY!,
  };
}

/** A folder next to the data folder (`./.tutti/<name>` by default), also when the data is in memory. */
function besideDataDir(dataDir: string, name: string) {
  return dataDir.startsWith('memory://') ? `./.tutti/${name}` : join(dataDir, '..', name);
}
