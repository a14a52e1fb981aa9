import { eq } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.ts';
import type { Principal } from '../../platform/access/policy.ts';
import { requireRecord } from '../../platform/access/require-access.ts';
import { appendAudit } from '../../platform/audit/service.ts';
import { addDays, todayIso } from '../../platform/dates.ts';
import { AppError, badRequest, conflict } from '../../platform/http/errors.ts';
import { parseInput } from '../../platform/http/validate.ts';
import { illegalTransition, requireNotFuture, requireVersion } from '../../platform/records/guards.ts';
import { certificationOf, sendCertification } from './certification-notice.ts';
import { leaseTransitionInput, receivePaymentInput, renewLeaseInput, schedulePaymentInput } from './lease-model.ts';
import { determinationFor, getLease, insertLease, type LeaseRow } from './lease-service.ts';
import { LEASE } from './records.ts';
import { CERTIFICATION_PERIOD_SOURCE, certificationPeriodEnded } from './rules/lease-period.ts';
import { type LeaseAction, moveLease } from './rules/lease-status.ts';
import { outstandingCents, scheduleExceedsRental } from './rules/rental.ts';
import { leaseArticles, leasePayments, leases } from './schema.ts';

async function lockLease(tx: Tx, principal: Principal, id: string, version: number): Promise<LeaseRow> {
  const { access: _access, ...row } = await requireRecord(tx, principal, LEASE.write, id, { lock: true });
  requireVersion(`Lease ${row.designator}`, version, row.version);
  return row;
}

/** 409 naming the first day the lease may be entered into, unless its certification period has ended on `onDate`. */
async function requirePeriodEnded(tx: Tx, lease: LeaseRow, onDate: string) {
  const verdict = certificationPeriodEnded(await certificationOf(tx, lease.id), onDate);
  if (!verdict.ok)
    throw new AppError(409, 'conflict', `${verdict.reason} (${CERTIFICATION_PERIOD_SOURCE})`, [
      { path: 'onDate', message: verdict.reason },
    ]);
}

/** What each move sets besides the status. */
async function effects(tx: Tx, principal: Principal, lease: LeaseRow, action: LeaseAction, input: TransitionInput, onDate: string) {
  const waits = lease.determination.certificationRequired && lease.emergencyWaiver === null;
  switch (action) {
    case 'certify': {
      // Decided again as of the day it goes to Congress: the period and 63(a) review follow the law and groups then.
      const determination = await determinationFor(tx, lease, onDate);
      if (!determination.certificationRequired || determination.reviewDays === null)
        throw conflict('AECA 62(a) no longer requires a certification');
      const review = determination.reasons.find((r) => r.measure === 'review_days')!;
      const notice = await sendCertification(tx, principal, lease, determination.reviewDays, review.source);
      return { determination, certificationNoticeId: notice.id };
    }
    case 'end_period':
      await requirePeriodEnded(tx, lease, onDate);
      return {};
    case 'sign':
      if (waits) await requirePeriodEnded(tx, lease, onDate);
      return { signedOn: onDate };
    case 'deliver':
      return { deliveredOn: onDate, returnDueOn: input.returnDueOn ?? lease.endOn };
    case 'terminate':
      return { terminatedOn: onDate, ...(lease.deliveredOn ? { returnDueOn: input.returnDueOn ?? onDate } : {}) };
    case 'return':
      return { returnedOn: onDate, returnCondition: input.returnCondition!, lossDamageCents: input.lossDamageCents ?? 0 };
    case 'close':
      return { closedOn: onDate };
  }
}

type TransitionInput = ReturnType<typeof leaseTransitionInput.parse>;

/** Moves a lease along its state machine (rules/lease-status.ts), each move audited with its reason. */
export async function transitionLease(db: Db, principal: Principal, id: string, raw: unknown, today = todayIso()) {
  const input = parseInput(leaseTransitionInput, raw);
  const onDate = input.onDate ?? today;
  requireNotFuture(onDate, today, 'onDate');
  await db.transaction(async (tx) => {
    const lease = await lockLease(tx, principal, id, input.version);
    const payments = await tx.select().from(leasePayments).where(eq(leasePayments.leaseId, lease.id));
    const move = moveLease(lease.status, input.action, {
      certificationRequired: lease.determination.certificationRequired,
      emergencyWaiver: lease.emergencyWaiver !== null,
      delivered: lease.deliveredOn !== null,
      outstandingCents: outstandingCents(payments),
      noticeWithdrawn: (await certificationOf(tx, lease.id))?.status === 'withdrawn',
    });
    if (!move.ok) throw illegalTransition(move.reason, move.allowed);
    const changes = await effects(tx, principal, lease, input.action, input, onDate);
    const [after] = await tx
      .update(leases)
      .set({ ...changes, status: move.to, version: lease.version + 1, updatedAt: new Date() })
      .where(eq(leases.id, lease.id))
      .returning();
    await appendAudit(tx, principal, {
      entityType: 'lease',
      action: 'lease.transitioned',
      entityId: lease.id,
      countryCode: lease.partnerCode,
      before: { status: lease.status },
      after: { status: after!.status, action: input.action, onDate, reason: input.reason, ...changes },
    });
  });
  return getLease(db, principal, id, today);
}

/**
 * An extension or renewal is a new lease, checked again (term limit, certification, its period) and linked to the one
 * it renews: the same lessee, articles and certification fields, a new start, term and rental.
 */
export async function renewLease(db: Db, principal: Principal, id: string, raw: unknown, today = todayIso()) {
  const input = parseInput(renewLeaseInput, raw);
  const renewalId = await db.transaction(async (tx) => {
    const lease = await lockLease(tx, principal, id, input.version);
    if (lease.status !== 'signed' && lease.status !== 'active')
      throw conflict(`Only a signed or active lease is renewed; this one is ${lease.status.replaceAll('_', ' ')}`);
    const articles = await tx.select().from(leaseArticles).where(eq(leaseArticles.leaseId, lease.id));
    const renewal = await insertLease(
      tx,
      principal,
      {
        partnerCode: lease.partnerCode,
        implementingAgency: lease.implementingAgency,
        replacementValueCents: lease.replacementValueCents,
        mdeValueCents: lease.mdeValueCents,
        rentalValueCents: input.rentalValueCents ?? lease.rentalValueCents,
        leaseClassification: lease.leaseClassification,
        equipmentClassification: lease.equipmentClassification,
        mtcrItems: lease.mtcrItems,
        mtcrListSentOn: lease.mtcrListSentOn,
        mtcrCompliant: lease.mtcrCompliant,
        startOn: input.startOn ?? addDays(lease.endOn, 1),
        termMonths: input.termMonths,
        refurbishmentMonths: input.refurbishmentMonths,
        terms: input.terms ?? lease.terms,
        administeringActivity: lease.administeringActivity,
        dscaEstimatedOn: null,
        justification: input.justification ?? lease.justification,
        actionOfficer: lease.actionOfficer,
        rentalWaiver: lease.rentalWaiver,
        rentalWaiverBasis: lease.rentalWaiverBasis,
        emergencyWaiver: null,
        articles: articles.map((a) => ({
          nsn: a.nsn,
          nomenclature: a.nomenclature,
          quantity: a.quantity,
          serialNumbers: a.serialNumbers,
          mde: a.mde,
        })),
        payments: [],
        renewsId: lease.id,
      },
      today,
    );
    await tx
      .update(leases)
      .set({ version: lease.version + 1, updatedAt: new Date() })
      .where(eq(leases.id, lease.id));
    return renewal.id;
  });
  return getLease(db, principal, renewalId, today);
}

/** Adds a payment to the schedule; the schedule never asks for more than the total rental value. */
export async function schedulePayment(db: Db, principal: Principal, id: string, raw: unknown, today = todayIso()) {
  const input = parseInput(schedulePaymentInput, raw);
  await db.transaction(async (tx) => {
    const lease = await lockLease(tx, principal, id, input.version);
    if (lease.status === 'closed') throw conflict('A closed lease takes no new payments');
    const payments = await tx.select().from(leasePayments).where(eq(leasePayments.leaseId, lease.id));
    const excess = scheduleExceedsRental(lease.rentalValueCents, [...payments, input]);
    if (excess) throw badRequest(excess, [{ path: 'amountCents', message: excess }]);
    const [payment] = await tx
      .insert(leasePayments)
      .values({ leaseId: lease.id, dueOn: input.dueOn, amountCents: input.amountCents })
      .returning();
    await tx
      .update(leases)
      .set({ version: lease.version + 1, updatedAt: new Date() })
      .where(eq(leases.id, lease.id));
    await appendAudit(tx, principal, {
      entityType: 'lease',
      action: 'lease.payment_scheduled',
      entityId: lease.id,
      countryCode: lease.partnerCode,
      after: payment,
    });
  });
  return getLease(db, principal, id, today);
}

/** Records money received against one scheduled payment, at most what is still owed on it. */
export async function receivePayment(db: Db, principal: Principal, id: string, paymentId: string, raw: unknown, today = todayIso()) {
  const input = parseInput(receivePaymentInput, raw);
  requireNotFuture(input.receivedOn, today, 'receivedOn');
  await db.transaction(async (tx) => {
    const lease = await lockLease(tx, principal, id, input.version);
    if (lease.status === 'draft' || lease.status === 'certification' || lease.status === 'period_ended' || lease.status === 'closed')
      throw conflict(`Rental is received on a signed lease; this one is ${lease.status.replaceAll('_', ' ')}`);
    const [payment] = await tx.select().from(leasePayments).where(eq(leasePayments.id, paymentId)).for('update');
    if (!payment || payment.leaseId !== lease.id)
      throw badRequest('No such payment on this lease', [{ path: 'paymentId', message: 'a payment of this lease' }]);
    const owed = payment.amountCents - payment.receivedCents;
    if (input.amountCents > owed)
      throw badRequest(`Only $${(owed / 100).toFixed(2)} is still owed on this payment`, [
        { path: 'amountCents', message: `at most ${owed} cents` },
      ]);
    const [after] = await tx
      .update(leasePayments)
      .set({ receivedCents: payment.receivedCents + input.amountCents, lastReceivedOn: input.receivedOn })
      .where(eq(leasePayments.id, paymentId))
      .returning();
    await tx
      .update(leases)
      .set({ version: lease.version + 1, updatedAt: new Date() })
      .where(eq(leases.id, lease.id));
    await appendAudit(tx, principal, {
      entityType: 'lease',
      action: 'lease.payment_received',
      entityId: lease.id,
      countryCode: lease.partnerCode,
      before: payment,
      after: { ...after, received: input.amountCents },
    });
  });
  return getLease(db, principal, id, today);
}
