// The NPOR and TSFD part of the demo data set, written through the services as the demo actor (audited like anyone's
// writes): TSFD requests in every state (one a priority review), an anticipatory policy covering NATO members, NPOR
// requests in every state, and the NPOR determinations the demo offers of NPOR lines need (prepareOffer).
import { and, asc, eq, sql } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { addDays } from '../../../platform/dates.ts';
import type { DemoContext, DemoLoader } from '../../area-module.ts';
import { cases, loaLines, loaVersions } from '../../cases/public.ts';
import { addNporType, createNporRequest, moveNporRequest } from '../npor/npor-service.ts';
import type { NporAction } from '../npor/rules/npor-workflow.ts';
import { nporTypes } from '../npor/schema.ts';
import { weaponSystems } from '../schema.ts';
import type { TsfdStatus } from './rules/tsfd-workflow.ts';
import {
  createTsfdPolicy,
  createTsfdRequest,
  linkTsfdRequest,
  recordDetermination,
  referTsfdRequest,
  withdrawTsfdRequest,
} from './tsfd-service.ts';

/** Systems the demo's requests concern; the catalogue's own service (part A) may have made them already. */
const SYSTEMS = [
  {
    name: 'F-16 Block 70/72',
    sme: true,
    mde: true,
    technologyAreas: ['electronic_warfare', 'data_links_waveforms', 'anti_tamper', 'comsec'],
  },
  { name: 'MQ-9B SkyGuardian', sme: true, mde: true, technologyAreas: ['mtcr', 'data_links_waveforms', 'pnt_gps', 'anti_tamper'] },
  { name: 'AN/PVS-31A binocular night vision device', sme: true, mde: false, technologyAreas: ['night_vision'] },
];

async function demoSystems(db: Db) {
  for (const s of SYSTEMS) await db.insert(weaponSystems).values(s).onConflictDoNothing({ target: weaponSystems.name });
  const rows = await db.select().from(weaponSystems);
  return SYSTEMS.map((s) => rows.find((r) => r.name === s.name)!);
}

/** A draft case of the partner with no marking and no TSFD request yet, to show the gate on. */
async function draftCase(db: Db, partnerCode: string, skip: readonly string[]) {
  const rows = await db
    .select({ id: cases.id })
    .from(cases)
    .where(and(eq(cases.partnerCode, partnerCode), eq(cases.status, 'draft'), sql`cardinality(${cases.markings}) = 0`))
    .orderBy(asc(cases.identifier));
  return rows.find((r) => !skip.includes(r.id))?.id ?? null;
}

const TSFD_STOPS: TsfdStatus[] = ['received', 'in_review', 'approved', 'approved_with_conditions', 'denied', 'withdrawn', 'in_review'];

async function loadTsfd(ctx: DemoContext) {
  const { db, actor, today } = ctx;
  const systems = await demoSystems(db);
  const partners = ['PL', 'SA', 'AT', 'QA', 'JA', 'AE', 'GR'].filter((c) => ctx.partnerCodes.includes(c));
  const pick = (i: number) => partners[i % partners.length] ?? ctx.partnerCodes[i % ctx.partnerCodes.length]!;
  await createTsfdPolicy(db, actor, {
    title: 'Night vision devices for NATO members (demo)',
    groupCode: 'NATO',
    technologyAreas: ['night_vision'],
    summary: 'Generation 3 image-intensifier devices releasable to NATO members with the standard security plan.',
    effectiveOn: addDays(today, -400),
    expiresOn: null,
  });
  const linked: string[] = [];
  for (const [i, stop] of TSFD_STOPS.entries()) {
    const system = systems[i % systems.length]!;
    const partnerCode = i === 6 ? (ctx.partnerCodes.includes('PL') ? 'PL' : pick(i)) : pick(i);
    const day = (n: number) => addDays(today, -60 + i + n);
    let r = await createTsfdRequest(
      db,
      actor,
      {
        partnerCode,
        systemId: system.id,
        title: `${system.name} release for ${partnerCode}`,
        summary: 'Pre-LOR assessment of the configuration the partner asked about.',
        preLorAssessmentOn: day(0),
        preLorAssessmentReference: `PLAR-${partnerCode}-${String(i + 1).padStart(2, '0')}`,
        priority: i === 1,
        priorityReason: i === 1 ? 'Senior-leader engagement: Secretary-level commitment' : '',
      },
      today,
    );
    if (stop === 'received') continue;
    if (stop === 'withdrawn') {
      await withdrawTsfdRequest(db, actor, r.id, { version: r.version, reason: 'The partner chose a different system' });
      continue;
    }
    // The gate on a draft case: an open review (it cannot go to review) and an approval with conditions (its note carried).
    if (stop === 'in_review' || stop === 'approved_with_conditions') {
      const caseId = await draftCase(db, partnerCode, linked);
      if (caseId) {
        linked.push(caseId);
        r = await linkTsfdRequest(db, actor, r.id, { version: r.version, caseRef: caseId, lorId: null });
      }
    }
    for (const area of system.technologyAreas.slice(0, 2))
      r = await referTsfdRequest(
        db,
        actor,
        r.id,
        { version: r.version, body: `${area.replaceAll('_', ' ')} review`, technologyArea: area, referredOn: day(2) },
        today,
      );
    if (stop === 'in_review') continue;
    for (const [n, review] of r.reviews.entries()) {
      const last = n === r.reviews.length - 1;
      const determination = !last ? 'approved' : stop === 'denied' ? 'denied' : stop;
      r = await recordDetermination(
        db,
        actor,
        r.id,
        review.id,
        {
          version: r.version,
          determination,
          conditions:
            determination === 'approved_with_conditions'
              ? 'Export configuration only; anti-tamper measures installed before delivery.'
              : '',
          determinedOn: day(20),
        },
        today,
      );
    }
  }
}

const NPOR_STOPS: NporAction[][] = [
  [],
  ['coi_review'],
  ['coi_review', 'determine_actionable'],
  ['determine_not_actionable'],
  ['coi_review', 'determine_not_actionable', 'send_negative_response'],
  ['coi_review', 'determine_actionable', 'designate_lead_ia'],
  ['coi_review', 'determine_actionable', 'designate_lead_ia', 'fund'],
  ['withdraw'],
];

const MOVE_FIELDS: Partial<Record<NporAction, Record<string, unknown>>> = {
  coi_review: { recommendation: 'The Community of Interest recommends proceeding through an implementing agency with the capability.' },
  send_negative_response: { negativeResponseReference: 'Negative LOR response letter' },
  designate_lead_ia: { leadAgencyCode: 'B' },
  fund: { preLorFundingCents: 150_000_00, caseDevelopmentFundingCents: 400_000_00, fundingSource: 'Partner national funds (pre-LOR)' },
};

async function moveThrough(ctx: DemoContext, id: string, version: number, actions: readonly NporAction[], date: string) {
  let v = version;
  for (const action of actions) {
    const reason = action === 'determine_not_actionable' ? 'No U.S. source can support the item' : `Demo: ${action.replaceAll('_', ' ')}`;
    v = (await moveNporRequest(ctx.db, ctx.actor, id, { action, version: v, date, reason, ...MOVE_FIELDS[action] }, ctx.today)).version;
  }
}

async function loadNpor(ctx: DemoContext) {
  const { db, actor, today } = ctx;
  const [known] = await db.select().from(nporTypes).where(eq(nporTypes.code, 'DEMO'));
  if (!known)
    await addNporType(db, actor, {
      code: 'DEMO',
      name: 'Demonstration type (an administrator replaces it with the DSCA 21-50 types)',
      source: 'Demo data; DSCA 21-50 names the types',
    });
  for (const [i, actions] of NPOR_STOPS.entries()) {
    const partnerCode = ctx.partnerCodes[(i * 5 + 2) % ctx.partnerCodes.length]!;
    const r = await createNporRequest(
      db,
      actor,
      {
        partnerCode,
        title: `Counter-UAS kit not managed by a military department (${i + 1})`,
        description: 'Commercially developed item the partner asked for through FMS.',
        receivedOn: addDays(today, -90 + i),
        nporType: 'DEMO',
      },
      today,
    );
    await moveThrough(ctx, r.id, r.version, actions, addDays(today, -30 + i));
  }
  return NPOR_STOPS.length;
}

export const nporTsfdDemo: DemoLoader = {
  order: 70,
  async load(ctx) {
    // TSFD requests are not counted here: the seeding summary is in the audit log, which every auditor reads.
    await loadTsfd(ctx);
    return { nporRequests: await loadNpor(ctx) };
  },
  /** Before a demo LOA with NPOR lines is offered: the NPOR request for it, determined actionable as a careful user would. */
  async prepareOffer(ctx, offer) {
    const npor = await ctx.db
      .select({ lineNumber: loaLines.lineNumber })
      .from(loaLines)
      .innerJoin(loaVersions, eq(loaVersions.id, loaLines.versionId))
      .where(and(eq(loaVersions.caseId, offer.caseId), eq(loaVersions.number, 0), eq(loaLines.programOfRecord, false)));
    if (!npor.length) return;
    const date = offer.offerDate < ctx.today ? offer.offerDate : ctx.today;
    const r = await createNporRequest(
      ctx.db,
      ctx.actor,
      { partnerCode: offer.partnerCode, title: `NPOR lines of ${offer.title}`, receivedOn: date, caseRef: offer.caseId },
      ctx.today,
    );
    await moveThrough(ctx, r.id, r.version, ['coi_review', 'determine_actionable'], date);
  },
};
