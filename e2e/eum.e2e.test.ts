import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiCall, type Iops, screenshotPath, see, signIn, startIops } from './harness.ts';

let iops: Iops;

beforeAll(async () => {
  iops = await startIops();
}, 600_000);
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
    const found = (await page.evaluate(async () => (await fetch('/api/cases?limit=50')).json())) as {
      items: { identifier: string; partnerCode: string }[];
    };
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
    // A second site of the partner, where one item is recorded but will be found at the first.
    await siteForm.getByLabel('Partner').fill(partner);
    await siteForm.getByLabel('Site code').fill('E2E-2');
    await siteForm.getByLabel('Name').fill('Second depot');
    await siteForm.getByRole('button', { name: 'Add site' }).click();
    await see(page.getByRole('table', { name: 'Sites' }).getByText('Second depot'));
    await certForm.getByLabel('Site').selectOption({ label: `${partner} E2E-2 — Second depot` });
    await certForm.getByLabel('Reference').fill('PSI-E2E-2');
    await certForm.getByLabel('Certified on').fill('2024-01-01');
    await certForm.getByRole('button', { name: 'File' }).click();
    await see(page.getByRole('table', { name: 'Certifications' }).getByText('PSI-E2E-2', { exact: true }));

    // Delivery records imported from a file: three night-vision devices, one bad row named by its number.
    await page.getByRole('link', { name: 'Items' }).click();
    const deliveries = page.getByRole('form', { name: 'Import delivery records' });
    await deliveries
      .getByLabel('File to import')
      .setInputFiles(
        csv([
          'case,line,item_type,serial_number,delivered_on,site',
          ...[1, 2, 3].map((n) => `${target.identifier},001,NVD,E2E-NV-${n},2025-01-15,E2E-1`),
          `${target.identifier},001,NVD,E2E-NV-4,2025-02-30,E2E-1`,
          `${target.identifier},001,NVD,E2E-NV-5,2025-01-15,E2E-2`,
        ]),
      );
    await deliveries.getByRole('button', { name: 'Import', exact: true }).click();
    await see(deliveries.getByText('5 rows: 4 recorded, 0 corrected, 0 already recorded, 1 refused'));
    await see(deliveries.getByText('Row 5, delivered_on: an ISO date (YYYY-MM-DD)'));
    await page.getByLabel('Serial number', { exact: true }).fill('E2E-NV');
    await see(page.getByText('4 found'));

    // Plan the inventory of the site: the expected list is the three items held there.
    await page.getByRole('link', { name: 'Inventories' }).click();
    const plan = page.getByRole('form', { name: 'Plan an inventory' });
    await plan.getByLabel('Site').selectOption({ label: `${partner} E2E-1 — Browser-test depot` });
    await plan.getByRole('button', { name: 'Plan inventory' }).click();
    await page.waitForURL(/\/eum\/inventories\/[0-9a-f-]{36}$/);
    await see(page.getByRole('link', { name: 'Expected list CSV' }));
    const expectedCsv = await page.evaluate(
      async (href) => (await fetch(href)).text(),
      (await page.getByRole('link', { name: 'Expected list CSV' }).getAttribute('href'))!,
    );
    expect(expectedCsv.split('\r\n').filter(Boolean)).toHaveLength(4);

    // The counting team's scans: two of the three, and one serial number nobody expected.
    const scans = page.getByRole('form', { name: 'Import scanned serial numbers' });
    await scans
      .getByLabel('File to import')
      .setInputFiles(
        csv([
          'item_type,serial_number,condition',
          'NVD,E2E-NV-1,serviceable',
          'NVD,E2E-NV-2,serviceable',
          'NVD,E2E-ZZ-9,serviceable',
          'NVD,E2E-NV-5,serviceable',
        ]),
      );
    await scans.getByRole('button', { name: 'Import', exact: true }).click();
    await see(scans.getByText('4 rows: 4 recorded, 0 corrected, 0 already recorded, 0 refused'));

    // Reconcile: one missing, one extra.
    await page.getByRole('button', { name: 'Reconcile found against expected…' }).click();
    await page
      .getByRole('form', { name: 'Reconcile found against expected' })
      .getByRole('button', { name: 'Reconcile found against expected' })
      .click();
    const table = page.getByRole('table', { name: 'Discrepancies' });
    await see(table.getByRole('row', { name: /missing.*E2E-NV-3/ }));
    await see(table.getByRole('row', { name: /extra.*E2E-ZZ-9/ }));
    await page.screenshot({ path: screenshotPath('eum-inventory') });

    // The item recorded at the second site was found here: move it, saying why; its record follows.
    const wrongSite = table.getByRole('row', { name: /wrong site.*E2E-NV-5/ });
    await wrongSite.getByLabel('What becomes of E2E-NV-5').selectOption('move');
    await wrongSite.getByLabel('Resolution of E2E-NV-5').fill('Moved to the first depot in December; records not updated');
    await wrongSite.getByRole('button', { name: 'Resolve' }).click();
    await see(wrongSite.getByText(/Moved to the first depot in December; records not updated \(/));
    await wrongSite.getByRole('link', { name: 'NVD E2E-NV-5' }).click();
    await page.waitForURL(/\/eum\/items\/[0-9a-f-]{36}$/);
    await see(page.locator('dt', { hasText: 'Site' }).locator('xpath=following-sibling::dd[1]').getByText('E2E-1', { exact: true }));
    await page.goBack();
    await page.waitForURL(/\/eum\/inventories\/[0-9a-f-]{36}$/);

    // From the missing item to an incident about it, confirmed first (an incident is not taken back).
    const missingRow = table.getByRole('row', { name: /missing.*E2E-NV-3/ });
    await missingRow.getByRole('button', { name: 'Raise incident' }).click();
    await see(missingRow.getByText(/Raise an end-use incident for NVD E2E-NV-3\?/));
    expect(page.url()).toMatch(/\/eum\/inventories\//);
    await missingRow.getByRole('button', { name: 'Confirm: raise incident' }).click();
    await page.waitForURL(/\/eum\/incidents\/[0-9a-f-]{36}$/);
    await see(page.getByRole('heading', { name: 'missing at inventory: NVD E2E-NV-3', level: 1 }));
    await see(page.getByText(/loss · /));
    await see(page.getByRole('link', { name: 'NVD E2E-NV-3' }));
    await see(page.getByRole('button', { name: 'Open investigation' }));

    // The item itself: the loss incident holds it lost or stolen (it is no longer in inventory); the page shows why.
    await page.getByRole('link', { name: 'NVD E2E-NV-3' }).click();
    await page.waitForURL(/\/eum\/items\/[0-9a-f-]{36}$/);
    await see(page.locator('.page-sub .status-badge', { hasText: 'lost or stolen' }));
    await see(page.getByText('Incident: missing at inventory: NVD E2E-NV-3', { exact: false }));
    await see(page.getByRole('link', { name: 'missing at inventory: NVD E2E-NV-3' }));

    // An incident reported outside an inventory, and the open incidents list.
    await page.getByRole('navigation', { name: 'End-use monitoring pages' }).getByRole('link', { name: 'Incidents', exact: true }).click();
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
    await page.getByRole('navigation', { name: 'End-use monitoring pages' }).getByRole('link', { name: 'Incidents', exact: true }).click();
    await see(page.getByRole('table').getByText('missing at inventory: NVD E2E-NV-3'));
    expect(pageErrors).toEqual([]);
  }, 120_000);

  it('a visit recorded with its finding, its follow-up marked done; a site renamed and a certification revoked', async () => {
    const { page, pageErrors } = await iops.newPage();
    await signIn(page, 'eum.gulf', undefined, '/eum/visits');
    await see(page.getByRole('heading', { name: 'Compliance Assessment Visits', level: 1 }));
    const plan = page.getByRole('form', { name: 'Plan a visit' });
    await plan.getByLabel('Partner').fill('QA');
    await plan.getByLabel('Planned on').fill('2025-04-01');
    await plan.getByLabel('Scope').fill('E2E visit scope');
    await plan.getByRole('button', { name: 'Plan visit' }).click();
    const card = page.getByRole('article', { name: 'Visit to QA planned 2025-04-01' });
    await see(card.getByText('E2E visit scope'));
    await card.getByLabel('Done on', { exact: true }).fill('2025-04-02');
    await card.getByLabel('Finding', { exact: true }).fill('Arms room log incomplete');
    await card.getByLabel('Recommendation').fill('Keep the log daily');
    await card.getByLabel('Follow-up', { exact: true }).fill('Send a month of the log');
    await card.getByLabel('Follow-up due on').fill('2025-06-30');
    await card.getByRole('button', { name: 'Record visit' }).click();
    const findings = card.getByRole('table', { name: 'Findings of the visit to QA planned 2025-04-01' });
    await see(findings.getByText('Keep the log daily'));
    const done = findings.getByRole('form', { name: 'Follow-up done: Send a month of the log' });
    await done.getByLabel('Follow-up done on').fill('2025-06-15');
    await done.getByLabel('What was done').fill('Log for May received');
    await done.getByRole('button', { name: 'Mark done' }).click();
    await see(findings.getByText('2025-06-15: Log for May received'));

    await page.goto('/eum/sites');
    const sites = page.getByRole('table', { name: 'Sites' });
    await sites.getByRole('button', { name: 'Edit site E2E-2' }).click();
    const edit = sites.getByRole('form', { name: 'Edit site E2E-2' });
    await edit.getByLabel('Name').fill('Second depot (east)');
    await edit.getByLabel('Location').fill('East gate');
    await edit.getByRole('button', { name: 'Save' }).click();
    await see(sites.getByText('Second depot (east)'));
    const certs = page.getByRole('table', { name: 'Certifications' });
    await certs.getByRole('button', { name: 'Revoke PSI-E2E-2', exact: true }).click();
    const revoke = certs.getByRole('form', { name: 'Revoke PSI-E2E-2', exact: true });
    await revoke.getByLabel('Revoked on').fill('2025-05-01');
    await revoke.getByLabel('Reason').fill('Perimeter fence breached');
    await revoke.getByRole('button', { name: 'Revoke', exact: true }).click();
    await see(revoke.getByText(/this cannot be undone/));
    await revoke.getByRole('button', { name: 'Confirm: revoke' }).click();
    await see(certs.getByText('revoked 2025-05-01: Perimeter fence breached'));
    expect(pageErrors).toEqual([]);
  }, 120_000);

  it('asks before leaving a half-written incident report; marking an item destroyed asks for the reason and a confirmation', async () => {
    const { page, pageErrors } = await iops.newPage();
    await signIn(page, 'eum.gulf', undefined, '/eum/incidents');
    const report = page.getByRole('form', { name: 'Report an incident' });
    await report.getByLabel('Title').fill('Half-written report');
    const nav = page.getByRole('navigation', { name: 'Areas' });
    const question = page.getByRole('dialog', { name: 'Leave without saving?' });
    await nav.getByRole('link', { name: 'Deadlines' }).click();
    await see(question);
    await question.getByRole('button', { name: 'Stay on this page' }).click();
    expect(new URL(page.url()).pathname).toBe('/eum/incidents');
    expect(await report.getByLabel('Title').inputValue()).toBe('Half-written report');
    await nav.getByRole('link', { name: 'Deadlines' }).click();
    await question.getByRole('button', { name: 'Leave and discard my changes' }).click();
    await page.waitForURL(/\/deadlines/);

    const listed = await apiCall(page, 'GET', '/eum/items?status=in_inventory&limit=1');
    expect(listed.status).toBe(200);
    const item = (listed.body as { items: { id: string }[] }).items[0];
    expect(item).toBeDefined();
    await page.goto(`/eum/items/${item!.id}`);
    await page.getByRole('button', { name: 'Mark destroyed…' }).click();
    const destroy = page.getByRole('form', { name: 'Mark destroyed' });
    await destroy.getByLabel('Reason').fill('E2E: destroyed in a range accident, certificate on file');
    await destroy.getByRole('button', { name: 'Mark destroyed' }).click();
    await see(destroy.getByText(/this cannot be undone/));
    await destroy.getByRole('button', { name: 'Confirm: mark destroyed' }).click();
    await see(page.locator('.page-sub .status-badge', { hasText: 'destroyed' }));
    expect(pageErrors).toEqual([]);
  }, 120_000);
});
