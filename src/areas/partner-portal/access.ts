import { type SQL, sql } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { PartnerPermission } from '../../platform/access/partner.ts';
import type { Action } from '../../platform/access/permissions.ts';
import { decide, type Principal } from '../../platform/access/policy.ts';
import type { Permission, RecordKind } from '../../platform/access/require-access.ts';
import type { Role } from '../../platform/access/roles.ts';
import { scopeWhere } from '../../platform/access/scope-sql.ts';
import { forbidden } from '../../platform/http/errors.ts';
import { caseMarkingsOf, caseRecords, cases, lettersOfRequest, lorRecords } from '../cases/public.ts';
import { partnerCaseReleases } from './schema.ts';

export const AREA = 'partner-portal' as const;

/** The portal's own gate: a partner user holding `permission` (`administer`: the host-nation administrator). */
export function requirePortal(principal: Principal, action: Action, permission?: PartnerPermission): void {
  const decision = decide(principal, action, { area: AREA, ...(permission ? { partnerPermission: permission } : {}) });
  if (!decision.allowed) throw forbidden(`Not allowed: ${decision.reason}`);
}

/** Another area's kind of record, read or sent through the portal under a partner permission. */
export const through = <T extends PgTable>(kind: RecordKind<T>, action: Action, partnerPermission: PartnerPermission): Permission<T> => ({
  kind,
  action,
  area: AREA,
  partnerPermission,
});

/**
 * The policy for a partner's lists in SQL: their own partner's rows, none under any marking (to a partner, a marked
 * record is not there at all, not even masked).
 */
export function partnerRows(principal: Principal, partner: PgColumn | SQL, markings?: PgColumn | SQL): SQL {
  const own = scopeWhere(principal, partner) ?? sql`false`;
  return markings ? sql`(${own} and coalesce(cardinality(${markings}), 0) = 0)` : own;
}

/**
 * The partner user acting through another area's own service, once the portal has decided (their partner, their
 * permission): in that area's role, scoped to their partner alone and holding no need-to-know, so the area's checks
 * and audit still run, and the audit names the partner user.
 */
export function actingThrough(principal: Principal, role: Role): Principal {
  const { partner, ...rest } = principal;
  if (!partner) throw forbidden('Not allowed: the partner portal is for partner users');
  return {
    ...rest,
    roles: [role],
    scope: { allDirectorates: true, directorates: [], allCountries: false, countries: [partner.code] },
    needToKnow: [],
  };
}

/**
 * A case's markings as its partner's users see them: `pre-notification` lifted once the agency has released the case
 * to them (agency-service.ts setPartnerRelease); every other marking stays, so the record stays not there.
 */
export const partnerCaseMarkings = (caseId: PgColumn | SQL, markings: PgColumn | SQL): SQL<string[]> =>
  sql<
    string[]
  >`(case when exists (select 1 from ${partnerCaseReleases} where ${partnerCaseReleases.caseId} = ${caseId} and ${partnerCaseReleases.released})
    then array_remove(${markings}, 'pre-notification') else ${markings} end)`;

/** Cases and letters of request as the portal finds them: their markings as the partner sees them. */
export const partnerCaseRecords: RecordKind<typeof cases> = { ...caseRecords, markings: partnerCaseMarkings(cases.id, cases.markings) };
export const partnerLorRecords: RecordKind<typeof lettersOfRequest> = {
  ...lorRecords,
  markings: partnerCaseMarkings(lettersOfRequest.caseId, caseMarkingsOf(lettersOfRequest.caseId)),
};
