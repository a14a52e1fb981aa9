import { Fragment, type KeyboardEvent, type MouseEvent, type ReactNode, useEffect, useRef, useState } from 'react';

export interface Column<T> {
  id: string;
  header: ReactNode;
  render: (row: T) => ReactNode;
  /** The server's sort key; makes the header a sort button. */
  sortKey?: string;
  className?: string;
}

export interface SortState {
  key: string;
  dir: 'asc' | 'desc';
}

interface DataTableProps<T> {
  caption: string;
  columns: readonly Column<T>[];
  rows: readonly T[];
  rowKey: (row: T) => string;
  rowLabel?: (row: T) => string;
  onOpen?: (row: T) => void;
  sort?: SortState;
  onSort?: (key: string) => void;
  /** Content of a detail row shown under a row, or null when the row is collapsed. */
  detail?: (row: T) => ReactNode | null;
  empty?: ReactNode;
  busy?: boolean;
}

const INTERACTIVE = 'a, button, input, select, textarea, label';

/**
 * A dense table whose rows are one tab stop: Up/Down (and Home/End) move between rows, Enter opens the row.
 * Clicking a row opens it too; headers with a sort key are buttons that sort by that column.
 */
export function DataTable<T>(props: DataTableProps<T>) {
  const { caption, columns, rows, rowKey, rowLabel, onOpen, sort, onSort, detail, empty, busy } = props;
  const [active, setActive] = useState(0);
  const rowRefs = useRef<(HTMLTableRowElement | null)[]>([]);
  const keys = rows.map(rowKey).join('|');

  // A new page or filter puts the keyboard focus back on the first row.
  // biome-ignore lint/correctness/useExhaustiveDependencies: `keys` is the trigger, not a value the effect reads
  useEffect(() => setActive(0), [keys]);

  function focusRow(index: number) {
    const bounded = Math.max(0, Math.min(rows.length - 1, index));
    setActive(bounded);
    rowRefs.current[bounded]?.focus();
  }

  function handleKey(event: KeyboardEvent<HTMLTableRowElement>, index: number, row: T) {
    if (event.target !== event.currentTarget) return;
    const moves: Record<string, number> = { ArrowDown: index + 1, ArrowUp: index - 1, Home: 0, End: rows.length - 1 };
    const to = moves[event.key];
    if (to !== undefined) {
      event.preventDefault();
      focusRow(to);
    } else if ((event.key === 'Enter' || event.key === ' ') && onOpen) {
      event.preventDefault();
      onOpen(row);
    }
  }

  function handleClick(event: MouseEvent<HTMLTableRowElement>, index: number, row: T) {
    setActive(index);
    if ((event.target as HTMLElement).closest(INTERACTIVE)) return;
    onOpen?.(row);
  }

  return (
    <div className={`table-wrap${busy ? ' is-busy' : ''}`} aria-busy={busy || undefined}>
      <table className={`data-table${onOpen ? ' is-interactive' : ''}`}>
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            {columns.map((column) => (
              <SortableHeader key={column.id} column={column} sort={sort} onSort={onSort} />
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 && (
            <tr>
              <td colSpan={columns.length} className="table-empty">
                {empty ?? 'Nothing to show.'}
              </td>
            </tr>
          )}
          {rows.map((row, index) => {
            const extra = detail?.(row) ?? null;
            return (
              <Fragment key={rowKey(row)}>
                <tr
                  ref={(el) => {
                    rowRefs.current[index] = el;
                  }}
                  tabIndex={index === active ? 0 : -1}
                  aria-label={rowLabel?.(row)}
                  className={extra !== null ? 'is-expanded' : undefined}
                  onFocus={() => setActive(index)}
                  onKeyDown={(event) => handleKey(event, index, row)}
                  onClick={(event) => handleClick(event, index, row)}
                >
                  {columns.map((column) => (
                    <td key={column.id} className={column.className}>
                      {column.render(row)}
                    </td>
                  ))}
                </tr>
                {extra !== null && (
                  <tr className="detail-row">
                    <td colSpan={columns.length}>{extra}</td>
                  </tr>
                )}
              </Fragment>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

function SortableHeader<T>({ column, sort, onSort }: { column: Column<T>; sort?: SortState; onSort?: (key: string) => void }) {
  const key = column.sortKey;
  if (!key || !onSort) {
    return (
      <th scope="col" className={column.className}>
        {column.header}
      </th>
    );
  }
  const current = sort?.key === key ? sort.dir : undefined;
  return (
    <th scope="col" className={column.className} aria-sort={current === 'asc' ? 'ascending' : current === 'desc' ? 'descending' : 'none'}>
      <button type="button" className="sort-button" onClick={() => onSort(key)}>
        {column.header}
        <span className={`sort-indicator${current ? ' is-active' : ''}`} aria-hidden="true">
          {current === 'desc' ? '▼' : '▲'}
        </span>
      </button>
    </th>
  );
}
