import type { Db } from '../../db/client.ts';
import { SYSTEM_PRINCIPAL } from '../../platform/access/policy.ts';
import { createCase, saveVersion } from '../cases/public.ts';
import { testWiring } from '../testing.ts';

/** A real case of the partner whose basic LOA has lines 001…`lines` (items are delivered under a case and line). */
export async function caseWithLines(db: Db, partnerCode: string, title: string, lines = 12) {
  const created = await createCase(db, SYSTEM_PRINCIPAL, { partnerCode, agencyCode: 'B', type: 'defined_order', title });
  await saveVersion(db, testWiring.caseHooks, SYSTEM_PRINCIPAL, created.identifier, 0, {
    revision: 1,
    lines: Array.from({ length: lines }, (_, i) => ({
      lineNumber: String(i + 1).padStart(3, '0'),
      description: `${title} line ${i + 1}`,
      maslGenericCode: 'A1A',
      maslNumber: `2840015200${String(i).padStart(3, '0')}`,
      quantity: 10,
      unitOfIssue: 'EA',
      unitCostCents: 100_000,
      mde: false,
      sme: false,
      eeum: true,
      sourceOfSupply: 'P',
      deliveryPeriod: '12 months',
    })),
    notes: [],
    paymentSchedule: [],
  });
  return created;
}
