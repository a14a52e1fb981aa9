import type { AreaId } from '../../platform/access/areas.ts';
import type { Action } from '../../platform/access/permissions.ts';
import { decide, type Principal, visibleCountries } from '../../platform/access/policy.ts';
import { requireAccess } from '../../platform/access/require-access.ts';
import { notFound } from '../../platform/http/errors.ts';

/**
 * Records of a partner outside the principal's scope are reported as not found, so an identifier typed into a URL
 * does not even confirm that a case exists.
 */
export function requireRecordAccess(principal: Principal, action: Action, area: AreaId, partnerCode: string, what: string): void {
  requireAccess(principal, action, { area });
  if (!decide(principal, action, { area, countryCode: partnerCode }).allowed) throw notFound(what);
}

export function canSeePartner(principal: Principal, partnerCode: string): boolean {
  const visible = visibleCountries(principal);
  return visible === 'all' || visible.includes(partnerCode);
}
