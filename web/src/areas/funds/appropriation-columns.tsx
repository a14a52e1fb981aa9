import { Link } from 'react-router-dom';
import type { Column } from '../../platform/data-table.tsx';
import { formatCents } from '../../platform/format.ts';
import type { AppropriationRow, FundTransaction } from './funds-api.ts';

export const appropriationColumns: Column<AppropriationRow>[] = [
  {
    id: 'name',
    header: 'Appropriation',
    sortKey: 'name',
    render: (a) => (
      <Link to={`/funds/appropriations/${a.id}`} tabIndex={-1} className="strong">
        {a.name}
      </Link>
    ),
  },
  { id: 'program', header: 'Program', sortKey: 'program', className: 'col-narrow mono', render: (a) => a.programCode },
  { id: 'partner', header: 'Partner', sortKey: 'partner', className: 'col-narrow mono', render: (a) => a.partnerCode ?? 'all' },
  { id: 'fy', header: 'FY', sortKey: 'fiscalYear', className: 'col-narrow mono', render: (a) => a.fiscalYear },
  {
    id: 'until',
    header: 'Available until',
    sortKey: 'until',
    className: 'col-date mono',
    render: (a) => (a.availableUntil ? `${a.availableUntil}${a.expired ? ' (expired)' : ''}` : '—'),
  },
  { id: 'amount', header: 'Appropriated', sortKey: 'amount', className: 'col-money', render: (a) => formatCents(a.appropriatedCents) },
  {
    id: 'obligated',
    header: 'Obligated (net)',
    sortKey: 'obligated',
    className: 'col-money',
    render: (a) => formatCents(a.netObligatedCents),
  },
  {
    id: 'available',
    header: 'Available',
    sortKey: 'available',
    className: 'col-money',
    render: (a) => <span className="strong">{formatCents(a.availableCents)}</span>,
  },
];

export const KIND_LABELS: Record<FundTransaction['kind'], string> = {
  commitment: 'Commitment',
  commitment_release: 'Release',
  obligation: 'Obligation',
  deobligation: 'De-obligation',
};
const NEGATIVE = new Set(['deobligation', 'commitment_release']);

export const transactionColumns: Column<FundTransaction>[] = [
  { id: 'date', header: 'Date', sortKey: 'date', className: 'col-date mono', render: (t) => t.onDate },
  {
    id: 'kind',
    header: 'Kind',
    sortKey: 'kind',
    className: 'col-narrow',
    render: (t) => `${KIND_LABELS[t.kind]}${t.commitmentId && t.kind === 'obligation' ? ' (committed)' : ''}`,
  },
  {
    id: 'appropriation',
    header: 'Appropriation',
    sortKey: 'appropriation',
    render: (t) => (
      <Link to={`/funds/appropriations/${t.appropriationId}`}>
        {t.programCode} · {t.appropriationName}
      </Link>
    ),
  },
  { id: 'partner', header: 'Partner', sortKey: 'partner', className: 'col-narrow mono', render: (t) => t.partnerCode },
  {
    id: 'case',
    header: 'Case',
    sortKey: 'case',
    className: 'col-narrow mono',
    render: (t) =>
      t.caseWithheld ? (
        <span title="The case is withheld pending congressional notification">withheld</span>
      ) : t.caseIdentifier ? (
        <Link to={`/cases/${t.caseIdentifier}`}>
          {t.caseIdentifier}
          {t.lineNumber ? ` line ${t.lineNumber}` : ''}
        </Link>
      ) : (
        'program'
      ),
  },
  {
    id: 'amount',
    header: 'Amount',
    sortKey: 'amount',
    className: 'col-money',
    render: (t) => formatCents(NEGATIVE.has(t.kind) ? -t.amountCents : t.amountCents),
  },
  {
    id: 'returned',
    header: 'Returned / used',
    className: 'col-money',
    render: (t) => ((t.kind === 'obligation' || t.kind === 'commitment') && t.returnedCents ? formatCents(t.returnedCents) : ''),
  },
  { id: 'description', header: 'Description', render: (t) => t.description || '—' },
];
