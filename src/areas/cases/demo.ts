// The cases area's part of the demo and bench data set: fictional but plausible LORs and cases, their LOA versions and
// the moves that took each to its status. The demo size goes through the services (audited, gates and markings applied);
// the bench size is written in bulk, priced by the same rules, with one audit record for the load.
import { en, Faker } from '@faker-js/faker';
import type { Db } from '../../db/client.ts';
import type { Principal } from '../../platform/access/policy.ts';
import { appendAudit } from '../../platform/audit/service.ts';
import { addDays, daysBetween } from '../../platform/dates.ts';
import type { DemoContext, DemoLoader } from '../area-module.ts';
import { createCase, setMilestone } from './case-service.ts';
import { transitionCase } from './lifecycle-service.ts';
import { decideLor, receiveLor } from './lor-service.ts';
import { administrativeSurcharge } from './rules/administrative-surcharge.ts';
import { designatorAt, designatorIndex, formatCaseIdentifier } from './rules/case-identifier.ts';
import { caseTotals } from './rules/case-totals.ts';
import { type CaseAction, type CaseStatus, MILESTONE_OF_ACTION } from './rules/lifecycle.ts';
import { type CaseType, isBpc, type LoaLine, type LoaNote } from './rules/loa.ts';
import { standardOfferExpiration } from './rules/offer-expiration.ts';
import { caseMilestones, cases, lettersOfRequest, loaLines, loaNotes, loaPayments, loaVersions } from './schema.ts';
import { saveVersion } from './version-service.ts';

/** How many cases each size makes (bench: the scale in shared/design.md). */
const CASE_COUNT = { demo: 40, bench: 20_000 } as const;
/** The demo keeps to the partners the demo accounts work on, and a few more, so each account has something to see. */
const DEMO_PARTNERS = ['AT', 'PL', 'RO', 'EN', 'LG', 'LH', 'SA', 'KU', 'BA', 'QA', 'AE', 'JA', 'KS', 'IS', 'TW'];

/** A fictional but plausible case: what it buys, and how far along its life it has come. */
export interface CaseSpec {
  partnerCode: string;
  agencyCode: 'B' | 'D' | 'P';
  type: CaseType;
  title: string;
  fundingSources: string[];
  caseManager: string;
  status: CaseStatus;
  lorReceived: string;
  lorComplete: string;
  dates: {
    written: string;
    approved: string;
    milap: string;
    offered: string;
    accepted: string;
    implemented: string;
    supplyComplete: string;
    closed: string;
  };
  lines: LoaLine[];
  notes: LoaNote[];
  accessorialCents: number;
}

// Systems and services commonly sold through FMS, used only to make fictional cases read plausibly.
const CATALOG: {
  description: string;
  generic: string;
  unit: string;
  minCost: number;
  maxCost: number;
  mde?: boolean;
  eeum?: boolean;
  agency: 'B' | 'D' | 'P';
}[] = [
  {
    description: 'AN/PVS-14 monocular night vision device',
    generic: 'N8A',
    unit: 'EA',
    minCost: 3_500,
    maxCost: 5_000,
    eeum: true,
    agency: 'B',
  },
  {
    description: 'Javelin command launch unit',
    generic: 'M2A',
    unit: 'EA',
    minCost: 150_000,
    maxCost: 250_000,
    eeum: true,
    mde: true,
    agency: 'B',
  },
  {
    description: 'UH-60M Black Hawk helicopter',
    generic: 'A1B',
    unit: 'EA',
    minCost: 18_000_000,
    maxCost: 24_000_000,
    mde: true,
    agency: 'B',
  },
  { description: 'M1152A1 HMMWV, armament carrier', generic: 'V2A', unit: 'EA', minCost: 180_000, maxCost: 260_000, agency: 'B' },
  {
    description: 'AIM-9X Block II tactical missile',
    generic: 'M5D',
    unit: 'EA',
    minCost: 400_000,
    maxCost: 500_000,
    mde: true,
    eeum: true,
    agency: 'D',
  },
  { description: 'F-16 Block 70 sustainment spares', generic: 'R6A', unit: 'LO', minCost: 2_000_000, maxCost: 15_000_000, agency: 'D' },
  { description: 'C-130J contractor logistics support', generic: 'S1C', unit: 'LO', minCost: 5_000_000, maxCost: 40_000_000, agency: 'D' },
  { description: 'Mk 54 lightweight torpedo', generic: 'T2N', unit: 'EA', minCost: 1_200_000, maxCost: 1_600_000, mde: true, agency: 'P' },
  { description: 'MH-60R spares and repair parts', generic: 'R6N', unit: 'LO', minCost: 1_000_000, maxCost: 8_000_000, agency: 'P' },
  {
    description: 'Harpoon Block II coastal defense system',
    generic: 'M6N',
    unit: 'EA',
    minCost: 1_400_000,
    maxCost: 2_000_000,
    mde: true,
    agency: 'P',
  },
  { description: 'Operator and maintenance training', generic: 'O1A', unit: 'LO', minCost: 100_000, maxCost: 2_000_000, agency: 'B' },
  { description: 'Technical assistance field team', generic: 'TAF', unit: 'MO', minCost: 50_000, maxCost: 400_000, agency: 'D' },
  { description: 'Publications and technical orders', generic: 'P3A', unit: 'LO', minCost: 20_000, maxCost: 200_000, agency: 'P' },
];

const LAST_STEP: Record<CaseStatus, string> = {
  draft: 'lorComplete',
  in_review: 'written',
  returned: 'written',
  approved: 'approved',
  offered: 'offered',
  offer_expired: 'milap',
  accepted: 'accepted',
  implemented: 'implemented',
  supply_complete: 'supplyComplete',
  closed: 'closed',
  cancelled: 'lorComplete',
};

const PATHS: CaseStatus[] = [
  'draft',
  'in_review',
  'returned',
  'approved',
  'offered',
  'offer_expired',
  'accepted',
  'implemented',
  'supply_complete',
  'closed',
  'cancelled',
];

export function generateCases(seed: number, count: number, partnerCodes: readonly string[], today: string): CaseSpec[] {
  const faker = new Faker({ locale: [en], seed: seed + 1000 });
  const specs: CaseSpec[] = [];
  for (let i = 0; i < count; i++) {
    // Cycle through every status first so even a small dataset has each one.
    const status =
      i < PATHS.length
        ? PATHS[i]!
        : faker.helpers.weightedArrayElement([
            { weight: 6, value: 'draft' as const },
            { weight: 3, value: 'in_review' as const },
            { weight: 1, value: 'returned' as const },
            { weight: 2, value: 'approved' as const },
            { weight: 4, value: 'offered' as const },
            { weight: 1, value: 'offer_expired' as const },
            { weight: 3, value: 'accepted' as const },
            { weight: 30, value: 'implemented' as const },
            { weight: 8, value: 'supply_complete' as const },
            { weight: 10, value: 'closed' as const },
            { weight: 2, value: 'cancelled' as const },
          ]);
    const type = faker.helpers.weightedArrayElement([
      { weight: 14, value: 'defined_order' as const },
      { weight: 3, value: 'blanket_order' as const },
      { weight: 1, value: 'clssa' as const },
      { weight: 2, value: 'bpc' as const },
    ]);
    const main = faker.helpers.arrayElement(CATALOG);
    const lineCount = faker.number.int({ min: 2, max: 18 });
    const items = [main, ...Array.from({ length: lineCount - 1 }, () => faker.helpers.arrayElement(CATALOG))];
    const lines: LoaLine[] = items.map((item, n) => ({
      lineNumber: String(n + 1).padStart(3, '0'),
      description: item.description,
      maslGenericCode: item.generic,
      maslNumber: faker.string.numeric(13),
      quantity: type === 'blanket_order' ? 0 : item.unit === 'EA' ? faker.number.int({ min: 1, max: 200 }) : 1,
      unitOfIssue: item.unit,
      unitCostCents: faker.number.int({ min: item.minCost, max: item.maxCost }) * 100,
      mde: !!item.mde,
      sme: !!item.mde || !!item.eeum,
      eeum: !!item.eeum,
      sourceOfSupply: faker.helpers.arrayElement(['S', 'P', 'X']),
      deliveryPeriod: `${faker.number.int({ min: 6, max: 48 })} months`,
      // DSCA 21-50: program of record unless said otherwise (set without drawing, so the data set stays as it was).
      programOfRecord: true,
      nporType: null,
    }));
    if (type === 'blanket_order') for (const line of lines) line.quantity = 1;
    // A few cases carry a non-program-of-record last line (its NPOR type still to be stated: Case Writing flags it, and
    // the weapons demo prepares its NPOR determination before an offer); a few older ones have not stated POR at all.
    if (i % 7 === 3) lines[lines.length - 1]!.programOfRecord = false;
    if (i % 11 === 5) for (const line of lines) line.programOfRecord = null;
    const accessorialCents = faker.datatype.boolean(0.4) ? faker.number.int({ min: 10_000, max: 2_000_000 }) * 100 : 0;
    const notes: LoaNote[] = [];
    if (lines.some((l) => l.eeum))
      notes.push({
        code: 'EEUM',
        title: 'Enhanced End-Use Monitoring',
        text: 'Items on this LOA are designated for Enhanced End-Use Monitoring. The purchaser agrees to serial-number inventories and physical security of storage sites.',
      });
    if (accessorialCents)
      notes.push({
        code: 'ACCESSORIAL',
        title: 'Accessorial Charges',
        text: 'A transportation charge has been applied to the applicable portions of the lines.',
      });

    // Dates in order; then anchored so the last step this status reached lies in the past (recently, for open work).
    const step = (from: string, min: number, max: number) => addDays(from, faker.number.int({ min, max }));
    const chain: Record<string, string> = { lorReceived: '2000-01-01' };
    chain.lorComplete = step(chain.lorReceived!, 3, 45);
    // At least 35 days from LOR to offer: room for a 30-day formal review that must follow the LOR (notifications demo).
    chain.written = step(chain.lorComplete, 25, 120);
    chain.approved = step(chain.written, 5, 30);
    chain.milap = step(chain.approved, 1, 10);
    // Acceptance falls before the offer expires: 85 days from MILAP, 30 for BPC (offer-expiration.ts).
    chain.offered = step(chain.milap, 1, type === 'bpc' ? 5 : 20);
    chain.accepted = step(chain.offered, 1, type === 'bpc' ? 20 : 60);
    chain.implemented = step(chain.accepted, 5, 30);
    chain.supplyComplete = step(chain.implemented, 60, 400);
    chain.closed = step(chain.supplyComplete, 20, 200);
    const reached = LAST_STEP[status];
    const anchor =
      status === 'offer_expired'
        ? addDays(today, -faker.number.int({ min: 100, max: 300 }))
        : ['draft', 'in_review', 'returned', 'approved', 'offered', 'cancelled'].includes(status)
          ? addDays(today, -faker.number.int({ min: 1, max: 40 }))
          : faker.date
              .between({ from: '2022-01-03', to: addDays(today, -2) })
              .toISOString()
              .slice(0, 10);
    const shift = daysBetween(chain[reached]!, anchor);
    const at = (key: string) => addDays(chain[key]!, shift);
    const lorReceived = at('lorReceived');
    const lorComplete = at('lorComplete');
    const dates = {
      written: at('written'),
      approved: at('approved'),
      milap: at('milap'),
      offered: at('offered'),
      accepted: at('accepted'),
      implemented: at('implemented'),
      supplyComplete: at('supplyComplete'),
      closed: at('closed'),
    };
    specs.push({
      partnerCode: faker.helpers.arrayElement(partnerCodes),
      agencyCode: main.agency,
      type,
      title: `${main.description}${items.length > 1 ? ' and support' : ''}`,
      fundingSources:
        type === 'bpc'
          ? [faker.helpers.arrayElement(['section_333', 'usai', 'ctef'])]
          : faker.helpers.arrayElement([['national_funds'], ['fmf'], ['national_funds', 'fmf']]),
      caseManager: faker.person.fullName(),
      status,
      lorReceived,
      lorComplete,
      dates,
      lines,
      notes,
      accessorialCents,
    });
  }
  return specs;
}

/** The moves that take a new case to each status, with the date each happened. */
export function pathTo(spec: CaseSpec, today: string): { action: CaseAction; date: string; reason?: string }[] {
  const d = spec.dates;
  const toApproved = [
    { action: 'submit_for_review' as const, date: d.written },
    { action: 'approve' as const, date: d.approved },
  ];
  const toOffered = [...toApproved, { action: 'offer' as const, date: d.offered }];
  const toAccepted = [...toOffered, { action: 'accept' as const, date: d.accepted }];
  const toImplemented = [...toAccepted, { action: 'implement' as const, date: d.implemented }];
  const toSupplyComplete = [...toImplemented, { action: 'complete_supply' as const, date: d.supplyComplete }];
  switch (spec.status) {
    case 'draft':
      return [];
    case 'cancelled':
      return [{ action: 'cancel', date: spec.lorComplete, reason: 'Partner withdrew the request' }];
    case 'in_review':
      return [toApproved[0]!];
    case 'returned':
      return [toApproved[0]!, { action: 'return', date: d.written, reason: 'Line descriptions need the configuration' }];
    case 'approved':
      return toApproved;
    case 'offered':
      return toOffered;
    case 'offer_expired':
      return [...toOffered, { action: 'expire_offer', date: today }];
    case 'accepted':
      return toAccepted;
    case 'implemented':
      return toImplemented;
    case 'supply_complete':
      return toSupplyComplete;
    case 'closed':
      return [...toSupplyComplete, { action: 'close', date: d.closed }];
  }
}

/** The priced total of a spec's LOA as the service will compute it (rate as of the save date). */
export function specTotal(spec: CaseSpec, asOf: string): number {
  return caseTotals(spec.lines, spec.accessorialCents, administrativeSurcharge(isBpc(spec.type), asOf).basisPoints).totalCents;
}

/**
 * Loads cases through the services, so each has its audit trail and passes the same checks as hand-written ones. Before
 * an offer, every area's loader may prepare what its offer gate needs (notifications: the notice cleared); the gates,
 * wired as for anyone, still decide.
 */
export async function loadCasesThroughServices(context: DemoContext, specs: readonly CaseSpec[]): Promise<number> {
  const { db, wiring, actor, today } = context;
  const preparers = wiring.modules.flatMap((m) => (m.demo?.prepareOffer ? [m.demo.prepareOffer] : []));
  const acceptPreparers = wiring.modules.flatMap((m) => (m.demo?.prepareAccept ? [m.demo.prepareAccept] : []));
  for (const spec of specs) {
    const lor = await receiveLor(
      db,
      actor,
      {
        partnerCode: spec.partnerCode,
        receivedOn: spec.lorReceived,
        channel: 'security_cooperation_office',
        agencyCode: spec.agencyCode,
        description: spec.title,
        requestedItems: spec.lines.map((l) => l.description).join('\n'),
      },
      today,
    );
    await decideLor(db, actor, lor.id, { decision: 'actionable', version: lor.version, completeOn: spec.lorComplete }, today);
    const row = await createCase(db, actor, {
      partnerCode: spec.partnerCode,
      agencyCode: spec.agencyCode,
      type: spec.type,
      title: spec.title,
      fundingSources: spec.fundingSources,
      caseManager: spec.caseManager,
      lorId: lor.id,
    });
    await saveVersion(db, wiring.caseHooks, actor, row.id, 0, {
      revision: 1,
      lines: spec.lines,
      notes: spec.notes,
      accessorialCents: spec.accessorialCents,
      paymentSchedule: [{ dueDate: spec.dates.accepted, amountCents: specTotal(spec, today) }],
    });
    let version = row.version;
    for (const move of pathTo(spec, today)) {
      if (move.action === 'offer') {
        version = (await setMilestone(db, actor, row.id, { milestone: 'milap', onDate: spec.dates.milap, version })).version;
        const offer = { caseId: row.id, identifier: row.identifier, partnerCode: row.partnerCode, title: row.title, offerDate: move.date };
        for (const prepare of preparers) await prepare(context, offer);
      }
      if (move.action === 'accept') {
        const offer = { caseId: row.id, identifier: row.identifier, partnerCode: row.partnerCode, title: row.title, offerDate: move.date };
        for (const prepare of acceptPreparers) await prepare(context, offer);
      }
      const page = await transitionCase(db, wiring.caseHooks, actor, row.id, { ...move, version });
      version = page.case.version;
    }
  }
  return specs.length;
}

const ACCEPTED_OR_LATER = new Set(['accepted', 'implemented', 'supply_complete', 'closed']);

async function insertInBatches<T extends Record<string, unknown>>(db: Db, table: Parameters<Db['insert']>[0], rows: T[], batch = 2000) {
  for (let i = 0; i < rows.length; i += batch) await db.insert(table).values(rows.slice(i, i + batch) as never);
}

/**
 * Benchmark scale (20,000 cases, 200,000 lines): rows written in bulk, priced by the same rules the services use,
 * with one audit record for the load. The demo size goes through the services instead (load-cases.ts).
 */
export async function bulkLoadCases(db: Db, actor: Principal, specs: readonly CaseSpec[], today: string): Promise<number> {
  // Continue after the designators already used for each partner and agency.
  const existing = await db
    .select({ partnerCode: cases.partnerCode, agencyCode: cases.agencyCode, designator: cases.designator })
    .from(cases);
  const designatorsUsed = new Map<string, number>();
  for (const row of existing) {
    const key = `${row.partnerCode}-${row.agencyCode}`;
    designatorsUsed.set(key, Math.max(designatorsUsed.get(key) ?? 0, designatorIndex(row.designator) + 1));
  }
  const lors: (typeof lettersOfRequest.$inferInsert)[] = [];
  const caseRows: (typeof cases.$inferInsert)[] = [];
  const versions: (typeof loaVersions.$inferInsert)[] = [];
  const lines: (typeof loaLines.$inferInsert)[] = [];
  const notes: (typeof loaNotes.$inferInsert)[] = [];
  const payments: (typeof loaPayments.$inferInsert)[] = [];
  const milestones: (typeof caseMilestones.$inferInsert)[] = [];

  for (const spec of specs) {
    const key = `${spec.partnerCode}-${spec.agencyCode}`;
    const index = designatorsUsed.get(key) ?? 0;
    designatorsUsed.set(key, index + 1);
    const caseId = crypto.randomUUID();
    const lorId = crypto.randomUUID();
    const versionId = crypto.randomUUID();
    const path = pathTo(spec, today);
    const offered = path.some((m) => m.action === 'offer');
    const accepted = ACCEPTED_OR_LATER.has(spec.status);
    const rateDate = accepted ? spec.dates.accepted : offered ? spec.dates.offered : today;
    const rate = administrativeSurcharge(isBpc(spec.type), rateDate).basisPoints;
    const totals = caseTotals(spec.lines, spec.accessorialCents, rate);

    lors.push({
      id: lorId,
      partnerCode: spec.partnerCode,
      receivedOn: spec.lorReceived,
      completeOn: spec.lorComplete,
      channel: 'security_cooperation_office',
      agencyCode: spec.agencyCode,
      description: spec.title,
      status: 'converted',
      caseId,
    });
    caseRows.push({
      id: caseId,
      identifier: formatCaseIdentifier({ customerCode: spec.partnerCode, agency: spec.agencyCode, designator: designatorAt(index) }),
      partnerCode: spec.partnerCode,
      agencyCode: spec.agencyCode,
      designator: designatorAt(index),
      type: spec.type,
      title: spec.title,
      fundingSources: spec.fundingSources,
      caseManager: spec.caseManager,
      status: spec.status,
      lorId,
      totalCents: totals.totalCents,
      version: path.length + 1,
    });
    versions.push({
      id: versionId,
      caseId,
      number: 0,
      kind: 'basic',
      state: accepted ? 'issued' : 'draft',
      accessorialCents: spec.accessorialCents,
      surchargeBasisPoints: rate,
      linesCents: totals.linesCents,
      administrativeCents: totals.administrativeCents,
      totalCents: totals.totalCents,
      offerDate: offered ? spec.dates.offered : null,
      offerExpirationDate: offered ? standardOfferExpiration(isBpc(spec.type), spec.dates.milap) : null,
      acceptedOn: accepted ? spec.dates.accepted : null,
      revision: 2,
    });
    for (const line of spec.lines) lines.push({ ...line, versionId });
    for (const note of spec.notes) notes.push({ ...note, versionId });
    payments.push({ versionId, dueDate: spec.dates.accepted, amountCents: totals.totalCents });
    milestones.push(
      { caseId, milestone: 'lor_received', onDate: spec.lorReceived },
      { caseId, milestone: 'lor_complete', onDate: spec.lorComplete },
    );
    if (offered)
      milestones.push(
        { caseId, milestone: 'milap', onDate: spec.dates.milap },
        { caseId, milestone: 'offer_expiration', onDate: standardOfferExpiration(isBpc(spec.type), spec.dates.milap) },
      );
    const seen = new Set<string>();
    for (const move of path) {
      const milestone = MILESTONE_OF_ACTION[move.action];
      if (milestone && !seen.has(milestone)) {
        seen.add(milestone);
        milestones.push({ caseId, milestone, onDate: move.date });
      }
    }
  }

  await db.transaction(async (tx) => {
    const t = tx as unknown as Db;
    await insertInBatches(t, lettersOfRequest, lors);
    await insertInBatches(t, cases, caseRows);
    await insertInBatches(t, loaVersions, versions);
    await insertInBatches(t, loaLines, lines, 4000);
    await insertInBatches(t, loaNotes, notes);
    await insertInBatches(t, loaPayments, payments);
    await insertInBatches(t, caseMilestones, milestones, 5000);
    await appendAudit(tx, actor, {
      entityType: 'demo_data',
      action: 'demo_data.seeded',
      entityId: 'cases',
      after: { cases: caseRows.length, lines: lines.length },
    });
  });
  return caseRows.length;
}

/** Cases first: every other area's demo data names them. */
export const casesDemo: DemoLoader = {
  order: 10,
  async load(context) {
    const { db, actor, size, seed, today, partnerCodes } = context;
    // Bench spreads cases over every partner; demo keeps to DEMO_PARTNERS.
    const partners = size === 'demo' ? DEMO_PARTNERS.filter((c) => partnerCodes.includes(c)) : partnerCodes;
    const specs = generateCases(seed, CASE_COUNT[size], partners, today);
    return {
      cases: size === 'demo' ? await loadCasesThroughServices(context, specs) : await bulkLoadCases(db, actor, specs, today),
    };
  },
};
