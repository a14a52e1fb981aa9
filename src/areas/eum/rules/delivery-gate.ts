import type { EumCategory } from './categories.ts';
import { SOURCE_EEUM_DELIVERY } from './sources.ts';

// Source: no EEUM delivery before the control plan or site certification is on file (mandatory BPC LOA note;
// shared/domain.md §4); a certification by any implementing agency counts (DSCA 20-64).

export const CERTIFICATION_KINDS = ['control_plan', 'site_certification'] as const;
export type CertificationKind = (typeof CERTIFICATION_KINDS)[number];

export interface CertificationOnFile {
  kind: CertificationKind;
  partnerCode: string;
  /** A site certification covers one storage site; a control plan the partner's EEUM as a whole. */
  siteId: string | null;
  certifiedOn: string;
  expiresOn: string | null;
  /** Revoked: not in force from this date on. */
  revokedOn: string | null;
}

export interface DeliveryInput {
  category: EumCategory;
  partnerCode: string;
  siteId: string | null;
  deliveredOn: string;
}

export type DeliveryGate =
  | { allowed: true; basis: CertificationOnFile | null; source: string }
  | { allowed: false; reason: string; source: string };

const inForce = (c: CertificationOnFile, on: string) =>
  c.certifiedOn <= on && (c.expiresOn === null || c.expiresOn >= on) && (c.revokedOn === null || c.revokedOn > on);

/** May this item be recorded as delivered on its date? Routine items always; enhanced ones need a plan or certification in force. */
export function deliveryGate(input: DeliveryInput, onFile: readonly CertificationOnFile[]): DeliveryGate {
  if (input.category !== 'enhanced') return { allowed: true, basis: null, source: SOURCE_EEUM_DELIVERY };
  const basis = onFile.find(
    (c) =>
      c.partnerCode === input.partnerCode &&
      inForce(c, input.deliveredOn) &&
      (c.kind === 'control_plan' || (c.siteId !== null && c.siteId === input.siteId)),
  );
  if (basis) return { allowed: true, basis, source: SOURCE_EEUM_DELIVERY };
  return {
    allowed: false,
    reason: `No control plan or site certification for ${input.partnerCode}${input.siteId ? ' at this site' : ''} was on file on ${input.deliveredOn}; enhanced EUM articles cannot be delivered before one is`,
    source: SOURCE_EEUM_DELIVERY,
  };
}
