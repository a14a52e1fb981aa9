import { chmodSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../config.ts';
import { appendCheckpoint, checkpointSignatureHolds, readCheckpoints, signCheckpoint } from './checkpoint.ts';
import { auditFiles, loadAuditKey } from './key.ts';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'iops-audit-key-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const configIn = (env: Record<string, string> = {}) => loadConfig({ DATA_DIR: path.join(dir, 'data'), ...env });

describe('audit key', () => {
  it('keeps its files beside the data directory, not in it (backups copy it whole, restores replace it)', () => {
    expect(auditFiles(loadConfig({ DATA_DIR: './data/' }))).toEqual({
      keyFile: path.join('data-audit', 'audit.key'),
      checkpointFile: path.join('data-audit', 'checkpoints.jsonl'),
    });
    expect(auditFiles(loadConfig({ AUDIT_KEY_FILE: '/etc/iops/key', AUDIT_CHECKPOINT_FILE: '/var/iops/cp' }))).toEqual({
      keyFile: '/etc/iops/key',
      checkpointFile: '/var/iops/cp',
    });
  });

  it('creates a random key file readable by its owner only on first start, and reads the same key after', () => {
    const config = configIn();
    const first = loadAuditKey(config, { create: true });
    const file = path.join(dir, 'data-audit', 'audit.key');
    expect(first).toEqual({ key: first.key, source: file });
    expect(first.key.length).toBe(64);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(loadAuditKey(config, { create: false }).key.equals(first.key)).toBe(true);
  });

  it('never creates a key to verify with, and refuses a short one', () => {
    expect(() => loadAuditKey(configIn(), { create: false })).toThrow(/No audit key: set AUDIT_HMAC_KEY or AUDIT_KEY_FILE/);
    const short = path.join(dir, 'short.key');
    writeFileSync(short, 'too short\n', { mode: 0o600 });
    expect(() => loadAuditKey(configIn({ AUDIT_KEY_FILE: short }), { create: true })).toThrow(/at least 32 characters/);
    expect(() => configIn({ AUDIT_HMAC_KEY: 'short' })).toThrow(/AUDIT_HMAC_KEY.*at least 32 characters/s);
  });

  it('prefers AUDIT_HMAC_KEY, and warns of a key file others can read', () => {
    const fromEnv = loadAuditKey(configIn({ AUDIT_HMAC_KEY: 'x'.repeat(40) }), { create: true });
    expect(fromEnv).toEqual({ key: Buffer.from('x'.repeat(40)), source: 'AUDIT_HMAC_KEY' });
    const open = path.join(dir, 'open.key');
    writeFileSync(open, 'y'.repeat(40));
    chmodSync(open, 0o644);
    expect(loadAuditKey(configIn({ AUDIT_KEY_FILE: open }), { create: false }).warning).toMatch(/can be read by others \(mode 644\)/);
  });
});

describe('audit checkpoints', () => {
  const key = Buffer.from('k'.repeat(32));
  const head = { seq: 972, hash: 'a'.repeat(64) };

  it('signs sequence, head hash and time; any change or another key breaks the signature', () => {
    const checkpoint = signCheckpoint(key, head, new Date('2026-11-25T10:00:00Z'));
    expect(checkpoint).toMatchObject({ seq: 972, hash: head.hash, at: '2026-11-25T10:00:00.000Z' });
    expect(checkpointSignatureHolds(key, checkpoint)).toBe(true);
    expect(checkpointSignatureHolds(key, { ...checkpoint, seq: 971 })).toBe(false);
    expect(checkpointSignatureHolds(key, { ...checkpoint, hash: 'b'.repeat(64) })).toBe(false);
    expect(checkpointSignatureHolds(key, { ...checkpoint, at: '2026-11-26T10:00:00.000Z' })).toBe(false);
    expect(checkpointSignatureHolds(Buffer.from('j'.repeat(32)), checkpoint)).toBe(false);
  });

  it('appends JSON lines to an owner-only file and reads them back; a bad line is named', () => {
    const file = path.join(dir, 'cp', 'checkpoints.jsonl');
    expect(readCheckpoints(file)).toEqual([]);
    const a = signCheckpoint(key, head);
    const b = signCheckpoint(key, { ...head, seq: 980 });
    appendCheckpoint(file, a);
    appendCheckpoint(file, b);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(readCheckpoints(file)).toEqual([a, b]);
    writeFileSync(file, `${readFileSync(file, 'utf8')}{"seq":"many"}\n`);
    expect(() => readCheckpoints(file)).toThrow(/checkpoints.jsonl line 3 is not an audit checkpoint/);
  });
});
