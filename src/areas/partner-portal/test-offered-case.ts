import type { Db } from '../../db/client.ts';
import { testPrincipal } from '../../platform/testing/principals.ts';
import { createCase, saveVersion, setMilestone, transitionCase } from '../cases/public.ts';
import { testWiring } from '../testing.ts';

// For the portal's tests: a purchaser's case offered on 1 May 2026 (MILAP 20 Apr, so the offer expires 14 Jul 2026).

export const writer = testPrincipal(['case_writer'], { directorates: ['GEX'] });
const reviewer = testPrincipal(['case_reviewer'], { directorates: ['GEX'] });
const hooks = testWiring.caseHooks;

const nvgLine = {
  lineNumber: '001',
  description: 'AN/PVS-14 monocular night vision device',
  maslGenericCode: 'N8A',
  maslNumber: '5855015223118',
  quantity: 500,
  unitOfIssue: 'EA',
  unitCostCents: 4_000_00,
  sme: true,
  eeum: true,
  sourceOfSupply: 'P',
  deliveryPeriod: '24 months',
};
const eeumNote = { code: 'EEUM', title: 'Enhanced End-Use Monitoring', text: 'Items on line 001 are designated for EEUM.' };
const TOTAL = 2_322_000_00; // the two lines with the 3.2% surcharge (as the LOA document's test)
const line = {
  lineNumber: '002',
  description: 'Operator and maintenance training',
  maslGenericCode: 'O1A',
  maslNumber: 'OTS000000001A',
  quantity: 1,
  unitOfIssue: 'LO',
  unitCostCents: 250_000_00,
  sourceOfSupply: 'S',
  deliveryPeriod: '12 months',
};

/** The case offered; returns its identifier and the version the next move gives. */
export async function offeredCase(db: Db, partnerCode: string) {
  const kase = await createCase(db, writer, { partnerCode, agencyCode: 'B', type: 'defined_order', title: 'Training' });
  await saveVersion(db, hooks, writer, kase.identifier, 0, {
    revision: 1,
    lines: [nvgLine, line],
    notes: [eeumNote],
    paymentSchedule: [
      { dueDate: '2027-01-15', amountCents: 1_000_000_00 },
      { dueDate: '2027-07-15', amountCents: TOTAL - 1_000_000_00 },
    ],
  });
  let version = (await transitionCase(db, hooks, writer, kase.identifier, { action: 'submit_for_review', version: 1, date: '2026-04-01' }))
    .case.version;
  version = (await transitionCase(db, hooks, reviewer, kase.identifier, { action: 'approve', version, date: '2026-04-15' })).case.version;
  version = (await setMilestone(db, writer, kase.identifier, { milestone: 'milap', onDate: '2026-04-20', version })).version;
  version = (await transitionCase(db, hooks, writer, kase.identifier, { action: 'offer', version, date: '2026-05-01' })).case.version;

  return { identifier: kase.identifier, version };
}
