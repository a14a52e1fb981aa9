// The program conditions as an obligation gate (funds/obligation-gates.ts): run inside the obligation's transaction,
// the conditions that bind it locked (SELECT … FOR UPDATE, in id order) so that parallel obligations under the same
// program and fiscal year — through different appropriations too — are decided one after another against one ceiling.
import { and, asc, eq, isNull, min, or } from 'drizzle-orm';
import type { Tx } from '../../../db/client.ts';
import { cases } from '../../cases/public.ts';
import type { ObligationCandidate, ObligationGate, ObligationRefusal } from '../../funds/public.ts';
import { codeOfIdentifier, conditionApplies } from '../rules/applies.ts';
import { decideAuthorityEnd } from '../rules/authority-end.ts';
import { CONDITION_LABELS } from '../rules/condition-kinds.ts';
import { decideAdvanceNotice, decideReportBeforeAssistance } from '../rules/notice.ts';
import { decideVetting } from '../rules/vetting.ts';
import { ceilingCentsOf, decideCap, decideWithheld } from '../rules/withheld.ts';
import { programCertifications, programConditions, programNotices, recipients, vettings } from '../schema.ts';
import { appropriatedCents, netObligatedCents } from './obligated.ts';

type Condition = typeof programConditions.$inferSelect;

export const conditionName = (c: Pick<Condition, 'kind' | 'programCode' | 'fiscalYear' | 'stage' | 'appliesToCode'>) =>
  `${CONDITION_LABELS[c.kind]} (${c.programCode}${c.fiscalYear ? ` FY${c.fiscalYear}` : ''}${c.appliesToCode ? `, code ${c.appliesToCode}` : ''}${c.stage ? `, ${c.stage}` : ''})`;

async function codeOf(tx: Tx, candidate: ObligationCandidate): Promise<string> {
  if (!candidate.caseId) return candidate.partnerCode;
  const [row] = await tx.select({ identifier: cases.identifier }).from(cases).where(eq(cases.id, candidate.caseId));
  return row ? codeOfIdentifier(row.identifier) : candidate.partnerCode;
}

async function certifiedOn(tx: Tx, conditionId: string): Promise<string | null> {
  const [row] = await tx
    .select({ on: min(programCertifications.certifiedOn) })
    .from(programCertifications)
    .where(eq(programCertifications.conditionId, conditionId));
  return row?.on ?? null;
}

async function noticesOf(tx: Tx, conditionId: string, partnerCode: string) {
  return tx
    .select({ givenOn: programNotices.givenOn, amountCents: programNotices.amountCents })
    .from(programNotices)
    .where(and(eq(programNotices.conditionId, conditionId), eq(programNotices.partnerCode, partnerCode)));
}

async function vettingReason(tx: Tx, candidate: ObligationCandidate): Promise<{ reason: string; field: string } | null> {
  if (!candidate.recipientId) return { reason: 'name the vetted recipient of this assistance', field: 'recipientId' };
  const [recipient] = await tx.select().from(recipients).where(eq(recipients.id, candidate.recipientId));
  if (!recipient || recipient.partnerCode !== candidate.partnerCode)
    return { reason: `no recipient of ${candidate.partnerCode} with this id`, field: 'recipientId' };
  const records = await tx.select().from(vettings).where(eq(vettings.recipientId, recipient.id));
  const reason = decideVetting(records, candidate.onDate);
  return reason ? { reason: `${recipient.name}: ${reason}`, field: 'recipientId' } : null;
}

async function refusalBy(tx: Tx, c: Condition, candidate: ObligationCandidate): Promise<ObligationRefusal | null> {
  const refuse = (reason: string | null, field: string) => (reason ? { condition: conditionName(c), reason, field } : null);
  switch (c.kind) {
    case 'advance_notice': {
      const notices = await noticesOf(tx, c.id, candidate.partnerCode);
      const obligated = await netObligatedCents(tx, {
        programCode: c.programCode,
        fiscalYear: c.fiscalYear,
        partnerCode: candidate.partnerCode,
      });
      return refuse(decideAdvanceNotice(notices, c.noticeDays ?? 0, candidate.onDate, obligated, candidate.amountCents), 'onDate');
    }
    case 'report_before_assistance':
      return refuse(
        decideReportBeforeAssistance(await noticesOf(tx, c.id, candidate.partnerCode), c.noticeDays ?? 0, candidate.onDate),
        'onDate',
      );
    case 'withheld_until_certification': {
      const ceiling = ceilingCentsOf(c, await appropriatedCents(tx, c.programCode, c.fiscalYear));
      const obligated = await netObligatedCents(tx, { programCode: c.programCode, fiscalYear: c.fiscalYear, code: c.appliesToCode });
      const reason = decideWithheld(
        ceiling,
        obligated,
        candidate.amountCents,
        await certifiedOn(tx, c.id),
        candidate.onDate,
        c.certification ?? 'certification',
      );
      return refuse(reason, 'amountCents');
    }
    case 'authority_end':
      return c.endsOn ? refuse(decideAuthorityEnd(c.endsOn, candidate.onDate), 'onDate') : null;
    case 'code_availability': {
      if (c.endsOn) {
        const ended = refuse(decideAuthorityEnd(c.endsOn, candidate.onDate), 'onDate');
        if (ended) return ended;
      }
      if (c.ceilingCents === null) return null;
      const obligated = await netObligatedCents(tx, { programCode: c.programCode, fiscalYear: c.fiscalYear, code: c.appliesToCode });
      return refuse(decideCap(c.ceilingCents, obligated, candidate.amountCents), 'amountCents');
    }
    case 'vetting_required': {
      const found = await vettingReason(tx, candidate);
      return found ? { condition: conditionName(c), ...found } : null;
    }
  }
}

export const programConditionsGate: ObligationGate = {
  name: 'program-conditions',
  async check(tx, candidate) {
    const rows = await tx
      .select()
      .from(programConditions)
      .where(
        and(
          eq(programConditions.programCode, candidate.programCode),
          or(isNull(programConditions.fiscalYear), eq(programConditions.fiscalYear, candidate.fiscalYear)),
        ),
      )
      .orderBy(asc(programConditions.id))
      .for('update');
    if (!rows.length) return null;
    const code = await codeOf(tx, candidate);
    for (const condition of rows.filter((r) => conditionApplies(r, { fiscalYear: candidate.fiscalYear, onDate: candidate.onDate, code }))) {
      const refusal = await refusalBy(tx, condition, candidate);
      if (refusal) return refusal;
    }
    return null;
  },
};
