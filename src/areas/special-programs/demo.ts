// The special programs' demo: USAI money of FY17 (withheld, the reform certification not recorded) and FY19 (released by
// the certification of 23 May 2019, GAO B-331564, obligated after its 15-day notice), and CTEF recipients in Iraq — one
// vetted, one whose vetting expires within the month, one not vetted — with CTEF money obligated to the vetted one.
// Amounts and names are illustrative; the conditions are the seeded [confirmed] rows. Written through the services.
import { addDays, fiscalYearOf } from '../../platform/dates.ts';
import type { DemoContext, DemoLoader } from '../area-module.ts';
import { createAppropriation, obligate } from '../funds/public.ts';
import { listConditions } from './conditions/condition-service.ts';
import { recordCertification, recordNotice } from './conditions/record-service.ts';
import { createRecipient, recordVetting } from './vetting/vetting-service.ts';

const UKRAINE = 'UP';
const IRAQ = 'IZ';

async function conditionOf(ctx: DemoContext, program: string, fiscalYear: number, kind: string) {
  const found = (await listConditions(ctx.db, ctx.actor, { program, fiscalYear }, ctx.today)).items.find((c) => c.kind === kind);
  if (!found) throw new Error(`the seeded ${program} FY${fiscalYear} ${kind} condition is missing`);
  return found;
}

async function loadUsai(ctx: DemoContext) {
  const { db, actor, today, wiring } = ctx;
  const gates = wiring.obligationGates;
  const fy17 = await createAppropriation(
    db,
    actor,
    { programCode: 'USAI', partnerCode: UKRAINE, fiscalYear: 2017, name: 'USAI FY2017', amountCents: 350_000_000_00, statedYear: 2018 },
    today,
  );
  await obligate(
    db,
    actor,
    fy17.id,
    { amountCents: 120_000_000_00, partnerCode: UKRAINE, onDate: '2017-03-15', description: 'Training' },
    today,
    gates,
  );

  const fy19 = await createAppropriation(
    db,
    actor,
    { programCode: 'USAI', partnerCode: UKRAINE, fiscalYear: 2019, name: 'USAI FY2019', amountCents: 250_000_000_00, statedYear: 2020 },
    today,
  );
  const certification = await conditionOf(ctx, 'USAI', 2019, 'withheld_until_certification');
  await recordCertification(
    db,
    actor,
    certification.id,
    {
      certifiedOn: '2019-05-23',
      certifiedBy: 'Secretary of Defense, with the concurrence of the Secretary of State',
      documentRef: 'Certification of 23 May 2019 (GAO B-331564)',
    },
    today,
  );
  const notice = await conditionOf(ctx, 'USAI', 2019, 'advance_notice');
  await recordNotice(
    db,
    actor,
    notice.id,
    {
      partnerCode: UKRAINE,
      givenOn: '2019-06-03',
      amountCents: 180_000_000_00,
      documentRef: 'Notice to the congressional defense committees',
    },
    today,
  );
  await obligate(
    db,
    actor,
    fy19.id,
    { amountCents: 180_000_000_00, partnerCode: UKRAINE, onDate: '2019-06-18', description: 'Equipment' },
    today,
    gates,
  );
  return 2;
}

async function loadVetting(ctx: DemoContext) {
  const { db, actor, today, wiring } = ctx;
  const units = [
    { name: 'Counter-Terrorism Service, 1st Brigade', vettedDaysAgo: 200, validDays: 365 },
    { name: 'Border Guard Regiment 4', vettedDaysAgo: 340, validDays: 360 },
    { name: 'Provincial Police Battalion 12', vettedDaysAgo: null, validDays: 0 },
  ];
  const ids: string[] = [];
  for (const u of units) {
    const recipient = await createRecipient(db, actor, { partnerCode: IRAQ, kind: 'unit', name: u.name }, today);
    ids.push(recipient.id);
    if (u.vettedDaysAgo === null) continue;
    const vettedOn = addDays(today, -u.vettedDaysAgo);
    await recordVetting(
      db,
      actor,
      recipient.id,
      {
        vettedBy: 'Security Cooperation Office, Baghdad',
        vettedOn,
        result: 'cleared',
        expiresOn: addDays(vettedOn, u.validDays),
        documentRef: `Vetting memorandum ${vettedOn}`,
      },
      today,
    );
  }
  const fiscalYear = fiscalYearOf(today);
  const ctef = await createAppropriation(
    db,
    actor,
    {
      programCode: 'CTEF',
      partnerCode: IRAQ,
      fiscalYear,
      name: `CTEF FY${fiscalYear} Iraq`,
      amountCents: 80_000_000_00,
      statedYear: fiscalYear + 1,
    },
    today,
  );
  await obligate(
    db,
    actor,
    ctef.id,
    { amountCents: 12_500_000_00, partnerCode: IRAQ, recipientId: ids[0]!, onDate: today, description: 'Equipment for a vetted unit' },
    today,
    wiring.obligationGates,
  );
  return units.length;
}

export const specialProgramsDemo: DemoLoader = {
  order: 35,
  async load(ctx) {
    const appropriations = await loadUsai(ctx);
    const recipients = await loadVetting(ctx);
    return { 'special-program appropriations': appropriations + 1, recipients };
  },
};
