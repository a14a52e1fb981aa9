// The leases area's part of the demo data set: one lease in each state, dated around today, written through the
// services (and the certifications through the notifications area, as a user would). Small in both sizes.
import type { Db } from '../../db/client.ts';
import type { Principal } from '../../platform/access/policy.ts';
import { addDays } from '../../platform/dates.ts';
import type { DemoLoader } from '../area-module.ts';
import { transitionNotification } from '../notifications/public.ts';
import type { CreateLeaseInput } from './lease-model.ts';
import { receivePayment, transitionLease } from './lease-moves.ts';
import { createLease, getLease } from './lease-service.ts';
import type { LeaseAction } from './rules/lease-status.ts';

const M = 1_000_000 * 100;

type Step = { action: LeaseAction; day: number; returnCondition?: string } | { notice: 'notify_formally' | 'clear'; day: number };

interface DemoLease {
  lease: Omit<CreateLeaseInput, 'startOn' | 'payments'> & {
    startDay: number;
    payments: { day: number; amountCents: number; paidDay?: number }[];
  };
  steps: Step[];
}

const common = {
  implementingAgency: 'Department of the Army',
  leaseClassification: 'Unclassified',
  equipmentClassification: 'Unclassified',
  administeringActivity: 'U.S. Army Security Assistance Command',
  actionOfficer: 'P. Programs, GEX Leases, 703-555-0142',
  terms: 'Rental paid quarterly; lessee maintains, insures and returns the articles in the condition received, fair wear excepted',
  justification: 'Interim capability until the partner’s own purchase is delivered; the articles are not needed for U.S. use meanwhile',
};

const howitzers = [
  {
    nsn: '1025-01-338-0690',
    nomenclature: 'Howitzer, medium, towed, 155mm M777A2',
    quantity: 6,
    serialNumbers: ['777-101', '777-102', '777-103', '777-104', '777-105', '777-106'],
    mde: true,
  },
  { nsn: '1220-01-550-1234', nomenclature: 'Digital fire control system', quantity: 6 },
];
const radios = [{ nsn: '5820-01-451-8250', nomenclature: 'Radio set, AN/PRC-117G', quantity: 40 }];
const boats = [
  { nsn: '1940-01-596-0001', nomenclature: 'Patrol boat, riverine', quantity: 2, serialNumbers: ['RB-11', 'RB-12'], mde: true },
];

const DEMO_LEASES: DemoLease[] = [
  {
    lease: {
      ...common,
      partnerCode: 'PL',
      replacementValueCents: 30 * M,
      mdeValueCents: 24 * M,
      rentalValueCents: 1_800_000_00,
      termMonths: 36,
      startDay: 60,
      articles: howitzers,
      payments: [],
    },
    steps: [],
  },
  {
    lease: {
      ...common,
      partnerCode: 'RO',
      replacementValueCents: 12 * M,
      mdeValueCents: 9 * M,
      rentalValueCents: 600_000_00,
      termMonths: 24,
      startDay: 30,
      articles: boats,
      payments: [],
    },
    steps: [
      { action: 'certify', day: -5 },
      { notice: 'notify_formally', day: -5 },
    ],
  },
  {
    lease: {
      ...common,
      partnerCode: 'AT',
      replacementValueCents: 4 * M,
      mdeValueCents: 0,
      rentalValueCents: 200_000_00,
      termMonths: 48,
      startDay: 10,
      articles: radios,
      payments: [],
    },
    steps: [
      { action: 'certify', day: -45 },
      { notice: 'notify_formally', day: -40 },
      { notice: 'clear', day: -20 },
      { action: 'end_period', day: -19 },
    ],
  },
  {
    lease: {
      ...common,
      partnerCode: 'PL',
      replacementValueCents: 8 * M,
      mdeValueCents: 6 * M,
      rentalValueCents: 900_000_00,
      termMonths: 24,
      startDay: -160,
      articles: boats,
      payments: [
        { day: -100, amountCents: 300_000_00, paidDay: -98 },
        { day: -10, amountCents: 300_000_00 },
        { day: 80, amountCents: 300_000_00 },
      ],
    },
    steps: [
      { action: 'certify', day: -220 },
      { notice: 'notify_formally', day: -215 },
      { notice: 'clear', day: -199 },
      { action: 'end_period', day: -198 },
      { action: 'sign', day: -170 },
      { action: 'deliver', day: -160 },
    ],
  },
  {
    lease: {
      ...common,
      partnerCode: 'SA',
      replacementValueCents: 2 * M,
      rentalValueCents: 120_000_00,
      termMonths: 11,
      startDay: -400,
      articles: radios,
      payments: [{ day: -300, amountCents: 120_000_00, paidDay: -290 }],
    },
    steps: [
      { action: 'sign', day: -405 },
      { action: 'deliver', day: -400 },
      { action: 'return', day: -40, returnCondition: 'Serviceable; two antennas replaced at the lessee’s cost' },
    ],
  },
  {
    lease: {
      ...common,
      partnerCode: 'KU',
      replacementValueCents: 1 * M,
      rentalValueCents: 50_000_00,
      termMonths: 6,
      startDay: -300,
      articles: radios,
      payments: [{ day: -250, amountCents: 50_000_00, paidDay: -249 }],
    },
    steps: [
      { action: 'sign', day: -305 },
      { action: 'deliver', day: -300 },
      { action: 'return', day: -120, returnCondition: 'Serviceable' },
      { action: 'close', day: -100 },
    ],
  },
];

async function loadOne(db: Db, actor: Principal, today: string, spec: DemoLease) {
  const { startDay, payments, ...fields } = spec.lease;
  const at = (day: number) => addDays(today, day);
  let lease = await createLease(
    db,
    actor,
    { ...fields, startOn: at(startDay), payments: payments.map((p) => ({ dueOn: at(p.day), amountCents: p.amountCents })) },
    at(Math.min(0, ...spec.steps.map((s) => s.day))),
  );
  let noticeVersion = 1;
  for (const step of spec.steps) {
    if ('notice' in step) {
      const notice = await transitionNotification(
        db,
        actor,
        lease.certification!.id,
        { version: noticeVersion, action: step.notice, date: at(step.day) },
        today,
      );
      noticeVersion = notice.version;
      lease = await getLease(db, actor, lease.id, today);
      continue;
    }
    lease = await transitionLease(
      db,
      actor,
      lease.id,
      { version: lease.version, action: step.action, onDate: at(step.day), reason: 'Demo', returnCondition: step.returnCondition },
      today,
    );
    if (step.action === 'deliver')
      for (const [i, p] of payments.entries())
        if (p.paidDay !== undefined)
          lease = await receivePayment(
            db,
            actor,
            lease.id,
            lease.payments[i]!.id,
            { version: lease.version, receivedOn: at(p.paidDay), amountCents: p.amountCents },
            today,
          );
  }
}

/** After notifications (whose area holds the certifications). */
export const leasesDemo: DemoLoader = {
  order: 25,
  async load({ db, actor, today }) {
    for (const spec of DEMO_LEASES) await loadOne(db, actor, today, spec);
    return { leases: DEMO_LEASES.length };
  },
};
