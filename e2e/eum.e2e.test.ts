import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { screenshotPath, see, signIn, startIops, type Iops } from './harness.ts';

let iops: Iops;

beforeAll(async () => {
  iops = await startIops();
});
afterAll(async () => {
  await iops?.stop();
});

const csv = (lines: string[]) => ({ name: 'file.csv', mimeType: 'text/csv', buffer: Buffer.from(lines.join('\r\n')) });

describe('end-use monitoring', () => {
  it('an inventory from import to a discrepancy to an incident', async () => {
    const { page, pageErrors } = await iops.newPage();
    await signIn(page, 'eum.gulf', undefined, '/eum/sites');
    await see(page.getByRole('heading', { name: 'Sites and certifications', level: 1 }));

    // A case of one of the specialist's partners, to deliver under.
    const found = (await page.evaluate(async () => (await fetch('/api/cases?limit=50')).json())) as { items: { identifier: string; partnerCode: string }[] };
    const target = found.items.find((c) => ['SA', 'KU', 'BA', 'QA', 'AE'].includes(c.partnerCode))!;
    expect(target).toBeTruthy();
    const partner = target.partnerCode;

    // The storage site and its physical-security certification, on file before the EEUM delivery.
    const siteForm = page.getByRole('form', { name: 'Add a site' });
    await siteForm.getByLabel('Partner').fill(partner);
    await siteForm.getByLabel('Site code').fill('E2E-1');
    await siteForm.getByLabel('Name').fill('Browser-test depot');
    await siteForm.getByRole('button', { name: 'Add site' }).click();
    await see(page.getByRole('table', { name: 'Sites' }).getByText('Browser-test depot'));
    const certForm = page.getByRole('form', { name: 'File a certification' });
    await certForm.getByLabel('Site').selectOption({ label: `${partner} E2E-1 — Browser-test depot` });
    await certForm.getByLabel('Reference').fill('PSI-E2E-2024');
    await certForm.getByLabel('Certified on').fill('2024-01-01');
    await certForm.getByRole('button', { name: 'File' }).click();
    await see(page.getByRole('table', { name: 'Certifications' }).getByText('PSI-E2E-2024'));

    // Delivery records imported from a file: three night-vision devices, one bad row named by its number.
    await page.getByRole('link', { name: 'Items' }).click();
    const deliveries = page.getByRole('form', { name: 'Import delivery records' });
    await deliveries.getByLabel('File to import').setInputFiles(csv([
      'case,line,item_type,serial_number,delivered_on,site',
      ...[1, 2, 3].map((n) => `${target.identifier},001,NVD,E2E-NV-${n},2025-01-15,E2E-1`),
      `${target.identifier},001,NVD,E2E-NV-4,2025-02-30,E2E-1`,
    ]));
    await deliveries.getByRole('button', { name: 'Import', exact: true }).click();
    await see(deliveries.getByText('4 rows: 3 recorded, 0 corrected, 0 already recorded, 1 refused'));
    await see(deliveries.getByText('Row 5, delivered_on: an ISO date (YYYY-MM-DD)'));
    await page.getByLabel('Serial number', { exact: true }).fill('E2E-NV');
    await see(page.getByText('3 found'));

    // Plan the inventory of the site: the expected list is the three items held there.
    await page.getByRole('link', { name: 'Inventories' }).click();
    const plan = page.getByRole('form', { name: 'Plan an inventory' });
    await plan.getByLabel('Site').selectOption({ label: `${partner} E2E-1 — Browser-test depot` });
    await plan.getByRole('button', { name: 'Plan inventory' }).click();
    await page.waitForURL(/\/eum\/inventories\/[0-9a-f-]{36}$/);
    await see(page.getByRole('link', { name: 'Expected list CSV' }));
    const expectedCsv = await page.evaluate(async (href) => (await fetch(href)).text(), (await page.getByRole('link', { name: 'Expected list CSV' }).getAttribute('href'))!);
    expect(expectedCsv.split('\r\n').filter(Boolean)).toHaveLength(4);

    // The counting team's scans: two of the three, and one serial number nobody expected.
    const scans = page.getByRole('form', { name: 'Import scanned serial numbers' });
    await scans.getByLabel('File to import').setInputFiles(csv(['item_type,serial_number,condition', 'NVD,E2E-NV-1,serviceable', 'NVD,E2E-NV-2,serviceable', 'NVD,E2E-ZZ-9,serviceable']));
    await scans.getByRole('button', { name: 'Import', exact: true }).click();
    await see(scans.getByText('3 rows: 3 recorded, 0 corrected, 0 already recorded, 0 refused'));

    // Reconcile: one missing, one extra.
    await page.getByRole('button', { name: 'Reconcile found against expected' }).click();
    const table = page.getByRole('table', { name: 'Discrepancies' });
    await see(table.getByRole('row', { name: /missing.*E2E-NV-3/ }));
    await see(table.getByRole('row', { name: /extra.*E2E-ZZ-9/ }));
    await page.screenshot({ path: screenshotPath('eum-inventory') });

    // One click from the missing item to an incident about it.
    await table.getByRole('row', { name: /missing.*E2E-NV-3/ }).getByRole('button', { name: 'Raise incident' }).click();
    await page.waitForURL(/\/eum\/incidents\/[0-9a-f-]{36}$/);
    await see(page.getByRole('heading', { name: 'missing at inventory: NVD E2E-NV-3', level: 1 }));
    await see(page.getByText(/loss · /));
    await see(page.getByRole('link', { name: 'NVD E2E-NV-3' }));
    await see(page.getByRole('button', { name: 'Open investigation' }));

    // The item itself: recorded lost, with the reason; the page shows its incident.
    await page.getByRole('link', { name: 'NVD E2E-NV-3' }).click();
    await page.waitForURL(/\/eum\/items\/[0-9a-f-]{36}$/);
    const status = page.getByRole('form', { name: 'Change status' });
    await status.getByLabel('New status').selectOption('lost_stolen');
    await status.getByLabel('Reason').fill('Not found at the annual inventory; incident under investigation');
    await status.getByRole('button', { name: 'Change status' }).click();
    await see(page.getByText('Not found at the annual inventory; incident under investigation', { exact: false }));
    await see(page.locator('.page-sub .status-badge', { hasText: 'lost or stolen' }));
    await see(page.getByRole('link', { name: 'missing at inventory: NVD E2E-NV-3' }));

    // An incident reported outside an inventory, and the open incidents list.
    await page.getByRole('link', { name: 'Incidents', exact: true }).click();
    const report = page.getByRole('form', { name: 'Report an incident' });
    await report.getByLabel('Partner').fill(partner);
    await report.getByLabel('Kind').selectOption('theft');
    await report.getByLabel('Title').fill('Break-in reported at the unit store');
    await report.getByLabel('Discovered on').fill('2025-03-01');
    // The items concerned, found by serial number among the partner's items.
    await report.getByLabel('Find by serial number').fill('E2E-NV-');
    await see(report.getByRole('list', { name: 'Matching items' }).getByText('NVD E2E-NV-1'));
    await report.getByRole('button', { name: 'Pick E2E-NV-1' }).click();
    await report.getByRole('button', { name: 'Pick E2E-NV-2' }).click();
    await see(report.getByRole('list', { name: 'Picked items' }).getByText('NVD E2E-NV-2'));
    await report.getByRole('button', { name: 'Remove E2E-NV-2' }).click();
    await report.getByRole('button', { name: 'Report incident' }).click();
    await see(page.getByRole('heading', { name: 'Break-in reported at the unit store', level: 1 }));
    await see(page.getByRole('link', { name: 'NVD E2E-NV-1' }));
    expect(await page.getByRole('link', { name: 'NVD E2E-NV-2' }).count()).toBe(0);
    await page.getByRole('link', { name: 'Incidents', exact: true }).click();
    await see(page.getByRole('table').getByText('missing at inventory: NVD E2E-NV-3'));
    expect(pageErrors).toEqual([]);
  }, 120_000);
});
