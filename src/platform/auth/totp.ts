import { generateSecret, generateSync, generateURI, verifySync } from 'otplib';
import { hashPassword, randomSecret, verifyPassword } from './secrets.ts';

// The second factor of partner users: TOTP (RFC 6238: 30-second steps, six digits, SHA-1, as authenticator apps
// expect), one step of clock drift accepted either way, each step's code good once; and one-time recovery codes.

const PERIOD_SECONDS = 30;
const DRIFT_SECONDS = 30;
export const RECOVERY_CODE_COUNT = 10;

export const newTotpSecret = () => generateSecret();

export const totpUri = (account: string, secret: string) => generateURI({ issuer: 'IOPS partner portal', label: account, secret });

/** The code for `now` (tests and the demo's documentation compute it the same way an authenticator app does). */
export const totpCode = (secret: string, now = new Date()) => generateSync({ secret, epoch: Math.floor(now.getTime() / 1000) });

/** The time step a right code belongs to, or null; a step at or before `lastStep` is a replay and refused. */
export function checkTotp(secret: string, code: string, now: Date, lastStep: number | null): number | null {
  const token = code.replace(/\s/g, '');
  if (!/^\d{6}$/.test(token)) return null;
  const result = verifySync({
    secret,
    token,
    epoch: Math.floor(now.getTime() / 1000),
    epochTolerance: DRIFT_SECONDS,
    ...(lastStep === null ? {} : { afterTimeStep: lastStep }),
  });
  if (!result.valid) return null;
  return 'timeStep' in result && typeof result.timeStep === 'number' ? result.timeStep : Math.floor(now.getTime() / 1000 / PERIOD_SECONDS);
}

/** Ten recovery codes in groups of four letters and digits, shown once; each is kept only as an argon2 hash. */
export async function newRecoveryCodes(): Promise<{ codes: string[]; hashes: string[] }> {
  const codes = Array.from({ length: RECOVERY_CODE_COUNT }, () =>
    randomSecret(12)
      .replace(/[^A-Za-z0-9]/g, 'x')
      .toLowerCase()
      .slice(0, 12)
      .replace(/(.{4})(?=.)/g, '$1-'),
  );
  return { codes, hashes: await Promise.all(codes.map((c) => hashPassword(normaliseRecoveryCode(c)))) };
}

export const normaliseRecoveryCode = (code: string) => code.replace(/[\s-]/g, '').toLowerCase();

/** The index of the unused hash the code matches, or -1. */
export async function matchRecoveryCode(code: string, hashes: readonly string[]): Promise<number> {
  const plain = normaliseRecoveryCode(code);
  for (const [i, hash] of hashes.entries()) {
    if (await verifyPassword(hash, plain).catch(() => false)) return i;
  }
  return -1;
}
