// Case identifier `CC-I-XXX`: customer code, implementing agency letter, three-letter designator
// (shared/domain.md §1; seen as TW-D-QBA and IS-B-ZMI in the texts of transmittals 22-44 and 20-44).

export interface CaseIdentifier {
  customerCode: string;
  agency: string;
  designator: string;
}

// Customer codes are 2–3 characters (SFIS), and BPC cases carry a program code in the country code's place (DU/DV/DW
// for Section 333, YB/YC for Section 332: shared/domain.md §1, §8): do not assume two letters.
const PATTERN = /^([A-Z0-9]{2,3})-([A-Z])-([A-Z]{3})$/;

export function formatCaseIdentifier(id: CaseIdentifier): string {
  return `${id.customerCode}-${id.agency}-${id.designator}`;
}

export function parseCaseIdentifier(text: string): CaseIdentifier | null {
  const match = PATTERN.exec(text.trim().toUpperCase());
  return match ? { customerCode: match[1]!, agency: match[2]!, designator: match[3]! } : null;
}

const A = 'A'.charCodeAt(0);

/** Designators in order AAA, AAB … ZZZ; `null` once all 17,576 are used for a partner and agency. */
export function nextDesignator(used: readonly string[]): string | null {
  const taken = new Set(used);
  const highest = used.reduce((max, d) => Math.max(max, designatorIndex(d)), -1);
  for (let i = highest + 1; i < 26 ** 3; i++) if (!taken.has(designatorAt(i))) return designatorAt(i);
  for (let i = 0; i <= highest; i++) if (!taken.has(designatorAt(i))) return designatorAt(i);
  return null;
}

export function designatorIndex(designator: string): number {
  return [...designator].reduce((n, ch) => n * 26 + (ch.charCodeAt(0) - A), 0);
}

export function designatorAt(index: number): string {
  return [Math.floor(index / 676) % 26, Math.floor(index / 26) % 26, index % 26].map((n) => String.fromCharCode(A + n)).join('');
}
