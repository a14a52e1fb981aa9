import { eq } from 'drizzle-orm';
import { type CaseType, cases, isBpc, type TransitionGate } from '../cases/public.ts';
import { acceptanceMissing } from './agency-service.ts';

/**
 * A purchaser's LOA is accepted only with the purchaser's signature on file and the initial deposit recorded (SAMM
 * C5.4.8, issue 17). A BPC case has no purchaser to sign or pay: the gate lets it pass.
 */
export const acceptanceGate: TransitionGate = {
  name: 'partner-acceptance',
  async check(db, move) {
    if (move.action !== 'accept') return null;
    const [kase] = await db.select({ type: cases.type }).from(cases).where(eq(cases.id, move.caseId));
    if (!kase || isBpc(kase.type as CaseType)) return null;
    const missing = await acceptanceMissing(db, move.caseId);
    return missing.length ? missing.join(' and ') : null;
  },
};
