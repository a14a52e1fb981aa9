import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/client.ts';
import { openTestDatabase, TEST_ENGINES } from '../../db/testing.ts';
import { listAudit } from '../../platform/audit/service.ts';
import { failure } from '../../platform/testing/failure.ts';
import { testPrincipal } from '../../platform/testing/principals.ts';
import { testWiring } from '../testing.ts';
import { revokeCertification, updateCertification, updateSite } from './site-edit-service.ts';
import { addCertification, createSite, listCertifications, listSites } from './site-service.ts';
import { completeFollowUp, createVisit, getVisit, listVisits, updateVisit } from './visit-service.ts';

const admin = testPrincipal(['administrator']);
const eumAT = testPrincipal(['eum_specialist'], { directorates: ['GEX'], countries: ['AT'] });
const auditor = testPrincipal(['auditor']);
const TODAY = '2026-06-30';

describe.each(TEST_ENGINES)('visits, sites and certifications on %s', (engine) => {
  let database: Database;
  beforeAll(async () => {
    database = await openTestDatabase(engine);
  });
  afterAll(() => database?.close());

  it('plans a Compliance Assessment Visit, records it done with findings, and keeps it to the partner scope', async () => {
    const { db } = database;
    const visit = await createVisit(db, eumAT, { partnerCode: 'AT', plannedOn: '2026-05-01', scope: 'EEUM depots' });
    expect(visit).toMatchObject({ status: 'planned', findings: [], version: 1 });
    expect((await failure(updateVisit(db, eumAT, visit.id, { version: 1, status: 'completed' }, TODAY))).fields?.[0]?.path).toBe(
      'conductedOn',
    );
    expect(
      (await failure(updateVisit(db, eumAT, visit.id, { version: 1, status: 'completed', conductedOn: '2026-07-01' }, TODAY))).fields?.[0]
        ?.path,
    ).toBe('conductedOn');
    const done = await updateVisit(
      db,
      eumAT,
      visit.id,
      {
        version: 1,
        status: 'completed',
        conductedOn: '2026-05-02',
        findings: [
          {
            finding: 'Access log incomplete',
            recommendation: 'Keep the log daily',
            followUp: 'Check at next visit',
            followUpDueOn: '2026-11-01',
          },
        ],
      },
      TODAY,
    );
    expect(done).toMatchObject({ status: 'completed', version: 2, findings: [{ finding: 'Access log incomplete', followUpDoneOn: null }] });
    expect((await failure(updateVisit(db, eumAT, visit.id, { version: 1, scope: 'x' }, TODAY))).code).toBe('version_conflict');
    expect((await failure(updateVisit(db, eumAT, visit.id, { version: 2, status: 'cancelled' }, TODAY))).status).toBe(409);
    await createVisit(db, admin, { partnerCode: 'PL', plannedOn: '2026-09-01' });
    expect((await listVisits(db, eumAT, { partner: 'PL' })).total).toBe(0);
    expect((await listVisits(db, eumAT)).items.every((v) => v.partnerCode === 'AT')).toBe(true);
    expect((await listVisits(db, auditor)).total).toBe(2);
    expect((await failure(createVisit(db, auditor, { partnerCode: 'AT', plannedOn: '2026-09-01' }))).status).toBe(403);
    expect((await failure(createVisit(db, eumAT, { partnerCode: 'PL', plannedOn: '2026-09-01' }))).status).toBe(403);
    expect((await getVisit(db, eumAT, visit.id)).source).toContain('Compliance Assessment Visits');
    expect(
      (await listAudit(db, testWiring.auditSubjects, admin, { entityId: visit.id, limit: 10, offset: 0 })).items.map((a) => a.action),
    ).toEqual(['eum_visit.updated', 'eum_visit.created']);
  });

  it("marks a finding's follow-up done with its date and note, once, on the current version", async () => {
    const { db } = database;
    const visit = await createVisit(db, eumAT, { partnerCode: 'AT', plannedOn: '2026-04-01' });
    expect(
      (await failure(completeFollowUp(db, eumAT, visit.id, 0, { version: 1, doneOn: '2026-06-01', note: 'done' }, TODAY))).status,
    ).toBe(409);
    const done = await updateVisit(
      db,
      eumAT,
      visit.id,
      {
        version: 1,
        status: 'completed',
        conductedOn: '2026-04-02',
        findings: [
          {
            finding: 'Door lock broken',
            recommendation: 'Replace the lock',
            followUp: 'Photo of the new lock',
            followUpDueOn: '2026-06-30',
          },
          { finding: 'Good records' },
        ],
      },
      TODAY,
    );
    expect(done.findings.map((f) => f.followUpNote)).toEqual(['', '']);
    expect((await failure(completeFollowUp(db, eumAT, visit.id, 0, { version: 1, doneOn: '2026-06-01', note: 'x' }, TODAY))).code).toBe(
      'version_conflict',
    );
    expect(
      (await failure(completeFollowUp(db, eumAT, visit.id, 0, { version: 2, doneOn: '2026-06-01', note: '' }, TODAY))).fields?.[0]?.path,
    ).toBe('note');
    expect(
      (await failure(completeFollowUp(db, eumAT, visit.id, 0, { version: 2, doneOn: '2026-07-01', note: 'x' }, TODAY))).fields?.[0]?.path,
    ).toBe('doneOn');
    expect(
      (await failure(completeFollowUp(db, eumAT, visit.id, 0, { version: 2, doneOn: '2026-04-01', note: 'x' }, TODAY))).fields?.[0],
    ).toEqual({ path: 'doneOn', message: 'on or after 2026-04-02' });
    expect(
      (await failure(completeFollowUp(db, eumAT, visit.id, 1, { version: 2, doneOn: '2026-06-01', note: 'x' }, TODAY))).fields?.[0]?.path,
    ).toBe('index');
    expect((await failure(completeFollowUp(db, eumAT, visit.id, 5, { version: 2, doneOn: '2026-06-01', note: 'x' }, TODAY))).status).toBe(
      404,
    );
    expect((await failure(completeFollowUp(db, auditor, visit.id, 0, { version: 2, doneOn: '2026-06-01', note: 'x' }, TODAY))).status).toBe(
      403,
    );
    const closed = await completeFollowUp(
      db,
      eumAT,
      visit.id,
      0,
      { version: 2, doneOn: '2026-06-01', note: 'Photo received from the depot' },
      TODAY,
    );
    expect(closed.findings[0]).toMatchObject({
      finding: 'Door lock broken',
      followUpDueOn: '2026-06-30',
      followUpDoneOn: '2026-06-01',
      followUpNote: 'Photo received from the depot',
    });
    expect(closed.findings[1]).toMatchObject({ followUpDoneOn: null });
    expect(
      (await failure(completeFollowUp(db, eumAT, visit.id, 0, { version: 3, doneOn: '2026-06-02', note: 'again' }, TODAY))).status,
    ).toBe(409);
    const audit = await listAudit(db, testWiring.auditSubjects, admin, { entityId: visit.id, limit: 10, offset: 0 });
    expect(audit.items[0]).toMatchObject({
      action: 'eum_visit.follow_up_done',
      countryCode: 'AT',
      after: { index: 0, followUpDoneOn: '2026-06-01', followUpNote: 'Photo received from the depot' },
    });
  });

  it('files site certifications and control plans, each naming a site of its own partner', async () => {
    const { db } = database;
    const site = await createSite(db, eumAT, { partnerCode: 'AT', code: 'D1', name: 'Depot 1' });
    const plSite = await createSite(db, admin, { partnerCode: 'PL', code: 'D1', name: 'Depot PL' });
    expect((await failure(createSite(db, eumAT, { partnerCode: 'AT', code: 'D1', name: 'again' }))).fields?.[0]?.path).toBe('code');
    expect(
      (
        await failure(
          addCertification(db, eumAT, { partnerCode: 'AT', kind: 'site_certification', reference: 'X', certifiedOn: '2026-01-01' }),
        )
      ).fields?.[0]?.path,
    ).toBe('siteId');
    expect(
      (
        await failure(
          addCertification(db, eumAT, {
            partnerCode: 'AT',
            siteId: plSite.id,
            kind: 'site_certification',
            reference: 'X',
            certifiedOn: '2026-01-01',
          }),
        )
      ).fields?.[0]?.path,
    ).toBe('siteId');
    expect(
      (
        await failure(
          addCertification(db, eumAT, {
            partnerCode: 'AT',
            siteId: site.id,
            kind: 'site_certification',
            reference: 'X',
            certifiedOn: '2026-01-01',
            expiresOn: '2025-01-01',
          }),
        )
      ).fields?.[0]?.path,
    ).toBe('expiresOn');
    await addCertification(db, eumAT, {
      partnerCode: 'AT',
      siteId: site.id,
      kind: 'site_certification',
      reference: 'PSI-1',
      certifiedOn: '2026-01-01',
    });
    await addCertification(db, eumAT, { partnerCode: 'AT', kind: 'control_plan', reference: 'CP-1', certifiedOn: '2026-01-01' });
    expect((await listCertifications(db, eumAT)).map((c) => [c.kind, c.siteName])).toEqual([
      ['control_plan', null],
      ['site_certification', 'Depot 1'],
    ]);
    expect((await listSites(db, eumAT)).map((s) => s.partnerCode)).toEqual(['AT']);
  });
  it("edits a site's name and location and a certification's end date, revokes it with the reason; each on its version, audited", async () => {
    const { db } = database;
    const site = await createSite(db, eumAT, { partnerCode: 'AT', code: 'E1', name: 'Old name' });
    const renamed = await updateSite(db, eumAT, site.id, { version: 1, name: 'Depot East', location: 'Graz' });
    expect(renamed).toMatchObject({ code: 'E1', name: 'Depot East', location: 'Graz', version: 2 });
    expect((await failure(updateSite(db, eumAT, site.id, { version: 1, name: 'x' }))).code).toBe('version_conflict');
    expect((await failure(updateSite(db, eumAT, site.id, { version: 2, name: '' }))).fields?.[0]?.path).toBe('name');
    expect((await failure(updateSite(db, auditor, site.id, { version: 2, name: 'x' }))).status).toBe(403);
    const plSite = (await listSites(db, admin, 'PL'))[0]!;
    expect((await failure(updateSite(db, eumAT, plSite.id, { version: plSite.version, name: 'x' }))).status).toBe(404);
    expect((await listAudit(db, testWiring.auditSubjects, admin, { entityId: site.id, limit: 10, offset: 0 })).items[0]).toMatchObject({
      action: 'eum_site.updated',
      before: { name: 'Old name', location: '' },
      after: { name: 'Depot East', location: 'Graz' },
    });

    const cert = await addCertification(db, eumAT, {
      partnerCode: 'AT',
      siteId: site.id,
      kind: 'site_certification',
      reference: 'PSI-E1',
      certifiedOn: '2026-01-01',
    });
    expect((await failure(updateCertification(db, eumAT, cert.id, { version: 1, expiresOn: '2025-12-31' }))).fields?.[0]).toEqual({
      path: 'expiresOn',
      message: 'on or after 2026-01-01',
    });
    const ended = await updateCertification(db, eumAT, cert.id, { version: 1, expiresOn: '2027-12-31', certifiedBy: 'USASAC' });
    expect(ended).toMatchObject({ expiresOn: '2027-12-31', certifiedBy: 'USASAC', revokedOn: null, version: 2 });
    expect((await failure(updateCertification(db, eumAT, cert.id, { version: 1, expiresOn: null }))).code).toBe('version_conflict');
    expect(
      (await failure(revokeCertification(db, eumAT, cert.id, { version: 2, revokedOn: '2026-06-01', reason: '' }, TODAY))).fields?.[0]
        ?.path,
    ).toBe('reason');
    expect(
      (await failure(revokeCertification(db, eumAT, cert.id, { version: 2, revokedOn: '2026-07-01', reason: 'x' }, TODAY))).fields?.[0]
        ?.path,
    ).toBe('revokedOn');
    expect(
      (await failure(revokeCertification(db, eumAT, cert.id, { version: 2, revokedOn: '2025-07-01', reason: 'x' }, TODAY))).fields?.[0],
    ).toEqual({ path: 'revokedOn', message: 'on or after 2026-01-01' });
    const revoked = await revokeCertification(
      db,
      eumAT,
      cert.id,
      { version: 2, revokedOn: '2026-06-01', reason: 'Fence breached, not repaired' },
      TODAY,
    );
    expect(revoked).toMatchObject({ revokedOn: '2026-06-01', revocationReason: 'Fence breached, not repaired', version: 3 });
    expect(
      (await failure(revokeCertification(db, eumAT, cert.id, { version: 3, revokedOn: '2026-06-02', reason: 'again' }, TODAY))).status,
    ).toBe(409);
    expect((await failure(updateCertification(db, eumAT, cert.id, { version: 3, expiresOn: null }))).status).toBe(409);
    expect((await listCertifications(db, eumAT)).find((c) => c.id === cert.id)).toMatchObject({
      siteName: 'Depot East',
      revokedOn: '2026-06-01',
    });
    expect(
      (await listAudit(db, testWiring.auditSubjects, admin, { entityId: cert.id, limit: 10, offset: 0 })).items.map((a) => a.action),
    ).toEqual(['eum_certification.revoked', 'eum_certification.updated', 'eum_certification.added']);
  });
});
