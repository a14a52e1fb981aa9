// Loads what the LOA document shows and renders it; reading it is reading the case (out of scope reads as not found).
import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import type { Principal } from '../../platform/access/policy.ts';
import { badRequest } from '../../platform/http/errors.ts';
import { type CaseRow, diffVersions, implementingAgencies, readVersion } from '../cases/public.ts';
import { partners } from '../countries/public.ts';
import { type LoaHeader, type LoaVersionInfo, renderLoaDiffPdf, renderLoaPdf, versionLabel } from './loa-document.ts';

type VersionDetail = Awaited<ReturnType<typeof readVersion>>;

export interface PdfFile {
  filename: string;
  pdf: Buffer;
}

async function headerOf(db: Db, row: CaseRow, now: Date): Promise<LoaHeader> {
  const [[partner], [agency]] = await Promise.all([
    db.select({ name: partners.name }).from(partners).where(eq(partners.code, row.partnerCode)),
    db.select({ name: implementingAgencies.name }).from(implementingAgencies).where(eq(implementingAgencies.code, row.agencyCode)),
  ]);
  return {
    identifier: row.identifier,
    title: row.title,
    purchaser: { code: row.partnerCode, name: partner?.name ?? row.partnerCode },
    implementingAgency: { code: row.agencyCode, name: agency?.name ?? row.agencyCode },
    caseType: row.type,
    fundingSources: row.fundingSources,
    generatedAt: now.toISOString(),
  };
}

/** Marked DRAFT until offered (basic LOA) or issued (amendment, modification): the offer step of SAMM C5–C6 (IOPS convention). */
export const isDraftDocument = (v: Pick<VersionDetail['version'], 'state' | 'offerDate'>) => v.state === 'draft' && !v.offerDate;

const versionInfo = (v: VersionDetail['version']): LoaVersionInfo => ({
  number: v.number,
  kind: v.kind,
  reason: v.reason,
  draft: isDraftDocument(v),
  offerDate: v.offerDate,
  offerExpirationDate: v.offerExpirationDate,
  acceptedOn: v.acceptedOn,
});

const fileLabel = (v: LoaVersionInfo) => versionLabel(v).toLowerCase().replaceAll(' ', '-');

/** The LOA document of one version of a case: reading it is reading the case (out of scope: not found; withheld: refused). */
export async function loaDocument(db: Db, principal: Principal, caseRef: string, number: number, now = new Date()): Promise<PdfFile> {
  const detail = await readVersion(db, principal, caseRef, number);
  const row = detail.case;
  const v = detail.version;
  const version = versionInfo(v);
  const pdf = await renderLoaPdf({
    ...(await headerOf(db, row, now)),
    version,
    lines: detail.lines,
    notes: detail.notes,
    paymentSchedule: detail.paymentSchedule,
    totals: {
      linesCents: v.linesCents,
      accessorialCents: v.accessorialCents,
      surchargeBasisPoints: v.surchargeBasisPoints,
      administrativeCents: v.administrativeCents,
      totalCents: v.totalCents,
    },
    // Signed on paper (or in the signing system); IOPS records no signatories yet, so the blocks are left to fill in.
    signatures: { unitedStates: { name: null, title: null, date: null }, purchaser: { name: null, title: null, date: null } },
  });
  return { filename: `${row.identifier}-${fileLabel(version)}.pdf`, pdf };
}

/** What version `to` changes from version `from`, as a document. */
export async function loaDiffDocument(
  db: Db,
  principal: Principal,
  caseRef: string,
  from: number,
  to: number,
  now = new Date(),
): Promise<PdfFile> {
  // Access first (a withheld case is refused whatever the query asks), then the request itself.
  const a = await readVersion(db, principal, caseRef, from);
  if (from === to) throw badRequest('Compare two different versions', [{ path: 'to', message: 'must differ from `from`' }]);
  const b = await readVersion(db, principal, caseRef, to);
  const row = a.case;
  const diff = diffVersions({ ...a, ...a.version }, { ...b, ...b.version });
  const [fromInfo, toInfo] = [versionInfo(a.version), versionInfo(b.version)];
  const pdf = await renderLoaDiffPdf({
    ...(await headerOf(db, row, now)),
    from: fromInfo,
    to: toInfo,
    diff,
    linesBefore: a.lines,
    linesAfter: b.lines,
    notesBefore: a.notes,
    notesAfter: b.notes,
  });
  return { filename: `${row.identifier}-${fileLabel(toInfo)}-changes-from-${fileLabel(fromInfo)}.pdf`, pdf };
}
