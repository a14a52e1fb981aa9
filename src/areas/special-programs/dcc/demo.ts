// FMF/DCC demo: one FMF grant for each demo partner and a request in each state of DSCA's review, the approved one
// with an advance requested; written through the services as the demo actor, dated around the demo's today.
import { addDays } from '../../../platform/dates.ts';
import type { DemoContext } from '../../area-module.ts';
import { createAppropriation } from '../../funds/public.ts';
import { addDccDocument, disburseDcc, markDccChecklist, transitionDcc } from './dcc-moves.ts';
import { createDcc } from './dcc-service.ts';
import { DCC_CHECKLIST } from './rules/dcc-status.ts';
import { editionRow } from './rules/editions.ts';

const M = 1_000_000 * 100;
type Stage = 'draft' | 'submitted' | 'approved' | 'rejected';

const REQUESTS: { partnerCode: string; prime: string; items: string; value: number; nonUs: number; awardDays: number; stage: Stage }[] = [
  {
    partnerCode: 'IS',
    prime: 'Meridian Aerostructures Inc.',
    items: 'Transport aircraft spares and depot repair',
    value: 42 * M,
    nonUs: 3 * M,
    awardDays: -200,
    stage: 'approved',
  },
  {
    partnerCode: 'IS',
    prime: 'Harbor Marine Systems LLC',
    items: 'Patrol craft engines and training',
    value: 18 * M,
    nonUs: 0,
    awardDays: -60,
    stage: 'submitted',
  },
  {
    partnerCode: 'JO',
    prime: 'Ridgeline Communications Corp.',
    items: 'Tactical radios and installation services',
    value: 9 * M,
    nonUs: 1 * M,
    awardDays: -30,
    stage: 'draft',
  },
  {
    partnerCode: 'EG',
    prime: 'Atlas Vehicle Works',
    items: 'Armoured vehicle upgrade kits',
    value: 25 * M,
    nonUs: 12 * M,
    awardDays: -150,
    stage: 'rejected',
  },
];

export async function loadDccDemo({ db, actor, today, wiring }: DemoContext) {
  const fiscalYear = Number(today.slice(0, 4)) + (today.slice(5) >= '10-01' ? 1 : 0);
  for (const partnerCode of [...new Set(REQUESTS.map((r) => r.partnerCode))])
    await createAppropriation(
      db,
      actor,
      {
        programCode: 'FMF-DCC',
        partnerCode,
        fiscalYear,
        name: `FMF/DCC FY${fiscalYear} ${partnerCode}`,
        amountCents: 60 * M,
        availableUntil: addDays(today, 700),
      },
      today,
    );
  for (const spec of REQUESTS) {
    const awardDate = addDays(today, spec.awardDays);
    let request = await createDcc(
      db,
      actor,
      {
        partnerCode: spec.partnerCode,
        primeContractor: spec.prime,
        contractNumber: `DCC-${awardDate.slice(0, 4)}-${spec.prime.slice(0, 3).toUpperCase()}`,
        contractValueCents: spec.value,
        nonUsContentCents: spec.nonUs,
        awardDate,
        itemsAndServices: spec.items,
      },
      today,
    );
    if (spec.stage === 'draft') continue;
    for (const kind of editionRow(request.edition).requiredDocuments)
      request = await addDccDocument(
        db,
        actor,
        request.id,
        { version: request.version, kind, reference: `${request.reference}/${kind}`, receivedOn: addDays(awardDate, 10) },
        today,
      );
    request = await transitionDcc(db, actor, request.id, { version: request.version, action: 'submit' }, today);
    if (spec.stage === 'submitted') continue;
    if (spec.stage === 'rejected') {
      await transitionDcc(
        db,
        actor,
        request.id,
        { version: request.version, action: 'reject', reason: 'Non-U.S. content not supported by the subcontractors’ certifications' },
        today,
      );
      continue;
    }
    for (const item of DCC_CHECKLIST)
      request = await markDccChecklist(db, actor, request.id, { version: request.version, item, done: true });
    request = await transitionDcc(
      db,
      actor,
      request.id,
      { version: request.version, action: 'approve', reason: 'U.S. content verified' },
      today,
    );
    // 40 calendar days hold at least 15 business days whatever the holidays.
    const disbursementOn = addDays(today, 40);
    await disburseDcc(
      db,
      actor,
      request.id,
      {
        version: request.version,
        amountCents: 10 * M,
        requestedOn: today,
        disbursementOn,
        usFlagAttested: true,
        usFlagNote: 'Shipped on U.S.-flag vessels',
      },
      today,
      wiring.obligationGates,
    );
  }
  return { dccRequests: REQUESTS.length };
}
