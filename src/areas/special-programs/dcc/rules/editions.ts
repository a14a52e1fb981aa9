// The FMF/DCC Guidelines and the Contractor's Certification and Agreement with DSCA, by edition: the edition in effect
// on the contract's award date governs; Mar 2017 is mandatory after 1 March 2017 and adds the First Tier
// Sub-Contractor's U.S. Content Certification [confirmed: shared/domain.md §12]. The sources give the month of the
// Jan 2005 and Aug 2009 editions, not the day: their rows start on the 1st (dayAssumed).
import type { DatedRow } from '../../../../platform/dates.ts';

export const DCC_EDITIONS = ['jan2005', 'aug2009', 'mar2017'] as const;
export type DccEdition = (typeof DCC_EDITIONS)[number];

export const DCC_DOCUMENT_KINDS = [
  'contractor_certification',
  'subcontractor_us_content',
  'subcontractor_list',
  'commissions_fees',
  'export_licence',
] as const;
export type DccDocumentKind = (typeof DCC_DOCUMENT_KINDS)[number];

export const DCC_DOCUMENT_LABELS: Record<DccDocumentKind, string> = {
  contractor_certification: 'Prime contractor’s Certification and Agreement with DSCA',
  subcontractor_us_content: 'First-tier subcontractors’ U.S. content certifications',
  subcontractor_list: 'Subcontractor list',
  commissions_fees: 'Commissions and fees disclosure',
  export_licence: 'DDTC export licence reference',
};

export interface EditionRow extends DatedRow {
  edition: DccEdition;
  label: string;
  requiredDocuments: readonly DccDocumentKind[];
  dayAssumed: boolean;
  source: string;
}

const SOURCE = 'FMF/DCC Guidelines; SAMM App 3 (shared/domain.md §12)';
const BASE: readonly DccDocumentKind[] = ['contractor_certification', 'subcontractor_list', 'commissions_fees', 'export_licence'];

export const DCC_EDITION_TABLE: readonly EditionRow[] = [
  {
    edition: 'jan2005',
    label: 'January 2005',
    effectiveFrom: '2005-01-01',
    effectiveTo: '2009-07-31',
    requiredDocuments: BASE,
    dayAssumed: true,
    source: SOURCE,
  },
  {
    edition: 'aug2009',
    label: 'August 2009',
    effectiveFrom: '2009-08-01',
    effectiveTo: '2017-02-28',
    requiredDocuments: BASE,
    dayAssumed: true,
    source: SOURCE,
  },
  {
    edition: 'mar2017',
    label: 'March 2017',
    effectiveFrom: '2017-03-01',
    effectiveTo: null,
    requiredDocuments: [...BASE.slice(0, 1), 'subcontractor_us_content', ...BASE.slice(1)],
    dayAssumed: false,
    source: `${SOURCE}: mandatory after 1 March 2017; adds the First Tier Sub-Contractor’s U.S. Content Certification`,
  },
];

/** The edition in force on the award date; null before the first edition on record. */
export function editionOn(awardDate: string): EditionRow | null {
  return DCC_EDITION_TABLE.find((r) => r.effectiveFrom <= awardDate && (r.effectiveTo === null || awardDate <= r.effectiveTo)) ?? null;
}

export const editionRow = (edition: DccEdition): EditionRow => DCC_EDITION_TABLE.find((r) => r.edition === edition)!;

/** The required documents of the edition not yet on file. */
export function missingDocuments(edition: DccEdition, onFile: readonly DccDocumentKind[]): DccDocumentKind[] {
  return editionRow(edition).requiredDocuments.filter((k) => !onFile.includes(k));
}
