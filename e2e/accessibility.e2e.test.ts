import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, type Iops, see, signIn, startIops } from './harness.ts';

// axe-core (WCAG 2.1 A and AA) on the main screens of every built area, as an administrator sees them with demo data:
// nothing serious or critical. The screens' own flows are tested in their areas' files.
const SCREENS = [
  ['/deadlines', 'Deadlines'],
  ['/countries', 'Partners'],
  ['/cases', 'Cases'],
  ['/cases/lors', 'Letters of request'],
  ['/case-writing/review-queue', 'review queue'],
  ['/notifications', 'Congressional notifications'],
  ['/eum/items', 'Items under monitoring'],
  ['/eum', 'End-use monitoring'],
  ['/funds/appropriations', 'Appropriations'],
  ['/portfolio/overview', 'Agency overview'],
  ['/eda/requests', 'Excess defense articles'],
  ['/leases', 'Leases'],
  ['/sdaf/fund', 'Special Defense Acquisition Fund'],
  ['/audit', 'Audit log'],
  ['/users', 'Users'],
  ['/eda/declarations', 'Excess declarations'],
  ['/sdaf/procurements', 'SDAF procurements'],
  ['/sdaf/transfers', 'SDAF transfers'],
  ['/notifications/thresholds', 'Notification thresholds'],
  ['/funds/transactions', 'Commitments and obligations'],
  ['/eum/inventories', 'Serial-number inventories'],
  ['/eum/incidents', 'Incidents'],
  ['/leases/new', 'New lease'],
] as const;

const GLOBAL_CAPABILITY_AND_WEAPONS_SCREENS = [
  ['/weapons', 'Weapons directorate'],
  ['/weapons/systems', 'Weapons systems'],
  ['/weapons/inquiries', 'Industry inquiries'],
  ['/weapons/advocacy', 'Advocacy requests'],
  ['/weapons/competitions', 'International competitions'],
  ['/weapons/forecast', 'Sales forecast'],
  ['/weapons/npor', 'NPOR requests'],
  ['/weapons/tsfd', 'Technology security and foreign disclosure'],
  ['/capacity-building', 'Section 333 and BPC'],
  ['/capacity-building/proposals/new', 'New proposal'],
  ['/capacity-building/reviews', 'Case reviews'],
  ['/deliveries', 'Shipments'],
  ['/deliveries/new', 'New shipment'],
  ['/deliveries/dashboard', 'Delivery dashboard'],
] as const;

describe('accessibility of the main screens', () => {
  let iops: Iops;
  beforeAll(async () => {
    iops = await startIops();
  }, 600_000);
  afterAll(async () => {
    await iops?.stop();
  });

  it('has nothing serious on any main screen, nor on a case or a partner', async () => {
    const { page, pageErrors } = await iops.newPage();
    await signIn(page, 'admin');
    const failures: string[] = [];
    const check = async (what: string) => {
      await page.waitForLoadState('networkidle');
      await expectAccessible(page, what).catch((error: Error) => failures.push(error.message));
    };
    for (const [path, heading] of SCREENS) {
      await page.goto(path);
      await see(page.getByRole('heading', { level: 1, name: new RegExp(heading, 'i') }));
      await check(path);
    }
    await page.goto('/cases');
    await page.getByRole('table').getByRole('link').first().click();
    await see(page.getByRole('heading', { level: 1 }));
    await check('a case page');
    await page.goto('/countries/PL');
    await see(page.getByRole('heading', { level: 1 }));
    await check('a partner page');
    for (const [list, what] of [
      ['/leases', 'a lease page'],
      ['/eda/requests', 'an EDA request page'],
    ] as const) {
      await page.goto(list);
      await page.getByRole('table').getByRole('link').first().click();
      await see(page.getByRole('heading', { level: 1 }));
      await check(what);
    }
    expect(failures).toEqual([]);
    expect(pageErrors).toEqual([]);
  }, 180_000);

  it('has nothing serious on the Weapons, NPOR/TSFD, capacity-building and delivery screens, nor on one record of each', async () => {
    const { page, pageErrors } = await iops.newPage();
    await signIn(page, 'admin');
    const failures: string[] = [];
    const check = async (what: string) => {
      await page.waitForLoadState('networkidle');
      await expectAccessible(page, what).catch((error: Error) => failures.push(error.message));
    };
    for (const [path, heading] of GLOBAL_CAPABILITY_AND_WEAPONS_SCREENS) {
      await page.goto(path);
      await see(page.getByRole('heading', { level: 1, name: new RegExp(heading, 'i') }));
      await check(path);
    }
    for (const [list, what] of [
      ['/weapons/inquiries', 'an industry inquiry'],
      ['/weapons/systems', 'a weapons system'],
      ['/weapons/competitions', 'a competition'],
      ['/weapons/npor', 'an NPOR request'],
      ['/weapons/tsfd', 'a TSFD request'],
      ['/capacity-building', 'a proposal'],
      ['/capacity-building/reviews', 'a case review'],
      ['/deliveries', 'a shipment'],
    ] as const) {
      await page.goto(list);
      await page.getByRole('table').getByRole('link').first().click();
      await see(page.getByRole('heading', { level: 1 }));
      await check(what);
    }
    expect(failures).toEqual([]);
    expect(pageErrors).toEqual([]);
  }, 300_000);
});
