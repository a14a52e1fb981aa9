import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/client.ts';
import { openTestDatabase, TEST_ENGINES } from '../../db/testing.ts';
import { search } from '../../platform/search/service.ts';
import { testPrincipal } from '../../platform/testing/principals.ts';
import { myWork } from '../../platform/work/service.ts';
import { createCase } from '../cases/public.ts';
import { createAppropriation } from '../funds/public.ts';
import { testWiring } from '../testing.ts';
import { transitionProposal } from './proposal-moves.ts';
import { createProposal, listProposals, recordAssessment } from './proposal-service.ts';
import { createReview, listReviews } from './review-service.ts';

const admin = testPrincipal(['administrator']);
const pm = testPrincipal(['capacity_building_pm'], { directorates: ['GCD'] });
const pmKenya = testPrincipal(['capacity_building_pm'], { directorates: ['GCD'], countries: ['KE'] });
const writer = testPrincipal(['case_writer'], { directorates: ['GEX'] });
const weapons = testPrincipal(['weapons_analyst'], { directorates: ['WPNS'] });
const TODAY = '2026-06-01';
const M = 1_000_000 * 100;

describe.each(TEST_ENGINES)('Title 10 proposals and case reviews in the global search and "my work" on %s', (engine) => {
  let database: Database;
  const find = (who: typeof admin, q: string) => search(database.db, testWiring.searchSources, who, { q });
  const titles = (result: Awaited<ReturnType<typeof find>>) =>
    result.groups.find((g) => g.kind === 'cb-proposal')?.hits.map((h) => h.title) ?? [];
  let radar: { id: string; reference: string };
  let boats: { id: string; reference: string };

  beforeAll(async () => {
    database = await openTestDatabase(engine);
    const { db } = database;
    const appropriationId = (
      await createAppropriation(
        db,
        admin,
        {
          programCode: 'SEC333',
          partnerCode: 'JO',
          fiscalYear: 2027,
          name: 'Section 333 FY2027 JO',
          amountCents: 30 * M,
          statedYear: 2033,
        },
        TODAY,
      )
    ).id;
    const proposal = (title: string, recipientUnit: string) => ({
      programKey: 'section_333',
      partnerCode: 'JO',
      title,
      recipientUnit,
      purposes: ['counterterrorism'],
      requirement: 'Persistent surveillance',
      capabilityGap: 'No sensors',
      requested: [{ kind: 'equipment', description: 'Sensor', quantity: 1, costCents: 1 * M }],
      absorptiveCapacity: 'Trained',
      sustainmentPlan: 'Partner budget',
      deliverySchedule: '12 months',
      costEstimateCents: 1 * M,
      fiscalYear: 2027,
      appropriationId,
      campaignPlanLinks: ['TCP LOE 2'],
      programCode: 'DU',
    });
    radar = await createProposal(db, pm, proposal('Northern border radar', 'Border Guard Force'), TODAY);
    boats = await createProposal(db, pm, proposal('Patrol boats', 'Royal Jordanian Navy'), TODAY);
    // Submitted: the combatant command's to decide now, not the program office's.
    const assessed = await recordAssessment(
      db,
      pm,
      boats.id,
      { version: 1, assessedOn: '2026-01-10', assessor: 'AM&E', baseline: 'b', objectives: 'o' },
      TODAY,
    );
    await transitionProposal(
      db,
      pm,
      boats.id,
      { version: assessed.version, action: 'submit', onDate: '2026-02-01', reason: 'CCMD' },
      TODAY,
    );

    const fms = await createCase(db, writer, { partnerCode: 'JO', agencyCode: 'B', type: 'defined_order', title: 'Trucks' });
    await createReview(db, pm, { caseId: fms.id, kind: 'annual_fms', trigger: 'FY2025 review', dueOn: '2026-05-15' }, '2026-05-01');
    await createReview(db, pm, { caseId: fms.id, kind: 'annual_fms', trigger: 'FY2026 review', dueOn: '2026-09-30' }, TODAY);
  });
  afterAll(() => database?.close());

  it('finds a proposal by its title, its partner, its program and its reference, with a link to it', async () => {
    expect(titles(await find(pm, 'border radar'))).toEqual([radar.reference]);
    expect(titles(await find(pm, 'Jordan')).sort()).toEqual([radar.reference, boats.reference].sort());
    expect(titles(await find(pm, 'Section 333')).sort()).toEqual([radar.reference, boats.reference].sort());
    const byReference = (await find(pm, boats.reference)).groups.find((g) => g.kind === 'cb-proposal')!;
    expect(byReference.hits).toEqual([
      {
        id: boats.id,
        title: boats.reference,
        detail: expect.stringContaining('Patrol boats'),
        link: `/capacity-building/proposals/${boats.id}`,
      },
    ]);
    expect(byReference.listLink).toBe(`/capacity-building?q=${encodeURIComponent(boats.reference)}`);
  });

  it('finds nothing outside the partner scope or the areas granted', async () => {
    expect(titles(await find(pmKenya, 'Jordan'))).toEqual([]);
    expect((await find(weapons, 'border radar')).groups.some((g) => g.kind === 'cb-proposal')).toBe(false);
  });

  it('counts proposals awaiting the program office and case reviews open and overdue, as the lists they link to', async () => {
    const work = await myWork(database.db, testWiring.workQueues, testWiring.deadlineSources, pm, TODAY);
    const item = (key: string) => work.items.find((q) => q.key === key);
    expect(item('capacity-building.proposals_waiting')).toMatchObject({ count: 1, link: '/capacity-building?waiting=true' });
    expect((await listProposals(database.db, pm, { waiting: 'true' })).items.map((p) => p.reference)).toEqual([radar.reference]);
    expect(item('capacity-building.reviews_overdue')).toMatchObject({ count: 1, tone: 'overdue' });
    expect((await listReviews(database.db, pm, { overdue: 'true' }, TODAY)).items.map((r) => r.trigger)).toEqual(['FY2025 review']);
    expect(item('capacity-building.reviews_open')).toMatchObject({ count: 2, link: '/capacity-building/reviews?status=open' });
    const kenya = await myWork(database.db, testWiring.workQueues, testWiring.deadlineSources, pmKenya, TODAY);
    expect(kenya.items.filter((q) => q.area === 'capacity-building').map((q) => q.count)).toEqual([0, 0, 0]);
  });
});
