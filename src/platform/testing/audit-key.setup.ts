import { setAuditKey } from '../audit/key.ts';

/** The key test processes write audit records with; a CLI under test gets it as AUDIT_HMAC_KEY. */
export const TEST_AUDIT_KEY = 'iops test audit key, never used outside tests';

// Tests write audit records as the server does, with a key loaded at start-up (Vitest setupFiles).
setAuditKey(Buffer.from(TEST_AUDIT_KEY, 'utf8'));
