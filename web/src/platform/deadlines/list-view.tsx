import { useNavigate } from 'react-router-dom';
import type { Deadline } from '../../api/types.ts';
import { type Column, DataTable } from '../data-table.tsx';
import { DeadlineLink, dueLabel } from './deadline-item.tsx';

const COLUMNS: Column<Deadline>[] = [
  { id: 'due', header: 'Due', className: 'col-date mono', render: (d) => d.dueDate },
  {
    id: 'left',
    header: 'When',
    className: 'col-narrow',
    render: (d) => <span className={d.overdue ? 'badge badge-warning' : 'badge badge-muted'}>{dueLabel(d)}</span>,
  },
  { id: 'what', header: 'What', render: (d) => <DeadlineLink deadline={d} /> },
  { id: 'partner', header: 'Partner', className: 'col-narrow mono', render: (d) => d.partnerCode ?? '—' },
  { id: 'source', header: 'Rule', className: 'muted', render: (d) => d.source },
];

export function ListView({ items, loading }: { items: Deadline[]; loading: boolean }) {
  const navigate = useNavigate();
  return (
    <DataTable
      caption="Deadlines, earliest first"
      columns={COLUMNS}
      rows={items}
      rowKey={(d) => d.id}
      rowLabel={(d) => `${d.dueDate} ${d.title}`}
      onOpen={(d) => navigate(d.link)}
      busy={loading}
      empty={loading ? 'Loading…' : 'No open deadline in this window.'}
    />
  );
}
