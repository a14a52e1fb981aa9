// The EDA part of the demo data set: a few declarations and requests in every state of the workflow, written through the
// services as the demo actor (so audited like anyone's writes). Values stay below $7M so no FAA 516(f) notice is needed.
import type { DemoContext, DemoLoader } from '../area-module.ts';
import { createDeclaration } from './declaration-service.ts';
import { createRequest, setRequestValue } from './request-service.ts';
import { recordReview } from './review-service.ts';
import { STANDARD_OFFICES } from './rules/review-scope.ts';
import { transitionRequest } from './workflow-service.ts';

type Stop = 'draft' | 'proposed' | 'in_review' | 'objected' | 'committee_approved' | 'authorized' | 'transferred' | 'withdrawn';
const STOPS: Stop[] = ['draft', 'proposed', 'in_review', 'objected', 'committee_approved', 'authorized', 'transferred', 'withdrawn'];
/** Partners that have received EDA, where the data set has them (customer codes). */
const RECIPIENTS = ['GR', 'PL', 'RO', 'BU', 'TU', 'PO', 'JO', 'MO'];

const DECLARATIONS = [
  {
    militaryDepartment: 'army',
    nsn: '2320-01-107-7155',
    maslNumber: 'B23201071',
    nomenclature: 'Truck, utility, M998 HMMWV',
    quantity: 40,
    conditionCode: 'B',
    unitAcquisitionValueCents: 65_000_00,
    location: 'Sierra Army Depot, CA',
  },
  {
    militaryDepartment: 'air_force',
    nsn: '1560-01-456-7890',
    maslNumber: 'D15601456',
    nomenclature: 'C-130H spare wing sets',
    quantity: 4,
    conditionCode: 'C',
    unitAcquisitionValueCents: 900_000_00,
    location: 'Davis-Monthan AFB, AZ',
  },
  {
    militaryDepartment: 'navy',
    nsn: '5820-01-234-5678',
    maslNumber: 'P58201234',
    nomenclature: 'Radio set AN/PRC-117F',
    quantity: 120,
    conditionCode: 'A',
    unitAcquisitionValueCents: 30_000_00,
    location: 'NAVSUP WSS Mechanicsburg, PA',
    sme: true,
  },
] as const;

async function request(ctx: DemoContext, declarationId: string, partnerCode: string, quantity: number, stop: Stop) {
  const { db, actor } = ctx;
  let r = await createRequest(db, actor, {
    partnerCode,
    declarationId,
    authority: 'grant_516',
    quantity,
    pchtPaidBy: 'recipient',
    agencyCode: 'B',
    justification: 'Demo request',
  });
  if (stop === 'draft') return;
  if (stop === 'withdrawn') {
    await transitionRequest(
      db,
      actor,
      r.id,
      {
        version: r.version,
        action: 'withdraw',
        reason: 'The partner chose new production instead',
      },
      ctx.today,
    );
    return;
  }
  r = await setRequestValue(db, actor, r.id, {
    version: r.version,
    currentValuePercent: 15,
    reason: 'Age and condition B: FMS sale value from the IA',
  });
  r = await transitionRequest(
    db,
    actor,
    r.id,
    {
      version: r.version,
      action: 'propose',
      ccmdProposal: 'Recommended by the combatant command',
    },
    ctx.today,
  );
  if (stop === 'proposed') return;
  r = await transitionRequest(
    db,
    actor,
    r.id,
    {
      version: r.version,
      action: 'allocate',
      noIndustryInitiative: true,
      noReadinessImpact: true,
      mtcrChecked: true,
    },
    ctx.today,
  );
  r = await transitionRequest(db, actor, r.id, { version: r.version, action: 'submit_for_review', reviewDueOn: ctx.today }, ctx.today);
  if (stop === 'in_review') return;
  if (stop === 'objected') {
    await recordReview(
      db,
      actor,
      r.id,
      {
        version: r.version,
        officeCode: 'STATE_PM_RSAT',
        decision: 'object',
        comments: 'MTCR review not attached',
      },
      ctx.today,
    );
    return;
  }
  for (const officeCode of STANDARD_OFFICES)
    r = await recordReview(db, actor, r.id, { version: r.version, officeCode, decision: 'concur' }, ctx.today);
  r = await transitionRequest(db, actor, r.id, { version: r.version, action: 'committee_approve' }, ctx.today);
  if (stop === 'committee_approved') return;
  r = await transitionRequest(db, actor, r.id, { version: r.version, action: 'authorize' }, ctx.today);
  if (stop === 'transferred') await transitionRequest(db, actor, r.id, { version: r.version, action: 'transfer' }, ctx.today);
}

export const edaDemo: DemoLoader = {
  order: 50,
  async load(ctx) {
    const declarations = [];
    for (const d of DECLARATIONS)
      declarations.push(
        await createDeclaration(ctx.db, ctx.actor, { ...d, serialNumbers: [], availableOn: ctx.today, location: d.location }),
      );
    const known = RECIPIENTS.filter((c) => ctx.partnerCodes.includes(c));
    const partners = known.length ? known : ctx.partnerCodes.slice(0, STOPS.length);
    for (const [i, stop] of STOPS.entries()) {
      const partner = partners[i % partners.length];
      if (partner) await request(ctx, declarations[i % declarations.length]!.id, partner, 2, stop);
    }
    return { edaDeclarations: declarations.length, edaRequests: partners.length ? STOPS.length : 0 };
  },
};
