import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson, chainHash, GENESIS_HASH } from './hash-chain.ts';

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
