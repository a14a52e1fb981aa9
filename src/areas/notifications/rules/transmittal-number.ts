// Transmittal numbers of congressional notifications (shared/domain.md §1): 36(b)(1) notices `YY-NN` (13-06, 22-44);
// 36(b)(5)(C) follow-on reports `YY-0X` (17-0A, 20-0J, 24-0J). Confirmed: 82 FR 57966; CR S5931 (10 Sep 2024).

export type TransmittalKind = 'aeca_36b1' | 'aeca_36b5c';

const FORMATS: Record<TransmittalKind, RegExp> = {
  aeca_36b1: /^(\d{2})-(\d{2,3})$/,
  aeca_36b5c: /^(\d{2})-0([A-Z])$/,
};

export function isTransmittalNumber(kind: TransmittalKind, value: string): boolean {
  return FORMATS[kind].test(value);
}

export const transmittalYear = (isoDate: string) => isoDate.slice(2, 4);

/** The next number in a year's series, after those already used; null when the `YY-0X` series (A–Z) is exhausted. */
export function nextTransmittalNumber(kind: TransmittalKind, isoDate: string, used: readonly string[]): string | null {
  const yy = transmittalYear(isoDate);
  if (kind === 'aeca_36b1') {
    let highest = 0;
    for (const value of used) {
      const m = FORMATS.aeca_36b1.exec(value);
      if (m && m[1] === yy) highest = Math.max(highest, Number(m[2]));
    }
    return `${yy}-${String(highest + 1).padStart(2, '0')}`;
  }
  let highest = 64; // 'A' - 1
  for (const value of used) {
    const m = FORMATS.aeca_36b5c.exec(value);
    if (m && m[1] === yy) highest = Math.max(highest, m[2]!.charCodeAt(0));
  }
  return highest >= 90 ? null : `${yy}-0${String.fromCharCode(highest + 1)}`;
}
