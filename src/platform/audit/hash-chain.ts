import { createHash, createHmac, timingSafeEqual } from 'node:crypto';

/** The fields of an audit row that its hash covers. */
export interface ChainedContent {
  seq: number;
  at: string;
  actorId: string;
  actorName: string;
  action: string;
  entityType: string;
  entityId: string;
  countryCode: string | null;
  before: unknown;
  after: unknown;
}

export const GENESIS_HASH = '0'.repeat(64);

/**
 * How a record's hash was made (`audit_log.hash_version`). Records written before the audit key existed are unkeyed
 * SHA-256 and stay verifiable as such; the key lives outside the database, so they cannot be re-keyed at migration.
 */
export const HASH_VERSION = { unkeyed: 1, keyed: 2 } as const;
export type HashVersion = (typeof HASH_VERSION)[keyof typeof HASH_VERSION];

/** JSON with object keys sorted at every depth, so jsonb's key reordering does not change the hash. */
export function canonicalJson(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** The unkeyed SHA-256 of version 1: anyone can recompute it, so it shows accidents, not deliberate rewriting. */
export function chainHash(prevHash: string, content: ChainedContent): string {
  return createHash('sha256').update(prevHash).update('\n').update(canonicalJson(content)).digest('hex');
}

/** HMAC-SHA256 with the audit key: rewriting a record and re-hashing the rest needs the key, which the database never holds. */
export function keyedChainHash(key: Buffer, prevHash: string, content: ChainedContent): string {
  return createHmac('sha256', key)
    .update('iops-audit-record-v2\n')
    .update(prevHash)
    .update('\n')
    .update(canonicalJson(content))
    .digest('hex');
}

export function recordHash(version: HashVersion, key: Buffer | undefined, prevHash: string, content: ChainedContent): string {
  if (version === HASH_VERSION.unkeyed) return chainHash(prevHash, content);
  if (!key) throw new Error('the audit key is needed to hash or verify keyed audit records');
  return keyedChainHash(key, prevHash, content);
}

/** Compares two hex digests in constant time (a wrong signature must not reveal how much of it was right). */
export function sameDigest(a: string, b: string): boolean {
  const x = Buffer.from(a, 'utf8');
  const y = Buffer.from(b, 'utf8');
  return x.length === y.length && timingSafeEqual(x, y);
}
