// The weapons area's part of the demo data set, written through the services: systems, companies, the ombudsman's
// target (an administrator's demo value: the source leaves it open), inquiries in each queue, an advocacy request in
// each state, competitions in every stage, and forecast rows for this and the next fiscal year. Small in both sizes.
import { and, eq, isNotNull, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import type { Principal } from '../../platform/access/policy.ts';
import { addDays, fiscalYearOf } from '../../platform/dates.ts';
import { users } from '../../platform/users/schema.ts';
import type { DemoLoader } from '../area-module.ts';
import { cases, loaVersions } from '../cases/public.ts';
import { createAdvocacy, moveAdvocacyRequest } from './advocacy-service.ts';
import { createCompetition, updateCompetition } from './competition-service.ts';
import { createForecastRow } from './forecast-service.ts';
import { closeInquiry, createCompany, createInquiry, createTarget, respondToInquiry, updateInquiry } from './inquiry-service.ts';
import type { AdvocacyAction } from './rules/advocacy.ts';
import type { TechnologyArea } from './rules/technology-areas.ts';
import { createSystem } from './systems-service.ts';

const M = 1_000_000 * 100;

const SYSTEMS: {
  name: string;
  sme: boolean;
  mde: boolean;
  technologyAreas: TechnologyArea[];
  productionNotes: string;
  obsolescenceNotes: string;
  exportPolicyNotes: string;
}[] = [
  {
    name: 'F-16 Block 70',
    sme: true,
    mde: true,
    technologyAreas: ['electronic_warfare', 'data_links_waveforms', 'comsec', 'pnt_gps', 'anti_tamper'],
    productionNotes: 'Greenville line; deliveries scheduled several years out',
    obsolescenceNotes: 'Earlier blocks upgraded to the Block 70 configuration (V-model)',
    exportPolicyNotes: 'Link 16 and crypto releasable through COMSEC review',
  },
  {
    name: 'AIM-120 AMRAAM',
    sme: true,
    mde: true,
    technologyAreas: ['mtcr', 'anti_tamper', 'data_links_waveforms'],
    productionNotes: 'Production expanded; multi-year procurement',
    obsolescenceNotes: 'C-7 and C-8 variants; D variant not released for export',
    exportPolicyNotes: 'Export variant only',
  },
  {
    name: 'Patriot PAC-3 MSE',
    sme: true,
    mde: true,
    technologyAreas: ['mtcr', 'anti_tamper', 'comsec', 'electronic_warfare'],
    productionNotes: 'Camden interceptor line; constrained seeker production',
    obsolescenceNotes: '',
    exportPolicyNotes: '',
  },
  {
    name: 'AH-64E Apache',
    sme: true,
    mde: true,
    technologyAreas: ['night_vision', 'data_links_waveforms', 'electronic_warfare', 'anti_tamper'],
    productionNotes: '',
    obsolescenceNotes: 'Version 6 configuration',
    exportPolicyNotes: '',
  },
  {
    name: 'MQ-9B SkyGuardian',
    sme: true,
    mde: true,
    technologyAreas: ['mtcr', 'data_links_waveforms', 'geospatial_intelligence', 'intelligence', 'pnt_gps'],
    productionNotes: '',
    obsolescenceNotes: '',
    exportPolicyNotes: 'MTCR Category I presumption of denial weighed case by case',
  },
  {
    name: 'Javelin',
    sme: true,
    mde: false,
    technologyAreas: ['night_vision', 'anti_tamper'],
    productionNotes: 'Joint venture line; rate increase under way',
    obsolescenceNotes: '',
    exportPolicyNotes: '',
  },
];

const COMPANIES = [
  { name: 'Northfield Aerospace Corp.', sizeCategory: 'other_than_small' as const, cageCode: '1NF42' },
  { name: 'Bayline Missile Systems', sizeCategory: 'other_than_small' as const, cageCode: '3BM07' },
  { name: 'Ridgeway Optics LLC', sizeCategory: 'small' as const, cageCode: '7RW19' },
  { name: 'Coastal Rotorcraft Inc.', sizeCategory: 'other_than_small' as const, cageCode: '0CR55' },
  { name: 'Summit Datalink Solutions', sizeCategory: 'small' as const, cageCode: null },
];

async function partnerCases(db: Db, partnerCode: string) {
  return db
    .select({ id: cases.id, offerDate: loaVersions.offerDate, acceptedOn: loaVersions.acceptedOn })
    .from(cases)
    .innerJoin(loaVersions, and(eq(loaVersions.caseId, cases.id), eq(loaVersions.number, 0)))
    .where(and(eq(cases.partnerCode, partnerCode), sql`cardinality(${cases.markings}) = 0`, isNotNull(loaVersions.offerDate)))
    .limit(3);
}

async function load(db: Db, actor: Principal, today: string, partnerCodes: readonly string[]) {
  const at = (day: number) => addDays(today, day);
  const pick = (i: number) => partnerCodes[i % partnerCodes.length]!;
  const systems: { id: string }[] = [];
  for (const s of SYSTEMS) systems.push(await createSystem(db, actor, s));
  const companies: { id: string }[] = [];
  for (const c of COMPANIES) companies.push(await createCompany(db, actor, c));
  const sys = (i: number) => systems[i % systems.length]!.id;
  const co = (i: number) => companies[i % companies.length]!.id;

  // The ombudsman's target: set by an administrator (the source leaves it open); before it, inquiries have no clock.
  await createTarget(
    db,
    actor,
    {
      effectiveFrom: at(-120),
      days: 10,
      source: 'Demo data: an administrator’s target for the demonstration, not a number from the source',
    },
    today,
  );
  const [analyst] = await db.select({ id: users.id }).from(users).where(eq(users.username, 'weapons'));

  // Inquiries: mine (assigned to the demo weapons analyst), unassigned, overdue, answered, closed, before any target.
  const inquiry = (i: number, day: number, question: string, partner: string | null = pick(i)) =>
    createInquiry(
      db,
      actor,
      {
        companyId: co(i),
        contactName: ['Dana Reyes', 'Lee Okafor', 'Sam Whitfield', 'Alex Moreau', 'Kim Tanaka'][i % 5],
        contactEmail: `contact${i}@example.com`,
        partnerCode: partner,
        systemId: sys(i),
        question,
        channel: (['email', 'phone', 'letter', 'meeting', 'web_form'] as const)[i % 5],
        receivedOn: at(day),
      },
      today,
    );
  const mine = await inquiry(0, -3, 'Status of the partner’s LOR for additional aircraft; can industry brief the partner directly?');
  if (analyst) await updateInquiry(db, actor, mine.id, { version: mine.version, assigneeId: analyst.id }, today);
  await inquiry(1, -2, 'Is an FMS case or a DCS licence the expected route for the partner’s missile buy?');
  await inquiry(2, -30, 'A small business asks how to become a subcontractor on an FMS case for night-vision devices.');
  const answered = await inquiry(3, -20, 'Timeline for the TSFD review of a rotorcraft sale; what industry can provide.');
  const a1 = await respondToInquiry(
    db,
    actor,
    answered.id,
    { version: answered.version, respondedOn: at(-15), body: 'The review is under way; we will update the company when it concludes.' },
    today,
  );
  if (analyst) await updateInquiry(db, actor, a1.id, { version: a1.version, assigneeId: analyst.id }, today);
  const closed = await inquiry(4, -60, 'Request for advocacy support in a partner’s datalink competition.');
  const c1 = await respondToInquiry(
    db,
    actor,
    closed.id,
    { version: closed.version, respondedOn: at(-52), body: 'Referred to the Advocacy Center; questionnaire sent.' },
    today,
  );
  await closeInquiry(
    db,
    actor,
    c1.id,
    { version: c1.version, closedOn: at(-40), outcome: 'advocacy_opened', outcomeNote: 'Advocacy request opened' },
    today,
  );
  await inquiry(5, -150, 'General question on export policy for unmanned aircraft (received before any target was set: no clock).', null);

  // Advocacy: one request in each state, in the Advocacy Center's order.
  const questionnaire = (i: number) => ({
    saleChannel: (i % 2 ? 'dcs' : 'fms') as 'dcs' | 'fms',
    valueCents: (150 + 40 * i) * M,
    usContentPercent: 70 + i,
    bidderOfRecord: COMPANIES[i % COMPANIES.length]!.name,
    licenceInformation: i % 2 ? 'DSP-5 application submitted' : 'FMS: LOR received through the embassy',
    assistanceRequested: 'Ambassador’s letter to the minister of defence; meeting at the air show',
    decisionDate: at(120 + 30 * i),
    decisionMaker: 'Minister of Defence',
    competitors: ['Eurofighter consortium', 'Saab'],
  });
  const steps: [AdvocacyAction, string][] = [
    ['file_agreement', ''],
    ['complete_due_diligence', 'No derogatory information; beneficial ownership confirmed'],
    ['determine_national_interest', 'In the U.S. national interest: interoperability with U.S. forces and U.S. jobs'],
    ['set_strategy', 'Embassy engagement with the ministry; senior-leader letter before the decision'],
  ];
  const plans: { upTo: number; end?: 'decline' | 'withdraw'; complete: boolean }[] = [
    { upTo: 0, complete: false },
    { upTo: 1, complete: true },
    { upTo: 2, complete: true },
    { upTo: 3, complete: true },
    { upTo: 4, complete: true },
    { upTo: 2, end: 'decline', complete: true },
    { upTo: 1, end: 'withdraw', complete: true },
  ];
  for (const [i, plan] of plans.entries()) {
    const q = questionnaire(i);
    let adv = await createAdvocacy(
      db,
      actor,
      {
        companyId: co(i),
        partnerCode: pick(i + 2),
        systemId: sys(i),
        ...(plan.complete ? q : { saleChannel: q.saleChannel, valueCents: q.valueCents, bidderOfRecord: q.bidderOfRecord }),
      },
      today,
    );
    for (const [action, text] of steps.slice(0, plan.upTo))
      adv = await moveAdvocacyRequest(
        db,
        actor,
        adv.id,
        { version: adv.version, action, on: at(-60 + 10 * steps.findIndex(([a]) => a === action)), reason: 'Demo', text },
        today,
      );
    if (plan.end)
      await moveAdvocacyRequest(
        db,
        actor,
        adv.id,
        {
          version: adv.version,
          action: plan.end,
          on: at(-5),
          reason: plan.end === 'decline' ? 'Due diligence raised unresolved concerns' : 'The company withdrew its bid',
        },
        today,
      );
  }

  // Competitions in every stage; one with two U.S. bidders (no single-offer advocacy), one with one left (marked).
  const none = { planned: null, actual: null };
  const stages: {
    title: string;
    partner: number;
    actual: number;
    cancelled?: boolean;
    bidders: { name: string; us: boolean; active: boolean }[];
  }[] = [
    {
      title: 'Multirole fighter replacement',
      partner: 0,
      actual: 0,
      bidders: [
        { name: 'Northfield Aerospace Corp.', us: true, active: true },
        { name: 'Eurofighter consortium', us: false, active: true },
      ],
    },
    {
      title: 'Medium-range air defence',
      partner: 1,
      actual: 1,
      bidders: [
        { name: 'Bayline Missile Systems', us: true, active: true },
        { name: 'Raytheon-Lockheed team', us: true, active: true },
        { name: 'SAMP/T NG', us: false, active: true },
      ],
    },
    {
      title: 'Attack helicopter',
      partner: 2,
      actual: 2,
      bidders: [
        { name: 'Coastal Rotorcraft Inc.', us: true, active: true },
        { name: 'Airbus Tiger', us: false, active: true },
      ],
    },
    {
      title: 'Maritime patrol UAS',
      partner: 3,
      actual: 3,
      bidders: [
        { name: 'Summit Datalink Solutions team', us: true, active: true },
        { name: 'Northfield Aerospace Corp.', us: true, active: false },
        { name: 'Heron TP', us: false, active: true },
      ],
    },
    {
      title: 'Anti-armour missile',
      partner: 4,
      actual: 4,
      bidders: [
        { name: 'Javelin JV', us: true, active: true },
        { name: 'Spike', us: false, active: false },
      ],
    },
    {
      title: 'Trainer aircraft',
      partner: 5,
      actual: 1,
      cancelled: true,
      bidders: [
        { name: 'Northfield Aerospace Corp.', us: true, active: true },
        { name: 'KAI', us: false, active: true },
      ],
    },
  ];
  const keys = ['rfp', 'bids_due', 'down_select', 'award'] as const;
  for (const [i, s] of stages.entries()) {
    const partnerCode = pick(s.partner);
    const milestones = Object.fromEntries(
      keys.map((k, n) => [k, { planned: at(-200 + 60 * n), actual: n < s.actual ? at(-195 + 60 * n) : null }]),
    ) as Record<(typeof keys)[number], { planned: string; actual: string | null }>;
    const awarded = s.actual === 4;
    const resulting = awarded ? (await partnerCases(db, partnerCode)).map((c) => c.id).slice(0, 1) : [];
    const cmp = await createCompetition(
      db,
      actor,
      {
        partnerCode,
        systemId: sys(i),
        title: s.title,
        requirement: `${s.title}: the partner’s capability requirement as stated in its solicitation`,
        saleRoute: (['fms', 'dcs', 'both'] as const)[i % 3],
        bidders: s.bidders,
        briefingPolicy: i % 2 ? 'attend_none' : 'attend_all',
        neutralityNote: 'U.S. staff attend all U.S. bidders’ briefings or none',
        milestones:
          s.actual === 0
            ? {
                ...milestones,
                rfp: { planned: at(20), actual: null },
                bids_due: { planned: at(80), actual: null },
                down_select: none,
                award: none,
              }
            : milestones,
        policyIssues:
          i === 1
            ? [
                {
                  issue: 'Industry asked whether FMS support can be committed to a DCS offer',
                  raisedOn: at(-90),
                  resolution: 'No: industry cannot commit FMS support to a DCS deal (DSCA 09-32)',
                  resolvedOn: at(-85),
                },
              ]
            : [],
        outcome: awarded ? 'Awarded to the U.S. bidder; LOA offered' : '',
        winner: awarded ? s.bidders[0]!.name : '',
        cancelledOn: s.cancelled ? at(-30) : null,
        caseIds: resulting,
      },
      today,
    );
    if (activeOneUs(s.bidders) && i === 3) await updateCompetition(db, actor, cmp.id, { version: cmp.version, singleOfferAdvocacy: true });
  }

  // Forecast: this and next fiscal year, for the partners with offered cases (so the comparison has something to show).
  const fy = fiscalYearOf(today);
  let rows = 0;
  for (const [i, partnerCode] of partnerCodes.slice(0, 6).entries()) {
    for (const [n, year] of [fy, fy + 1].entries()) {
      await createForecastRow(db, actor, {
        partnerCode,
        systemId: sys(i + n),
        fiscalYear: year,
        description: `${SYSTEMS[(i + n) % SYSTEMS.length]!.name}: expected ${n ? 'follow-on' : 'initial'} case`,
        valueCents: (80 + 35 * i + 20 * n) * M,
        highlyProbable: (i + n) % 2 === 0,
        likelihoodPercent: (i + n) % 2 === 0 ? null : 40 + 5 * i,
      });
      rows++;
    }
  }
  return {
    weaponSystems: systems.length,
    weaponCompanies: companies.length,
    weaponInquiries: 6,
    weaponAdvocacy: plans.length,
    weaponCompetitions: stages.length,
    weaponForecastRows: rows,
  };
}

const activeOneUs = (bidders: { us: boolean; active: boolean }[]) => bidders.filter((b) => b.us && b.active).length === 1;

/** After cases (competitions and inquiries link to them). */
export const weaponsDemo: DemoLoader = {
  order: 70,
  async load({ db, actor, today, partnerCodes }) {
    const demoPartners = ['PL', 'RO', 'SA', 'KU', 'AE', 'JA', 'TW'].filter((c) => partnerCodes.includes(c));
    const partners = demoPartners.length >= 3 ? demoPartners : partnerCodes;
    return load(db, actor, today, partners);
  },
};
