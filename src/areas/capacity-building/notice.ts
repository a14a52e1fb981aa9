// The 10 U.S.C. 333(e) notice of a proposal lives in the notifications area as a notice of kind `section_333` about the
// proposal, with its clock. This file is the capacity-building area's only link to it.
import { asc } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.ts';
import type { Principal } from '../../platform/access/policy.ts';
import { createSubjectNotice, noticesForSubject } from '../notifications/public.ts';
import { type NoticePeriodRow, noticePeriodOn } from './rules/programs.ts';
import type { NoticeStatus } from './rules/proposal-status.ts';
import { cbNoticePeriods } from './schema.ts';

export const PROPOSAL_SUBJECT = 'cb_proposal';

/** The administrator-entered review period in force on the date, or null ([open] in domain.md §8). */
export async function noticePeriodFor(db: Db | Tx, onDate: string) {
  const rows = await db.select().from(cbNoticePeriods).orderBy(asc(cbNoticePeriods.effectiveFrom));
  return noticePeriodOn<NoticePeriodRow & { id: string }>(rows, onDate);
}

/** Drafts the notice in the caller's transaction (the program office's step; notification writers send and clear it). */
export async function draftNotice(
  tx: Tx,
  principal: Principal,
  proposal: { id: string; reference: string; partnerCode: string; title: string; recipientUnit: string; costEstimateCents: number },
  period: { days: number; source: string },
) {
  return createSubjectNotice(tx, principal, {
    kind: 'section_333',
    partnerCode: proposal.partnerCode,
    subject: {
      type: PROPOSAL_SUBJECT,
      id: proposal.id,
      label: `Proposal ${proposal.reference}`,
      link: `/capacity-building/proposals/${proposal.id}`,
    },
    description: `10 U.S.C. 333(e) notice: ${proposal.title} for ${proposal.recipientUnit}`,
    mdeCents: 0,
    totalCents: proposal.costEstimateCents,
    reviewDays: period.days,
    reviewSource: period.source,
  });
}

/** The proposal's latest notice (newest first from notifications), or null. */
export async function noticeOf(db: Db | Tx, proposalId: string) {
  const [latest] = await noticesForSubject(db, PROPOSAL_SUBJECT, proposalId);
  return latest ? { ...latest, status: latest.status as Exclude<NoticeStatus, null> } : null;
}
