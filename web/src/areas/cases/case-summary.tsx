import { Link } from 'react-router-dom';
import type { CasePage, OfferGroupResult } from '../../api/types.ts';
import { AgencyLabel } from '../../platform/agencies.tsx';
import { formatCents, formatDateTime } from '../../platform/format.ts';
import { CASE_TYPE_LABELS, MILESTONE_LABELS } from './case-labels.tsx';
import { Checklist } from './checklist.tsx';
import { LoaTotals } from './loa-totals.tsx';
import { OfferGroupField } from './offer-group-field.tsx';

interface CaseSummaryProps {
  page: CasePage;
  canWrite: boolean;
  /** The development group was set: the case has a new version. */
  onOfferGroupSaved?: (saved: OfferGroupResult) => void;
}

export function CaseSummary({ page, canWrite, onOfferGroupSaved }: CaseSummaryProps) {
  const c = page.case;
  const current = page.versions[page.versions.length - 1];
  const lastMilestones = [...page.milestones].sort((a, b) => (a.onDate < b.onDate ? 1 : -1)).slice(0, 5);
  return (
    <div className="summary-grid">
      <section className="card" aria-labelledby="case-facts-title">
        <h2 id="case-facts-title">Case</h2>
        <dl className="facts">
          <dt>Identifier</dt>
          <dd className="mono strong">{c.identifier}</dd>
          <dt>Partner</dt>
          <dd>
            <Link to={`/countries/${c.partnerCode}`}>{c.partnerName}</Link> <span className="mono muted">{c.partnerCode}</span>
          </dd>
          <dt>Implementing agency</dt>
          <dd>
            <AgencyLabel code={c.agencyCode} />
          </dd>
          <dt>Type</dt>
          <dd>{CASE_TYPE_LABELS[c.type] ?? c.type}</dd>
          <dt>Development group</dt>
          <dd>
            <OfferGroupField
              caseRef={c.identifier}
              version={c.version}
              initial={c.offerGroup}
              canWrite={canWrite}
              onSaved={onOfferGroupSaved}
            />
          </dd>
          <dt>Title</dt>
          <dd>{c.title}</dd>
          <dt>Funding</dt>
          <dd>
            {c.fundingSources.length === 0 ? (
              <span className="muted">—</span>
            ) : (
              <span className="badge-list">
                {c.fundingSources.map((f) => (
                  <span key={f} className="badge mono">
                    {f}
                  </span>
                ))}
              </span>
            )}
          </dd>
          <dt>Case manager</dt>
          <dd>{c.caseManager || <span className="muted">not assigned</span>}</dd>
          <dt>Letter of request</dt>
          <dd>{c.lorId ? <Link to="/cases/lors?status=converted">from an LOR</Link> : <span className="muted">opened directly</span>}</dd>
          <dt>Opened</dt>
          <dd>{formatDateTime(c.createdAt)}</dd>
          <dt>Updated</dt>
          <dd>{formatDateTime(c.updatedAt)}</dd>
          <dt>Lines</dt>
          <dd>
            {page.current.lines.length} in version {page.current.number} · case value {formatCents(c.totalCents)}
          </dd>
          <dt>Recent milestones</dt>
          <dd>
            {lastMilestones.length === 0 ? (
              <span className="muted">none</span>
            ) : (
              <ul className="plain-list">
                {lastMilestones.map((m) => (
                  <li key={m.milestone}>
                    <span className="mono">{m.onDate}</span> {MILESTONE_LABELS[m.milestone as keyof typeof MILESTONE_LABELS] ?? m.milestone}
                  </li>
                ))}
              </ul>
            )}
          </dd>
        </dl>
      </section>
      <div className="stack">
        {current && <LoaTotals version={current} />}
        <Checklist findings={page.findings} />
      </div>
    </div>
  );
}
