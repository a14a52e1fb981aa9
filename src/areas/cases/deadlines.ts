import { and, eq, gte, isNotNull, lte, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { anyOf, notWithheld, prepared } from '../../db/prepared.ts';
import type { Principal } from '../../platform/access/policy.ts';
import { scopeParams } from '../../platform/access/scope-sql.ts';
import type { DeadlineSourceDef, DeadlineWindow } from '../../platform/deadlines/source.ts';
import { cases, loaVersions } from './schema.ts';

/** The statement, prepared once per shape (scope listed or not, window open at the start or not). */
function offersStatement(db: Db, scoped: boolean, bounded: boolean) {
  return prepared(db, `deadlines.offers.${scoped}.${bounded}`, (name) => {
    const conditions: (SQL | undefined)[] = [
      eq(cases.status, 'offered'),
      eq(loaVersions.number, 0),
      isNotNull(loaVersions.offerExpirationDate),
      lte(loaVersions.offerExpirationDate, sql.placeholder('to')),
      bounded ? gte(loaVersions.offerExpirationDate, sql.placeholder('from')) : undefined,
      scoped ? anyOf(cases.partnerCode, 'scope') : undefined,
      // A partner's deadline would pair the purchaser with a pending sale: cases withheld from the reader are left out.
      notWithheld(cases.markings, 'unheld'),
    ];
    return db
      .select({
        id: cases.id,
        identifier: cases.identifier,
        title: cases.title,
        partnerCode: cases.partnerCode,
        due: loaVersions.offerExpirationDate,
      })
      .from(cases)
      .innerJoin(loaVersions, eq(loaVersions.caseId, cases.id))
      .where(and(...conditions))
      .orderBy(loaVersions.offerExpirationDate)
      .limit(sql.placeholder('limit'))
      .prepare(name);
  });
}

/** An offered basic LOA lapses unless accepted by its offer expiration date (LOA Standardization Guide §4; DSCA 12-08). */
async function offersExpiring(db: Db, principal: Principal, window: DeadlineWindow) {
  const { listed, scope, unheld } = scopeParams(principal);
  const rows = await offersStatement(db, listed, window.from !== null).execute({
    scope,
    unheld,
    to: window.to,
    from: window.from,
    limit: window.limit ?? null,
  });
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

export const caseDeadlineSources: DeadlineSourceDef[] = [
  { area: 'cases', kind: 'case.offer_expires', label: 'LOA offer expires', list: offersExpiring },
];
