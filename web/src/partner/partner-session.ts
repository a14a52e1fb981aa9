import { useSession } from '../platform/session-context.tsx';

const ROLE_LABELS: Record<string, string> = {
  administrator: 'Host-nation administrator',
  alternate: 'Alternate administrator',
  user: 'User',
  forwarder: 'Freight forwarder',
};

export const PERMISSION_LABELS: Record<string, string> = {
  cases: 'Cases',
  finance: 'Payments',
  deliveries: 'Deliveries',
  eum: 'End-use monitoring',
  requests: 'Letters of request',
};

export const roleLabel = (role: string): string => ROLE_LABELS[role] ?? role;

const regionNames = typeof Intl.DisplayNames === 'function' ? new Intl.DisplayNames(['en'], { type: 'region' }) : null;
// Security cooperation codes that differ from ISO 3166 (the demo partners and the common ones).
const SC_TO_ISO: Record<string, string> = { KU: 'KW', BA: 'BH', AS: 'AU', UK: 'GB', JA: 'JP', KS: 'KR', SZ: 'CH', AU: 'AT', AT: 'AU' };

/** The partner's name where the code is a known country code; otherwise the code itself. */
export function partnerLabel(code: string): string {
  const iso = SC_TO_ISO[code] ?? code;
  try {
    return regionNames?.of(iso) ?? code;
  } catch {
    return code;
  }
}

/** The signed-in partner user's partner and standing (only under the portal's guard, where `partner` is set). */
export function usePartner() {
  const partner = useSession().user.partner as { code: string; role: string; permissions: string[] } | null;
  if (!partner) throw new Error('usePartner needs a partner user');
  const isAdministrator = partner.role === 'administrator' || partner.role === 'alternate';
  return { ...partner, isAdministrator, roleLabel: roleLabel(partner.role) };
}
