import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson, chainHash, GENESIS_HASH, HASH_VERSION, keyedChainHash, recordHash, sameDigest } from './hash-chain.ts';

const content = {
  seq: 1,
  at: '2026-11-25T10:00:00.000Z',
  actorId: 'u',
  actorName: 'admin',
  action: 'partner.updated',
  entityType: 'partner',
  entityId: 'AT',
  countryCode: 'AT',
  before: { a: 1, b: [1, 2] },
  after: { b: [1, 2], a: 2 },
};

describe('audit hash chain', () => {
  it('hashes the same content the same way whatever the key order (jsonb reorders keys)', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue()), (obj) => {
        const reversed = Object.fromEntries(Object.entries(obj).reverse());
        expect(canonicalJson(reversed)).toBe(canonicalJson(obj));
      }),
    );
  });

  it('changes the hash when any field or the previous hash changes', () => {
    const base = chainHash(GENESIS_HASH, content);
    expect(chainHash(GENESIS_HASH, { ...content, after: { ...content.after, a: 3 } })).not.toBe(base);
    expect(chainHash(GENESIS_HASH, { ...content, actorName: 'mallory' })).not.toBe(base);
    expect(chainHash('f'.repeat(64), content)).not.toBe(base);
    expect(chainHash(GENESIS_HASH, { ...content })).toBe(base);
  });
});

describe('keyed audit hash', () => {
  const key = Buffer.from('k'.repeat(32));

  it('differs from the unkeyed hash and with the key, so re-hashing needs the key', () => {
    const keyed = keyedChainHash(key, GENESIS_HASH, content);
    expect(keyed).toMatch(/^[0-9a-f]{64}$/);
    expect(keyed).not.toBe(chainHash(GENESIS_HASH, content));
    expect(keyedChainHash(Buffer.from('j'.repeat(32)), GENESIS_HASH, content)).not.toBe(keyed);
    expect(recordHash(HASH_VERSION.keyed, key, GENESIS_HASH, content)).toBe(keyed);
    expect(recordHash(HASH_VERSION.unkeyed, undefined, GENESIS_HASH, content)).toBe(chainHash(GENESIS_HASH, content));
    expect(() => recordHash(HASH_VERSION.keyed, undefined, GENESIS_HASH, content)).toThrow(/audit key/);
  });

  it('compares digests exactly', () => {
    expect(sameDigest('ab', 'ab')).toBe(true);
    expect(sameDigest('ab', 'ac')).toBe(false);
    expect(sameDigest('ab', 'abc')).toBe(false);
  });
});
