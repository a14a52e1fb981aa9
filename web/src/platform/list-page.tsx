import type { ReactNode } from 'react';
import { type GetPath, queryString } from '../api/file-url.ts';
import type { Query } from '../api/schema-types.ts';
import type { SavedViewArea } from '../api/types.ts';
import { type Column, DataTable } from './data-table.tsx';
import { formatCount } from './format.ts';
import type { ListState } from './list-state.ts';
import { Pager } from './pager.tsx';
import { SavedViews } from './saved-views.tsx';
import { ErrorNotice } from './status-pages.tsx';
import type { ApiState } from './use-api.ts';
import { usePageTitle } from './use-page-title.ts';

/** One page of a list as every list endpoint answers it. */
export interface ListData<T> {
  items: readonly T[];
  total: number;
  offset: number;
  limit: number;
  /** False when the server stopped counting (the list has `total` rows or more). */
  totalExact?: boolean;
}

export type ExportFormat = 'csv' | 'xlsx';

/** A list path whose rows the API also serves as files (`/leases` → `/leases/export.csv`). */
export type ExportablePath = { [P in GetPath]: `${P}/export.csv` extends GetPath ? P : never }[GetPath];

/** The address of a list's download with the same filters (and sort), every row: no page. */
export function exportUrl<P extends ExportablePath>(path: P, query: Query<P>, format: ExportFormat): string {
  const { limit: _limit, offset: _offset, ...filters } = query as { limit?: unknown; offset?: unknown };
  const search = queryString(filters);
  return `/api${path}/export.${format}${search ? `?${search}` : ''}`;
}

export interface ListPageProps<T> {
  title: string;
  /** What the list holds, before its count: "AECA 61 lease agreements in your scope". */
  description?: ReactNode;
  /** Buttons in the header (New …). */
  actions?: ReactNode;
  filters?: ReactNode;
  /** Where the user's named views of this list are kept (see SavedViews). */
  savedViews?: { area: SavedViewArea; path: string };
  /** The list as a CSV or XLSX file with the same filters; omitted when the API has no export for it. */
  download?: (format: ExportFormat) => string;
  /** Shown between the filters and the table (an import panel, a notice). */
  children?: ReactNode;
  list: Pick<ListState, 'sort' | 'dir' | 'onSort' | 'onPage'>;
  page: Pick<ApiState<ListData<T>>, 'data' | 'error' | 'loading' | 'reload'>;
  caption: string;
  columns: readonly Column<T>[];
  rowKey: (row: T) => string;
  rowLabel?: (row: T) => string;
  onOpen?: (row: T) => void;
  detail?: (row: T) => ReactNode | null;
  /** Shown when nothing matches: "No lease matches these filters." */
  empty: string;
}

/**
 * Every list screen: the title with how many were found, its filters (kept in the URL), saved views, downloads of the
 * same rows, a table whose headers sort where the API can, and the pager. Columns keep their width by class
 * (`col-code`, `col-title`, `col-money`…), so the identifier, the title and the value stay in view.
 */
export function ListPage<T>(props: ListPageProps<T>) {
  const { title, description, actions, filters, savedViews, download, children, list, page } = props;
  usePageTitle(title);
  const found = page.data ? `${formatCount(page.data.total)}${page.data.totalExact === false ? ' or more' : ''} found` : '';
  return (
    <section className="page">
      <header className="page-header">
        <div>
          <h1>{title}</h1>
          <p className="page-sub">
            {description}
            {description && found ? ' · ' : ''}
            {found}
          </p>
        </div>
        {(download || actions) && (
          <div className="form-actions">
            {download && (
              <>
                <a className="button" href={download('csv')} download>
                  Export CSV
                </a>
                <a className="button" href={download('xlsx')} download>
                  Export XLSX
                </a>
              </>
            )}
            {actions}
          </div>
        )}
      </header>
      {filters}
      {savedViews && <SavedViews area={savedViews.area} path={savedViews.path} />}
      {children}
      {page.error && <ErrorNotice message={page.error.message} onRetry={page.reload} />}
      <DataTable
        caption={props.caption}
        columns={props.columns}
        rows={page.data?.items ?? []}
        rowKey={props.rowKey}
        rowLabel={props.rowLabel}
        onOpen={props.onOpen}
        detail={props.detail}
        sort={list.sort ? { key: list.sort, dir: list.dir } : undefined}
        onSort={list.sort ? list.onSort : undefined}
        busy={page.loading}
        empty={page.loading && !page.data ? 'Loading…' : props.empty}
      />
      {page.data && (
        <Pager
          offset={page.data.offset}
          limit={page.data.limit}
          total={page.data.total}
          totalExact={page.data.totalExact ?? true}
          onChange={list.onPage}
          label={`${props.caption} pages`}
        />
      )}
    </section>
  );
}
