import { createHash, randomBytes } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';

/** Argon2id with the library's defaults (OWASP Password Storage Cheat Sheet's recommended algorithm). */
export const hashPassword = (password: string) => hash(password);
export const verifyPassword = (passwordHash: string, password: string) => verify(passwordHash, password);

export const randomSecret = (bytes = 32) => randomBytes(bytes).toString('base64url');

/** High-entropy random secrets (session ids, API tokens) are stored as SHA-256, not the secret itself. */
export const sha256 = (value: string) => createHash('sha256').update(value).digest('hex');

export const MIN_PASSWORD_LENGTH = 12;
