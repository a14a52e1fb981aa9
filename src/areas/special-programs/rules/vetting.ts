// Vetting (§1209 P.L. 113-291 as amended, per SAMM App 8): assistance only to a recipient vetted for links to terrorist
// groups or the government of Iran, cleared, with the vetting in force on the date of the obligation.

export interface VettingRecord {
  vettedOn: string;
  expiresOn: string;
  result: 'cleared' | 'not_cleared';
}

/** The vetting in force on a date: the latest one made on or before it; null when none. */
export function vettingInForce(vettings: readonly VettingRecord[], onDate: string): VettingRecord | null {
  const made = vettings.filter((v) => v.vettedOn <= onDate).sort((a, b) => (a.vettedOn < b.vettedOn ? 1 : -1));
  return made[0] ?? null;
}

/** A recipient may receive assistance on `onDate` when its latest vetting cleared it and expires on that day or later. */
export function decideVetting(vettings: readonly VettingRecord[], onDate: string): string | null {
  const current = vettingInForce(vettings, onDate);
  if (!current) return 'the recipient has not been vetted';
  if (current.result !== 'cleared') return `the recipient's vetting of ${current.vettedOn} did not clear it`;
  if (current.expiresOn < onDate) return `the recipient's vetting expired on ${current.expiresOn}`;
  return null;
}
