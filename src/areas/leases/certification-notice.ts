// The lease's certification to Congress (AECA 62(a)) lives in the notifications area as a notice of kind `aeca_62a`
// about this lease, with its clock (/work/briefs/notices-contract.md). This file is the lease area's only link to it.
import type { Db, Tx } from '../../db/client.ts';
import type { Principal } from '../../platform/access/policy.ts';
import { createSubjectNotice, noticesForSubject } from '../notifications/public.ts';
import type { CertificationNotice } from './rules/lease-period.ts';

export const LEASE_SUBJECT = 'lease';

export interface LeaseNotice extends CertificationNotice {
  id: string;
  transmittalNumber: string;
  formallyNotifiedOn: string | null;
  reviewDays: number | null;
}

/**
 * The certification as a draft notice in the notifications area, made in the lease's transaction. It is a congressional
 * notification: the actor needs write in notifications too (that area's own check); its analysts then send it formally.
 */
export async function sendCertification(
  tx: Tx,
  principal: Principal,
  lease: { id: string; designator: string; partnerCode: string; mdeValueCents: number; replacementValueCents: number; termMonths: number },
  reviewDays: number,
  reviewSource: string,
) {
  return createSubjectNotice(tx, principal, {
    kind: 'aeca_62a',
    partnerCode: lease.partnerCode,
    subject: { type: LEASE_SUBJECT, id: lease.id, label: `Lease ${lease.designator}`, link: `/leases/${lease.id}` },
    description: `AECA 62(a) certification of lease ${lease.designator} (${lease.termMonths} months)`,
    mdeCents: lease.mdeValueCents,
    totalCents: lease.replacementValueCents,
    reviewDays,
    reviewSource,
  });
}

/** The lease's latest certification notice (newest first from notifications), or null. */
export async function certificationOf(db: Db | Tx, leaseId: string): Promise<LeaseNotice | null> {
  const [latest] = await noticesForSubject(db, LEASE_SUBJECT, leaseId);
  return latest ?? null;
}
