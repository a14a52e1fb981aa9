import { useAuditKey } from '../audit/key.ts';

// Tests write audit records as the server does, with a key loaded at start-up (Vitest setupFiles).
useAuditKey(Buffer.from('iops test audit key, never used outside tests', 'utf8'));
