import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkTotp, matchRecoveryCode, newRecoveryCodes, newTotpSecret, totpCode } from './totp.ts';

// RFC 6238: a code belongs to a 30-second step; one step of drift is accepted either way, and a step already used is not.
describe('TOTP second factor', () => {
  const secret = newTotpSecret();
  const at = new Date('2026-03-01T12:00:15Z');

  it('accepts the current code and the neighbouring steps, and no other', () => {
    expect(checkTotp(secret, totpCode(secret, at), at, null)).not.toBeNull();
    expect(checkTotp(secret, totpCode(secret, new Date(at.getTime() - 30_000)), at, null)).not.toBeNull();
    expect(checkTotp(secret, totpCode(secret, new Date(at.getTime() + 30_000)), at, null)).not.toBeNull();
    expect(checkTotp(secret, totpCode(secret, new Date(at.getTime() - 120_000)), at, null)).toBeNull();
  });

  it('refuses a code replayed in the step it was used, or an earlier one', () => {
    const step = checkTotp(secret, totpCode(secret, at), at, null)!;
    expect(checkTotp(secret, totpCode(secret, at), at, step)).toBeNull();
  });

  it('refuses anything that is not six digits', () => {
    fc.assert(
      fc.property(
        fc.string().filter((s) => !/^\d{6}$/.test(s.replace(/\s/g, ''))),
        (s) => checkTotp(secret, s, at, null) === null,
      ),
    );
  });

  it('gives ten distinct recovery codes, each matching its own hash only', async () => {
    const { codes, hashes } = await newRecoveryCodes();
    expect(new Set(codes).size).toBe(10);
    expect(await matchRecoveryCode(codes[3]!.toUpperCase(), hashes)).toBe(3);
    expect(await matchRecoveryCode('not-a-code-at-all', hashes)).toBe(-1);
  }, 30_000);
});
