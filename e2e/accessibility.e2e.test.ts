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

describe('accessibility of the main screens', () => {
  let iops: Iops;
  beforeAll(async () => {
    iops = await startIops();
  });
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
});
