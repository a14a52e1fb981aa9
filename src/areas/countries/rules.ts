/** A partner's membership of a group over a period (ISO dates; `to` is the last day, null if it continues). */
export interface Membership {
  groupCode: string;
  partnerCode: string;
  fromDate: string;
  toDate: string | null;
}

/** Was the partner a member of the group on the date? Both ends of the period count as membership. */
export function wasMemberOn(memberships: readonly Membership[], groupCode: string, partnerCode: string, date: string): boolean {
  return memberships.some(
    (m) => m.groupCode === groupCode && m.partnerCode === partnerCode && m.fromDate <= date && (m.toDate === null || date <= m.toDate),
  );
}

/** The groups a partner belonged to on a date. */
export function groupsOn(memberships: readonly Membership[], partnerCode: string, date: string): string[] {
  const groups = memberships
    .filter((m) => m.partnerCode === partnerCode && m.fromDate <= date && (m.toDate === null || date <= m.toDate))
    .map((m) => m.groupCode);
  return [...new Set(groups)].sort();
}

/** Two periods of the same partner in the same group must not overlap; returns the clashing one, if any. */
export function overlappingMembership<T extends Membership>(existing: readonly T[], candidate: Membership): T | undefined {
  const end = (m: Membership) => m.toDate ?? '9999-12-31';
  return existing.find(
    (m) =>
      m.groupCode === candidate.groupCode &&
      m.partnerCode === candidate.partnerCode &&
      m.fromDate <= end(candidate) &&
      candidate.fromDate <= end(m),
  );
}
