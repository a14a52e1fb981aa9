// What may fund a case: the programs and authorities of shared/domain.md §9 [confirmed: SAMM App 8 program pages; CRS],
// each by the key cases record and the funds area's program code (src/areas/funds/rules/programs.ts; a funds test
// checks each code is a standard program). "The authority is the funding source" for BPC (SAMM App 6 note, §8).

export const FUNDING_SOURCE_SOURCE = 'shared/domain.md §9 [confirmed: SAMM App 8 program pages; CRS]';

export const FUNDING_SOURCES = [
  { key: 'national_funds', programCode: 'FMS', label: 'National funds (FMS, AECA 21–22)' },
  { key: 'fmf', programCode: 'FMF', label: 'Foreign Military Financing (AECA 23)' },
  { key: 'fmf_dcc', programCode: 'FMF-DCC', label: 'FMF for Direct Commercial Contracts (AECA 23)' },
  { key: 'pda_506a1', programCode: 'PDA-506A1', label: 'Presidential drawdown, FAA 506(a)(1)' },
  { key: 'pda_506a2', programCode: 'PDA-506A2', label: 'Presidential drawdown, FAA 506(a)(2)' },
  { key: 'eda', programCode: 'EDA', label: 'Excess Defense Articles (FAA 516, AECA 21)' },
  { key: 'lease', programCode: 'LEASE', label: 'Lease (AECA 61–62)' },
  { key: 'sdaf', programCode: 'SDAF', label: 'Special Defense Acquisition Fund (AECA 51)' },
  { key: 'section_333', programCode: 'SEC333', label: 'Section 333 (10 U.S.C. 333)' },
  { key: 'usai', programCode: 'USAI', label: 'Ukraine Security Assistance Initiative' },
  { key: 'itef', programCode: 'ITEF', label: 'Iraq Train and Equip Fund' },
  { key: 'syria_te', programCode: 'SYRIA-TE', label: 'Syria Train and Equip' },
  { key: 'ctef', programCode: 'CTEF', label: 'Counter-ISIL Train and Equip Fund' },
  { key: 'edi', programCode: 'EDI', label: 'European Reassurance / Deterrence Initiative' },
] as const;
export type FundingSourceKey = (typeof FUNDING_SOURCES)[number]['key'];

/** The funding source a writer named, by its key or its program code (any case), as its key; null when unknown. */
export function fundingSourceKey(named: string): FundingSourceKey | null {
  const wanted = named.trim().toLowerCase();
  const found = FUNDING_SOURCES.find((s) => s.key === wanted || s.programCode.toLowerCase() === wanted);
  return found?.key ?? null;
}
