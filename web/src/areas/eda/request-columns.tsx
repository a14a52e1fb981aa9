import { Link } from 'react-router-dom';
import type { Column } from '../../platform/data-table.tsx';
import { formatCents } from '../../platform/format.ts';
import { authorityLabel, type EdaRequestItem, STATUS_LABELS } from './eda-api.ts';

export const requestColumns: Column<EdaRequestItem>[] = [
  {
    id: 'reference',
    header: 'Request',
    className: 'mono',
    render: (r) => (
      <Link to={`/eda/requests/${r.id}`} tabIndex={-1} className="strong">
        {r.reference}
      </Link>
    ),
  },
  { id: 'partner', header: 'Recipient', className: 'col-narrow mono', render: (r) => r.partnerCode },
  { id: 'items', header: 'Items', render: (r) => r.declaration.nomenclature },
  { id: 'quantity', header: 'Quantity', className: 'col-narrow mono', render: (r) => r.authorizedQuantity ?? r.quantity },
  { id: 'ia', header: 'IA', className: 'col-narrow mono', render: (r) => r.agencyCode ?? '—' },
  { id: 'authority', header: 'Grant or sale', render: (r) => authorityLabel(r.authority) },
  { id: 'acquisition', header: 'Acquisition value', className: 'col-money', render: (r) => formatCents(r.originalAcquisitionValueCents) },
  { id: 'current', header: 'Current value', className: 'col-money', render: (r) => formatCents(r.currentValueCents) },
  {
    id: 'status',
    header: 'Status',
    render: (r) => (
      <>
        {STATUS_LABELS[r.status]}
        {r.priority.priority ? <span className="badge">516(c)(2) priority</span> : null}
      </>
    ),
  },
  { id: 'date', header: 'Status date', className: 'col-date mono', render: (r) => r.statusOn },
];
