import { type ComponentType, useCallback, useState } from 'react';
import { Link, useLocation, useParams } from 'react-router-dom';
import { api, fileUrls } from '../../api/client.ts';
import type { CasePage as CasePageData, LoaVersionDetail, OfferGroupResult } from '../../api/types.ts';
import { AgencyLabel } from '../../platform/agencies.tsx';
import { formatCents } from '../../platform/format.ts';
import { useArea } from '../../platform/session-context.tsx';
import { ErrorNotice, Loading, NotAvailablePage } from '../../platform/status-pages.tsx';
import { Tabs } from '../../platform/tabs.tsx';
import { type Notice, UndoNotice } from '../../platform/undo-notice.tsx';
import { useApi } from '../../platform/use-api.ts';
import { usePageTitle } from '../../platform/use-page-title.ts';
import { useSearchState } from '../../platform/use-search-state.ts';
import { CaseActions } from './case-actions.tsx';
import { CASE_TYPE_LABELS, StatusBadge } from './case-labels.tsx';
import { CaseSummary } from './case-summary.tsx';
import { Checklist } from './checklist.tsx';
import { CommentsPanel } from './comments-panel.tsx';
import { LoaEditor } from './loa-editor.tsx';
import { LoaView } from './loa-view.tsx';
import { MilestonesPanel } from './milestones-panel.tsx';
import { VersionsPanel } from './versions-panel.tsx';

const TABS = ['summary', 'loa', 'versions', 'milestones', 'comments'] as const;
type Tab = (typeof TABS)[number];
const EDITABLE_STATUSES = ['draft', 'returned'];

function listSearchOf(state: unknown): string {
  if (typeof state === 'object' && state !== null && 'listSearch' in state) {
    const value = (state as { listSearch: unknown }).listSearch;
    if (typeof value === 'string') return value;
  }
  return '';
}

/** What the case page tells the congressional notification panel (the notifications area's, given by app.tsx). */
export interface NotificationPanelProps {
  caseRef: string;
  caseId: string;
  partnerCode: string;
  title: string;
  /** Changes whenever the LOA lines may have changed (version and revision): the panel fetches again. */
  refreshKey: string;
}

interface CasePageProps {
  /** The notifications area's panel on the case (AECA 36(b)(1): required or not, covering notices, what stops the offer). */
  notificationPanel?: ComponentType<NotificationPanelProps>;
}

/** The case page, fresh for each case (no notice or unsaved edit carries over from another case). */
export function CasePage({ notificationPanel }: CasePageProps) {
  const { ref = '' } = useParams();
  return <CasePageBody key={ref} caseRef={ref} notificationPanel={notificationPanel} />;
}

function CasePageBody({ caseRef: ref, notificationPanel: NotificationPanel }: { caseRef: string } & CasePageProps) {
  const location = useLocation();
  const { get, update } = useSearchState();
  const cases = useArea('cases');
  const caseWriting = useArea('case-writing');
  const canReadAudit = useArea('audit')?.canRead ?? false;
  const canWrite = cases?.canWrite ?? false;
  const canComment = Boolean(caseWriting?.canRead && (caseWriting.canWrite || canWrite));
  const page = useApi(['cases', 'case-page:api.getCase'], (signal) => api.getCase(ref, signal), [ref]);
  const comments = useApi(
    ['cases', 'case-page:api.listComments'],
    (signal) => (caseWriting?.canRead ? api.listComments(ref, signal) : Promise.resolve([])),
    [ref, caseWriting?.canRead],
  );
  const [notice, setNotice] = useState<Notice | null>(null);
  const [dirty, setDirty] = useState(false);
  const tab: Tab = TABS.includes(get('tab') as Tab) ? (get('tab') as Tab) : 'summary';
  usePageTitle(page.data ? `${page.data.case.identifier} ${page.data.case.title}` : `Case ${ref}`);

  const onDirtyChange = useCallback((value: boolean) => setDirty(value), []);

  if (page.error && (page.error.isUnavailable || page.error.status === 400)) return <NotAvailablePage what={`Case ${ref}`} />;
  if (page.error && !page.data) return <ErrorNotice message={page.error.message} onRetry={page.reload} />;
  if (!page.data) return <Loading />;
  const data = page.data;
  const c = data.case;
  const current = data.versions[data.versions.length - 1]!;
  const editable =
    canWrite &&
    current.state === 'draft' &&
    current.number === data.current.number &&
    (current.kind !== 'basic' || EDITABLE_STATUSES.includes(c.status));
  const basic = data.versions[0];
  const offerExpiration = basic?.offerExpirationDate ?? null;
  const openComments = (comments.data ?? []).filter((x) => !x.resolvedAt).length;
  const blocking = data.findings.filter((f) => f.severity === 'blocking').length;
  const notificationPanel = NotificationPanel && (
    <NotificationPanel
      caseRef={c.identifier}
      caseId={c.id}
      partnerCode={c.partnerCode}
      title={c.title}
      refreshKey={`${current.number}-${current.revision}-${c.version}`}
    />
  );

  function moved(updated: CasePageData, message: string | Notice) {
    page.setData(updated);
    setNotice(typeof message === 'string' ? { message } : message);
  }

  /** The group is set on the case's version: later moves are sent on the new one. */
  function offerGroupSaved(saved: OfferGroupResult) {
    page.setData((current) => current && { ...current, case: { ...current.case, offerGroup: saved.offerGroup, version: saved.version } });
  }

  function saved(detail: LoaVersionDetail) {
    const blockingNow = detail.findings.filter((f) => f.severity === 'blocking').length;
    setNotice({
      message: `Saved version ${detail.version.number} (revision ${detail.version.revision}): total ${formatCents(detail.version.totalCents)}; ${
        blockingNow === 0 ? 'no blocking findings' : `${blockingNow} blocking finding${blockingNow === 1 ? '' : 's'}`
      }.`,
    });
    page.reload();
  }

  return (
    <section className="page case-page">
      <nav className="breadcrumbs" aria-label="Breadcrumbs">
        <Link to={`/cases${listSearchOf(location.state)}`}>Cases</Link>
        <span aria-hidden="true">/</span>
        <span>{c.identifier}</span>
      </nav>
      <header className="page-header case-header">
        <div>
          <h1>
            <span className="mono" data-testid="case-identifier">
              {c.identifier}
            </span>{' '}
            <span className="case-title">{c.title}</span>
          </h1>
          <p className="page-sub case-meta">
            <span data-testid="case-status">
              <StatusBadge status={c.status} />
            </span>
            <span>
              <Link to={`/countries/${c.partnerCode}`}>{c.partnerName}</Link> <span className="mono">{c.partnerCode}</span>
            </span>
            <span>
              <AgencyLabel code={c.agencyCode} />
            </span>
            <span>{CASE_TYPE_LABELS[c.type] ?? c.type}</span>
            <span className="strong">{formatCents(c.totalCents)}</span>
            {offerExpiration && ['offered', 'offer_expired'].includes(c.status) && (
              <span>
                Offer expires{' '}
                <span className="mono strong" data-testid="offer-expiration">
                  {offerExpiration}
                </span>
              </span>
            )}
          </p>
        </div>
        <div className="form-actions">
          <a
            className="button"
            href={fileUrls.loaPdf(c.identifier, current.number)}
            target="_blank"
            rel="noopener"
            title={`The LOA document of version ${current.number}`}
          >
            LOA (PDF)
          </a>
          {canReadAudit && (
            <Link className="button" to={`/audit?entityType=case&entityId=${encodeURIComponent(c.id)}`}>
              Audit trail
            </Link>
          )}
        </div>
      </header>
      <CaseActions page={data} onDone={moved} onReload={page.reload} />
      <UndoNotice notice={notice} />
      {page.error && <ErrorNotice message={page.error.message} onRetry={page.reload} />}
      <Tabs
        label="Case sections"
        selected={tab}
        onSelect={(id) => update({ tab: id === 'summary' ? null : id }, { replace: true })}
        tabs={[
          { id: 'summary', label: 'Summary' },
          {
            id: 'loa',
            label: (
              <>
                LOA {blocking > 0 && <span className="badge badge-danger">{blocking}</span>}
                {dirty && <span className="dirty-dot" title="Unsaved changes" role="img" aria-label="unsaved changes" />}
              </>
            ),
          },
          { id: 'versions', label: `Versions (${data.versions.length})` },
          { id: 'milestones', label: 'Milestones' },
          ...(caseWriting?.canRead ? [{ id: 'comments', label: openComments > 0 ? `Comments (${openComments} open)` : 'Comments' }] : []),
        ]}
      >
        {tab === 'summary' && (
          <div className="stack">
            <CaseSummary page={data} canWrite={canWrite || Boolean(caseWriting?.canWrite)} onOfferGroupSaved={offerGroupSaved} />
            {notificationPanel}
          </div>
        )}
        {/* The LOA stays mounted on other tabs, so unsaved edits survive a look at the milestones. */}
        {(tab === 'loa' || dirty) && (
          <div className="loa-layout" hidden={tab !== 'loa'}>
            <div className="loa-main">
              {editable ? (
                <LoaEditor
                  key={`${current.number}-${current.revision}`}
                  caseRef={c.identifier}
                  version={current}
                  content={data.current}
                  findings={data.findings}
                  onSaved={saved}
                  onReload={() => {
                    setNotice(null);
                    page.reload();
                  }}
                  onDirtyChange={onDirtyChange}
                />
              ) : (
                <>
                  {canWrite && (
                    <p className="notice notice-info">
                      Version {current.number} is{' '}
                      {current.state === 'issued' ? 'issued' : `not editable while the case is ${c.status.replaceAll('_', ' ')}`}
                      {current.state === 'issued' ? '; start an amendment or modification under Versions to change it.' : '.'}
                    </p>
                  )}
                  <LoaView version={current} content={data.current} />
                </>
              )}
            </div>
            <aside className="loa-aside">
              <Checklist findings={data.findings} stale={dirty && editable} />
              {notificationPanel}
            </aside>
          </div>
        )}
        {tab === 'versions' && (
          <VersionsPanel
            page={data}
            canWrite={canWrite}
            onChanged={(message) => {
              setNotice({ message });
              page.reload();
            }}
          />
        )}
        {tab === 'milestones' && (
          <MilestonesPanel
            key={JSON.stringify(data.milestones)}
            page={data}
            canWrite={canWrite}
            onSaved={moved}
            onRestored={(restored) => page.setData(restored)}
          />
        )}
        {tab === 'comments' && (
          <CommentsPanel
            page={data}
            comments={comments.data ?? []}
            canComment={canComment}
            onChanged={(changed) => {
              setNotice(changed);
              comments.reload();
            }}
            onReload={comments.reload}
          />
        )}
      </Tabs>
    </section>
  );
}
