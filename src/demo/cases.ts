import { en, Faker } from '@faker-js/faker';
import type { CaseStatus, CaseType, LoaLine, LoaNote } from '../areas/cases/public.ts';
import { addDays, daysBetween } from '../platform/dates.ts';

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
    }));
    if (type === 'blanket_order') for (const line of lines) line.quantity = 1;
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
    chain.written = step(chain.lorComplete, 20, 120);
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
