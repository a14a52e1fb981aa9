// An authority's end date: obligations on or before it pass, after it are refused (USAI: 31 December of the last
// authorised year, SAMM App 8; ITEF FY17 code Z5: to 31 Dec 2018).

export function decideAuthorityEnd(endsOn: string, onDate: string): string | null {
  return onDate <= endsOn ? null : `the authority ended on ${endsOn}; no obligation after it`;
}
