import { and, eq, gte, isNotNull, lte, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import type { Principal } from '../../platform/access/policy.ts';
import type { DeadlineWindow, RegisteredSource } from '../../platform/deadlines/registry.ts';
import { partnerScope } from '../countries/service.ts';
import { cases, loaVersions } from './schema.ts';

/** An offered basic LOA lapses unless accepted by its offer expiration date (LOA Standardization Guide §4; DSCA 12-08). */
async function offersExpiring(db: Db, principal: Principal, window: DeadlineWindow) {
  const conditions: (SQL | undefined)[] = [
    eq(cases.status, 'offered'),
    eq(loaVersions.number, 0),
    isNotNull(loaVersions.offerExpirationDate),
    lte(loaVersions.offerExpirationDate, window.to),
    window.from ? gte(loaVersions.offerExpirationDate, window.from) : undefined,
    partnerScope(principal, cases.partnerCode),
  ];
  const rows = await db
    .select({ id: cases.id, identifier: cases.identifier, title: cases.title, partnerCode: cases.partnerCode, due: loaVersions.offerExpirationDate })
    .from(cases)
    .innerJoin(loaVersions, eq(loaVersions.caseId, cases.id))
    .where(and(...conditions));
  return rows.map((r) => ({
    id: `case.offer_expires:${r.id}`,
    area: 'cases' as const,
    kind: 'case.offer_expires',
    title: `LOA ${r.identifier} offer expires`,
    dueDate: r.due as string,
    partnerCode: r.partnerCode,
    entityType: 'case',
    entityId: r.id,
    link: `/cases/${r.id}`,
    source: 'Offer expiration date: LOA Standardization Guide §4; DSCA 12-08',
  }));
}

export const caseDeadlineSources: RegisteredSource[] = [
  { area: 'cases', kind: 'case.offer_expires', label: 'LOA offer expires', list: offersExpiring },
];
