import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { type Config, ConfigError } from '../config.ts';

type AuditConfig = Pick<Config, 'DATA_DIR' | 'AUDIT_HMAC_KEY' | 'AUDIT_KEY_FILE' | 'AUDIT_CHECKPOINT_FILE'>;

/**
 * Where the key and checkpoints live by default: beside the data directory, not in it. DATA_DIR is the embedded
 * database's own directory, which `iops backup` copies whole and `iops restore` replaces: a key inside it would travel
 * with every backup, and a restore would delete both the key and the checkpoints that show the rollback.
 */
export function auditFiles(config: AuditConfig): { keyFile: string; checkpointFile: string } {
  const dir = `${path.normalize(config.DATA_DIR).replace(/[\\/]+$/, '')}-audit`;
  return {
    keyFile: config.AUDIT_KEY_FILE ?? path.join(dir, 'audit.key'),
    checkpointFile: config.AUDIT_CHECKPOINT_FILE ?? path.join(dir, 'checkpoints.jsonl'),
  };
}

export interface LoadedAuditKey {
  key: Buffer;
  /** Where it came from, for logs (never the key). */
  source: string;
  /** Something the operator should fix, e.g. a key file others can read. */
  warning?: string;
}

const MIN_KEY_LENGTH = 32;

/**
 * The audit key: AUDIT_HMAC_KEY, else the key file. `create`: make a random key file (mode 0600) when there is none,
 * as the server does on first start; `verify` and `checkpoint` never create one (a new key would verify nothing).
 */
export function loadAuditKey(config: AuditConfig, options: { create: boolean }): LoadedAuditKey {
  if (config.AUDIT_HMAC_KEY) return { key: Buffer.from(config.AUDIT_HMAC_KEY, 'utf8'), source: 'AUDIT_HMAC_KEY' };
  const { keyFile } = auditFiles(config);
  if (!existsSync(keyFile)) {
    if (!options.create) {
      throw new ConfigError(`No audit key: set AUDIT_HMAC_KEY or AUDIT_KEY_FILE (looked for ${keyFile})`);
    }
    mkdirSync(path.dirname(keyFile), { recursive: true, mode: 0o700 });
    try {
      writeFileSync(keyFile, `${randomBytes(32).toString('hex')}\n`, { mode: 0o600, flag: 'wx' });
    } catch (error) {
      // Another process starting at the same moment created it first: use theirs.
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
  const text = readFileSync(keyFile, 'utf8').trim();
  if (text.length < MIN_KEY_LENGTH) throw new ConfigError(`Audit key file ${keyFile}: at least ${MIN_KEY_LENGTH} characters`);
  const mode = statSync(keyFile).mode & 0o777;
  const warning =
    process.platform !== 'win32' && mode & 0o077
      ? `audit key file ${keyFile} can be read by others (mode ${mode.toString(8)}): chmod 600 it`
      : undefined;
  return { key: Buffer.from(text, 'utf8'), source: keyFile, ...(warning ? { warning } : {}) };
}

let current: Buffer | undefined;

/** Sets the key every audit record of this process is written with (start-up, CLI, test setup). */
export function setAuditKey(key: Buffer): void {
  current = key;
}

export function currentAuditKey(): Buffer {
  if (!current) throw new Error('The audit key is not loaded: call setAuditKey at start-up before writing audit records');
  return current;
}

/** The loaded key, if any (verification falls back to it). */
export function loadedAuditKey(): Buffer | undefined {
  return current;
}
