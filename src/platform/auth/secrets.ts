import { createHash, randomBytes } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';

/** Argon2id with the library's defaults (OWASP Password Storage Cheat Sheet's recommended algorithm). */
export const hashPassword = (password: string) => hash(password);
export const verifyPassword = (passwordHash: string, password: string) => verify(passwordHash, password);

export const randomSecret = (bytes = 32) => randomBytes(bytes).toString('base64url');

/** High-entropy random secrets (session ids, API tokens) are stored as SHA-256, not the secret itself. */
export const sha256 = (value: string) => createHash('sha256').update(value).digest('hex');

export const MIN_PASSWORD_LENGTH = 12;

/**
 * A bearer secret `<tag><prefix>_<random>`: the short prefix finds the row, the SHA-256 of the whole secret proves it.
 * Tags keep kinds apart (an API token is not a calendar address).
 */
export function issueSecret(tag: string) {
  const prefix = randomSecret(6);
  const secret = `${tag}${prefix}_${randomSecret(32)}`;
  return { prefix, secret, hash: sha256(secret) };
}

/** The prefix of a secret issued under `tag`, or null when it is not one. */
export function secretPrefix(tag: string, secret: string): string | null {
  return secret.startsWith(tag) ? (/^([A-Za-z0-9_-]{8})_/.exec(secret.slice(tag.length))?.[1] ?? null) : null;
}
