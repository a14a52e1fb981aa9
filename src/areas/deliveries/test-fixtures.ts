// For tests and the demo: an implemented case with an EEUM line (night-vision devices) and a routine line.
import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { SYSTEM_PRINCIPAL } from '../../platform/access/policy.ts';
import { cases, createCase, loaVersions, saveVersion } from '../cases/public.ts';
import { eumCertifications } from '../eum/public.ts';
import { testWiring } from '../testing.ts';

export async function implementedCase(
  db: Db,
  partnerCode: string,
  options: { agencyCode?: string; bpc?: boolean; controlPlanOn?: string } = {},
) {
  const created = await createCase(db, SYSTEM_PRINCIPAL, {
    partnerCode,
    agencyCode: options.agencyCode ?? 'B',
    type: options.bpc ? 'bpc' : 'defined_order',
    title: 'Border security equipment',
    ...(options.bpc ? { fundingSources: ['section_333'] } : {}),
  });
  await saveVersion(db, testWiring.caseHooks, SYSTEM_PRINCIPAL, created.identifier, 0, {
    revision: 1,
    lines: [
      {
        lineNumber: '001',
        description: 'Night-vision goggles',
        maslGenericCode: 'A1A',
        maslNumber: '5855015200001',
        quantity: 10,
        unitOfIssue: 'EA',
        unitCostCents: 900_000,
        mde: false,
        sme: true,
        eeum: true,
        sourceOfSupply: 'P',
        deliveryPeriod: '6 months',
      },
      {
        lineNumber: '002',
        description: 'Batteries',
        maslGenericCode: 'A1A',
        maslNumber: '6135015200002',
        quantity: 500,
        unitOfIssue: 'EA',
        unitCostCents: 1_000,
        mde: false,
        sme: false,
        eeum: false,
        sourceOfSupply: 'S',
        deliveryPeriod: '3 months',
      },
    ],
    notes: [],
    paymentSchedule: [],
  });
  // The lifecycle to implementation is the cases area's (tested there); here the case is set implemented directly.
  await db.update(loaVersions).set({ state: 'issued' }).where(eq(loaVersions.caseId, created.id));
  await db.update(cases).set({ status: 'implemented' }).where(eq(cases.id, created.id));
  if (options.controlPlanOn)
    await db
      .insert(eumCertifications)
      .values({ partnerCode, kind: 'control_plan', reference: `CP-${partnerCode}`, certifiedOn: options.controlPlanOn })
      .onConflictDoNothing();
  return created;
}
