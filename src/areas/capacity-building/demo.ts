// The capacity-building part of the demo: a proposal in every state of the state machine (the notices made and moved
// through the notifications area's own service), BPC cases made from the approved ones, and case reviews with their
// checklist, findings and actions. Deterministic: the same days relative to `today`, the same partners and values.
import { and, asc, eq, ne } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import type { Principal } from '../../platform/access/policy.ts';
import { addDays, fiscalYearOf } from '../../platform/dates.ts';
import type { DemoLoader } from '../area-module.ts';
import { cases } from '../cases/public.ts';
import { createAppropriation } from '../funds/public.ts';
import { transitionNotification } from '../notifications/public.ts';
import { noticeOf } from './notice.ts';
import { addChecklistItem, addNoticePeriod, listChecklistItems } from './program-service.ts';
import { applyExecutionDates, applyProposalCase, applyTransition } from './proposal-moves.ts';
import { applyAssessment, createProposal, getProposal } from './proposal-service.ts';
import { addAction, addFinding, answerChecklist, completeAction, completeReview, createReview } from './review-service.ts';
import type { ProposalAction } from './rules/proposal-status.ts';

const K = 1000 * 100;

type Step =
  | { action: ProposalAction; day: number }
  | { notice: 'notify_formally' | 'clear'; day: number }
  | { bpcCase: number }
  | { obligated: number; keyArticle?: number };

interface DemoProposal {
  partnerCode: string;
  title: string;
  recipientUnit: string;
  purposes: string[];
  costK: number;
  /** Fiscal year relative to today's. */
  fy: number;
  code: string;
  assessedDay?: number;
  steps: Step[];
}

const UNTIL_APPROVED = (start: number): Step[] => [
  { action: 'submit', day: start },
  { action: 'approve_osd', day: start + 20 },
  { action: 'concur_state', day: start + 35 },
  { action: 'notify', day: start + 40 },
  { notice: 'notify_formally', day: start + 42 },
  { notice: 'clear', day: start + 80 },
  { action: 'approve', day: start + 81 },
];

const DEMO: DemoProposal[] = [
  {
    partnerCode: 'JO',
    title: 'Border surveillance sustainment',
    recipientUnit: 'Jordan Armed Forces Border Guard Force',
    purposes: ['maritime_border_security', 'counterterrorism'],
    costK: 18_500,
    fy: 1,
    code: 'DU',
    steps: [],
  },
  {
    partnerCode: 'KE',
    title: 'Maritime domain awareness radars',
    recipientUnit: 'Kenya Navy',
    purposes: ['maritime_border_security'],
    costK: 9_200,
    fy: 1,
    code: 'DU',
    assessedDay: -40,
    steps: [{ action: 'submit', day: -30 }],
  },
  {
    partnerCode: 'TS',
    title: 'Counter-IED training and equipment',
    recipientUnit: 'Tunisian Army Special Forces Group',
    purposes: ['counterterrorism'],
    costK: 6_400,
    fy: 1,
    code: 'DV',
    assessedDay: -90,
    steps: [
      { action: 'submit', day: -80 },
      { action: 'approve_osd', day: -50 },
    ],
  },
  {
    partnerCode: 'LE',
    title: 'Light attack aircraft sustainment',
    recipientUnit: 'Lebanese Air Force',
    purposes: ['counterterrorism', 'air_domain_awareness'],
    costK: 24_000,
    fy: 1,
    code: 'DV',
    assessedDay: -120,
    steps: [
      { action: 'submit', day: -110 },
      { action: 'approve_osd', day: -80 },
      { action: 'concur_state', day: -60 },
    ],
  },
  {
    partnerCode: 'RP',
    title: 'Coastal watch station upgrade',
    recipientUnit: 'Philippine Navy Coast Watch',
    purposes: ['maritime_border_security', 'military_intelligence'],
    costK: 14_750,
    fy: 0,
    code: 'DW',
    assessedDay: -150,
    steps: [
      { action: 'submit', day: -140 },
      { action: 'approve_osd', day: -110 },
      { action: 'concur_state', day: -95 },
      { action: 'notify', day: -20 },
      { notice: 'notify_formally', day: -18 },
    ],
  },
  {
    partnerCode: 'JO',
    title: 'Counter-drone systems',
    recipientUnit: 'Jordan Quick Reaction Force',
    purposes: ['counterterrorism', 'coalition_operations'],
    costK: 11_300,
    fy: 0,
    code: 'DU',
    assessedDay: -220,
    steps: [...UNTIL_APPROVED(-210)],
  },
  {
    partnerCode: 'KE',
    title: 'Ranger battalion mobility',
    recipientUnit: 'Kenya Defence Forces Ranger Strike Force',
    purposes: ['counterterrorism'],
    costK: 21_900,
    fy: 0,
    code: 'DW',
    assessedDay: -300,
    steps: [...UNTIL_APPROVED(-290), { bpcCase: -200 }, { action: 'execute', day: -190 }, { obligated: -185 }],
  },
  {
    partnerCode: 'TS',
    title: 'Military intelligence fusion cell',
    recipientUnit: 'Tunisian Military Intelligence',
    purposes: ['military_intelligence', 'counterterrorism'],
    costK: 5_100,
    fy: -1,
    code: 'DV',
    assessedDay: -700,
    steps: [
      ...UNTIL_APPROVED(-690),
      { bpcCase: -600 },
      { action: 'execute', day: -590 },
      { obligated: -585, keyArticle: -300 },
      { action: 'complete', day: -30 },
    ],
  },
  {
    partnerCode: 'EN',
    title: 'Cyber defense training',
    recipientUnit: 'Estonian Defence Forces Cyber Command',
    purposes: ['cyberspace_security'],
    costK: 3_300,
    fy: -2,
    code: 'DU',
    assessedDay: -1000,
    steps: [
      ...UNTIL_APPROVED(-990),
      { bpcCase: -900 },
      { action: 'execute', day: -890 },
      { obligated: -880, keyArticle: -700 },
      { action: 'complete', day: -200 },
      { action: 'close', day: -100 },
    ],
  },
  {
    partnerCode: 'LE',
    title: 'Night vision devices',
    recipientUnit: 'Lebanese Armed Forces Commando Regiment',
    purposes: ['counterterrorism'],
    costK: 2_800,
    fy: 0,
    code: 'DW',
    assessedDay: -200,
    steps: [
      { action: 'submit', day: -190 },
      { action: 'withdraw', day: -150 },
    ],
  },
  {
    partnerCode: 'RP',
    title: 'Patrol craft maintenance',
    recipientUnit: 'Philippine Navy Littoral Combat Force',
    purposes: ['maritime_border_security'],
    costK: 4_600,
    fy: 1,
    code: 'DW',
    assessedDay: -100,
    steps: [
      { action: 'submit', day: -90 },
      { action: 'return', day: -60 },
    ],
  },
];

const CHECKLIST = [
  {
    code: 'CR-01',
    text: 'Case value and lines match the funds committed and obligated',
    kinds: ['periodic', 'event', 'annual_fms'] as const,
  },
  {
    code: 'CR-02',
    text: 'Delivery schedule current; every slipped date has its cause recorded',
    kinds: ['periodic', 'event', 'annual_fms'] as const,
  },
  { code: 'CR-03', text: 'Lines supply/services complete identified for closure', kinds: ['periodic', 'annual_fms'] as const },
  { code: 'CR-04', text: 'AM&E monitoring data received from the partner unit', kinds: ['periodic', 'event'] as const },
];

async function loadProposal(db: Db, actor: Principal, today: string, spec: DemoProposal, index: number) {
  const at = (day: number) => addDays(today, day);
  const fiscalYear = fiscalYearOf(today) + spec.fy;
  const cost = spec.costK * K;
  const firstDay =
    Math.min(0, spec.assessedDay ?? 0, ...spec.steps.map((s) => ('day' in s ? s.day : 'bpcCase' in s ? s.bpcCase : s.obligated))) - 5;
  const appropriation = await createAppropriation(
    db,
    actor,
    {
      programCode: 'SEC333',
      partnerCode: spec.partnerCode,
      fiscalYear,
      name: `Section 333 FY${fiscalYear} ${spec.partnerCode} (demo ${index + 1})`,
      amountCents: cost,
      // Demo money: fictional; its stated (cancelling) year a few years on, as Title 10 money's is.
      statedYear: fiscalYear + 6,
    },
    at(firstDay),
  );
  const p = await createProposal(
    db,
    actor,
    {
      programKey: 'section_333',
      partnerCode: spec.partnerCode,
      title: spec.title,
      recipientUnit: spec.recipientUnit,
      purposes: spec.purposes,
      requirement: `${spec.recipientUnit} needs ${spec.title.toLowerCase()} to carry out its mission under the theater campaign plan.`,
      capabilityGap: 'The unit cannot sustain operations beyond its current range and tempo with the equipment it holds.',
      requested: [
        {
          kind: 'equipment',
          description: spec.title,
          quantity: 4,
          costCents: Math.round((cost * 0.6) / 4) * 4,
          maslGenericCode: 'R8A',
          maslNumber: `58400${String(index).padStart(8, '0')}`,
        },
        {
          kind: 'training',
          description: 'Operator and maintainer training',
          quantity: 1,
          costCents: Math.round(cost * 0.25),
          maslGenericCode: 'T3A',
          maslNumber: `TRN00${String(index).padStart(8, '0')}`,
        },
        {
          kind: 'services',
          description: 'Contractor logistics support, first year',
          quantity: 1,
          costCents: cost - Math.round((cost * 0.6) / 4) * 4 - Math.round(cost * 0.25),
          maslGenericCode: 'S2A',
          maslNumber: `SVC00${String(index).padStart(8, '0')}`,
        },
      ],
      absorptiveCapacity: 'The unit has trained maintainers and a sustainment budget line; it absorbed a similar program two years ago.',
      sustainmentPlan: 'The partner funds sustainment from year two through its own budget and FMS follow-on support.',
      deliverySchedule: 'Equipment 12–18 months after case implementation; training alongside delivery.',
      costEstimateCents: cost,
      fiscalYear,
      appropriationId: (appropriation as { id: string }).id,
      campaignPlanLinks: ['Theater campaign plan, line of effort 2 (partner capacity)'],
      programCode: spec.code,
    },
    at(firstDay),
  );
  // Each write below moves the proposal's version on by one; the proposal is read back once, at the end.
  let version = p.version;
  if (spec.assessedDay !== undefined)
    await applyAssessment(
      db,
      actor,
      p.id,
      {
        version: version++,
        assessedOn: at(spec.assessedDay),
        assessor: 'GCD AM&E team',
        baseline: 'Baseline capability assessed on site with the unit.',
        objectives: 'Initial operating capability within 24 months; monitored semi-annually.',
      },
      at(spec.assessedDay),
    );
  let notice: { id: string; version: number } | null = null;
  for (const step of spec.steps) {
    if ('notice' in step) {
      notice ??= { id: (await noticeOf(db, p.id))!.id, version: 1 };
      notice.version = (
        await transitionNotification(db, actor, notice.id, { version: notice.version, action: step.notice, date: at(step.day) }, today)
      ).version;
    } else if ('bpcCase' in step) {
      await applyProposalCase(db, actor, p.id, { version: version++, agencyCode: 'B', caseManager: 'GCD demo case manager' });
    } else if ('obligated' in step) {
      await applyExecutionDates(
        db,
        actor,
        p.id,
        {
          version: version++,
          firstObligationOn: at(step.obligated),
          lastKeyArticleOn: step.keyArticle === undefined ? null : at(step.keyArticle),
        },
        today,
      );
    } else {
      await applyTransition(
        db,
        actor,
        p.id,
        { version: version++, action: step.action, onDate: at(step.day), reason: `Demo: ${step.action.replaceAll('_', ' ')}` },
        today,
      );
    }
  }
  return getProposal(db, actor, p.id, today);
}

async function loadReviews(db: Db, actor: Principal, today: string, bpcCaseIds: string[]) {
  const at = (day: number) => addDays(today, day);
  const [first, second] = bpcCaseIds;
  if (first) {
    let r = await createReview(db, actor, { caseId: first, kind: 'periodic', trigger: 'Semi-annual review', dueOn: at(20) }, today);
    r = await answerChecklist(
      db,
      actor,
      r.id,
      { version: r.version, answers: r.checklist.slice(0, 2).map((e) => ({ itemId: e.itemId, answer: 'yes', note: '' })) },
      today,
    );
    r = await addFinding(
      db,
      actor,
      r.id,
      { version: r.version, text: 'Radar delivery slipped three months; the cause is not yet recorded.', severity: 'deficiency' },
      today,
    );
    r = await addAction(
      db,
      actor,
      r.id,
      {
        version: r.version,
        description: 'Record the delivery slip’s cause with the implementing agency',
        owner: 'Case manager',
        dueOn: at(-5),
        findingId: r.findings[0]!.id,
      },
      today,
    );
    await addAction(
      db,
      actor,
      r.id,
      {
        version: r.version,
        description: 'Confirm the partner’s receipt of the first tranche',
        owner: 'Security cooperation office',
        dueOn: at(25),
        findingId: null,
      },
      today,
    );
  }
  if (second) {
    let r = await createReview(
      db,
      actor,
      { caseId: second, kind: 'event', trigger: 'Key article arrived: full operational capability review', dueOn: at(-40) },
      at(-60),
    );
    r = await answerChecklist(
      db,
      actor,
      r.id,
      { version: r.version, answers: r.checklist.map((e) => ({ itemId: e.itemId, answer: 'yes', note: 'Checked' })) },
      at(-50),
    );
    r = await addAction(
      db,
      actor,
      r.id,
      {
        version: r.version,
        description: 'Update the support period end with the arrival date',
        owner: 'GCD program manager',
        dueOn: at(-45),
        findingId: null,
      },
      at(-50),
    );
    r = await completeAction(db, actor, r.id, r.actions[0]!.id, { version: r.version, doneOn: at(-44), note: 'Updated' }, at(-44));
    await completeReview(
      db,
      actor,
      r.id,
      { version: r.version, completedOn: at(-42), summary: 'Full operational capability confirmed; no open issues.' },
      at(-42),
    );
  }
  // The annual FMS case review of the oldest open FMS case (SAMM C6.5.2).
  const [fms] = await db
    .select({ id: cases.id })
    .from(cases)
    .where(and(ne(cases.type, 'bpc'), eq(cases.status, 'implemented')))
    .orderBy(asc(cases.identifier))
    .limit(1);
  if (fms)
    await createReview(
      db,
      actor,
      { caseId: fms.id, kind: 'annual_fms', trigger: `Annual review FY${fiscalYearOf(today)}`, dueOn: at(60) },
      today,
    );
}

/** After cases, notifications and funds (its money and notices live there). */
export const capacityBuildingDemo: DemoLoader = {
  order: 70,
  async load({ db, actor, today }) {
    await addNoticePeriod(db, actor, {
      effectiveFrom: addDays(today, -2000),
      days: 15,
      source: 'DEMO VALUE, not policy: the 333(e) notice lead time is [open] (shared/domain.md §8); an administrator enters the real one',
      verified: false,
    });
    if ((await listChecklistItems(db, actor)).items.length === 0)
      for (const [position, item] of CHECKLIST.entries())
        await addChecklistItem(db, actor, { ...item, kinds: [...item.kinds], source: 'Demo checklist (administrator-kept)', position });
    const bpcCaseIds: string[] = [];
    for (const [i, spec] of DEMO.entries()) {
      const p = await loadProposal(db, actor, today, spec, i);
      bpcCaseIds.push(...p.cases.map((c) => c.id));
    }
    await loadReviews(db, actor, today, bpcCaseIds);
    return { cb_proposals: DEMO.length, bpc_cases: bpcCaseIds.length };
  },
};
