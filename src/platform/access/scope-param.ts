import { type Principal, visibleCountries } from './policy.ts';

/**
 * The principal's partner scope as a statement parameter (for prepared statements, src/db/prepared.ts): `listed` false
 * when the principal sees every partner (a statement without the condition), else the partners in scope (maybe none).
 */
export function scopeParam(principal: Principal): { listed: boolean; scope: string[] } {
  const visible = visibleCountries(principal);
  return visible === 'all' ? { listed: false, scope: [] } : { listed: true, scope: [...visible] };
}
