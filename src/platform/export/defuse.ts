/** A text cell that a spreadsheet would read as a formula is prefixed with an apostrophe (CSV injection, OWASP). */
export function defuse<T extends string | number | boolean | null>(value: T): Exclude<T, null> | string {
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(value)) return `'${value}`;
  return (value ?? '') as Exclude<T, null> | string;
}
