import type { Db } from '../../db/client.ts';
import type { Principal } from '../../platform/access/policy.ts';
import { createCase } from './case-service.ts';
import type { CaseHooks } from './hooks.ts';
import { saveVersion } from './version-service.ts';

/**
 * For tests: a sale whose one line ($60M of major defense equipment) is over every AECA 36(b)(1) threshold, so that
 * until formal notice it carries the `pre-notification` marking and is withheld from readers without need-to-know.
 */
export async function createPendingSale(db: Db, hooks: CaseHooks, writer: Principal, partnerCode: string, title = 'Patriot') {
  const sale = await createCase(db, writer, { partnerCode, agencyCode: 'D', type: 'defined_order', title });
  await saveVersion(db, hooks, writer, sale.identifier, 0, {
    revision: 1,
    lines: [
      {
        lineNumber: '001',
        description: `${title} fire unit`,
        maslGenericCode: 'A1A',
        maslNumber: '2840015200000',
        quantity: 1,
        unitOfIssue: 'EA',
        unitCostCents: 60_000_000_00,
        mde: true,
        sme: true,
        sourceOfSupply: 'P',
        deliveryPeriod: '24 months',
      },
    ],
    notes: [{ code: 'GEN', title: 'General', text: 'Standard terms.' }],
    paymentSchedule: [],
  });
  return sale;
}
