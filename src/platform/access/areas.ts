import type { Directorate } from './roles.ts';

/** Every area of the mission, built or not; the navigation lists them all. */
export const AREAS = [
  { id: 'countries', label: 'Partners', directorate: null, built: true },
  { id: 'portfolio', label: 'Country portfolios', directorate: 'REX', built: true },
  { id: 'funds', label: 'Funds and authorities', directorate: 'REX', built: true },
  { id: 'special-programs', label: 'Special programs: conditions, FMF/DCC, drawdowns', directorate: 'REX', built: true },
  { id: 'cases', label: 'Cases and LORs', directorate: 'GEX', built: true },
  { id: 'case-writing', label: 'Case writing and LOA review', directorate: 'GEX', built: true },
  { id: 'notifications', label: 'Congressional notifications', directorate: 'GEX', built: true },
  { id: 'eum', label: 'End-use monitoring', directorate: 'GEX', built: true },
  { id: 'eda', label: 'Excess defense articles', directorate: 'GEX', built: true },
  { id: 'leases', label: 'Leases', directorate: 'GEX', built: true },
  { id: 'sdaf', label: 'Special Defense Acquisition Fund', directorate: 'GEX', built: true },
  { id: 'capacity-building', label: 'Section 333 and BPC', directorate: 'GCD', built: true },
  { id: 'deliveries', label: 'Transportation and delivery', directorate: 'GCD', built: true },
  { id: 'weapons', label: 'Weapons: inquiries, competitions, NPOR, TSFD', directorate: 'WPNS', built: true },
  { id: 'audit', label: 'Audit log', directorate: null, built: true },
  { id: 'users', label: 'Users', directorate: null, built: true },
  // Partner users' own part (access/partner.ts): no internal role has a grant in it, and partner users reach nothing else.
  { id: 'partner-portal', label: 'Partner portal', directorate: null, built: true },
] as const satisfies readonly { id: string; label: string; directorate: Directorate | null; built: boolean }[];

export type AreaId = (typeof AREAS)[number]['id'];

export function areaDirectorate(area: AreaId): Directorate | null {
  return AREAS.find((a) => a.id === area)?.directorate ?? null;
}
