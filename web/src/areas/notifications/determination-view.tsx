import type { PurchaserGroup } from '../../api/types.ts';
import { formatCents } from '../../platform/format.ts';
import { GROUP_LABELS, MEASURE_LABELS, UnverifiedBadge } from './notification-labels.tsx';

export interface ReasonRow {
  rule: string;
  measure: string;
  thresholdCents: number;
  valueCents: number;
  met: boolean;
  source: string;
}

/** Each threshold compared with the value: met ones first (the server's order), each with its source. */
export function ReasonList({ reasons }: { reasons: readonly ReasonRow[] }) {
  return (
    <ul className="finding-list" aria-label="Reasons">
      {reasons.map((r) => (
        <li
          key={r.measure}
          className="finding"
          data-measure={r.measure}
          aria-label={`${MEASURE_LABELS[r.measure] ?? r.measure} ${r.met ? 'met' : 'not met'}`}
        >
          <span className={`badge ${r.met ? 'badge-danger' : 'badge-ok'}`}>{r.met ? 'met' : 'not met'}</span>
          <span>
            <span className="strong">{MEASURE_LABELS[r.measure] ?? r.measure}</span>: value{' '}
            <span className="mono strong">{formatCents(r.valueCents)}</span> {r.met ? 'reaches' : 'is below'} the threshold{' '}
            <span className="mono strong">{formatCents(r.thresholdCents)}</span>
            <span className="muted small"> — {r.rule}</span>
          </span>
          <span className="finding-source" title={r.source}>
            {r.source}
          </span>
        </li>
      ))}
    </ul>
  );
}

interface PeriodsProps {
  purchaserGroup: PurchaserGroup;
  reviewDays: number | null;
  tieredReviewDays: number | null;
  verified: boolean;
  tieredReviewVerified: boolean;
}

/** The purchaser group and, when notice is required, the formal and tiered review periods. */
export function DeterminationFacts({ purchaserGroup, reviewDays, tieredReviewDays, verified, tieredReviewVerified }: PeriodsProps) {
  return (
    <dl className="facts facts-compact">
      <dt>Purchaser group</dt>
      <dd data-testid="purchaser-group">
        <span className="mono">{purchaserGroup}</span> <span className="muted small">{GROUP_LABELS[purchaserGroup]}</span>{' '}
        <UnverifiedBadge verified={verified} />
      </dd>
      <dt>Formal review</dt>
      <dd data-testid="review-days">
        {reviewDays === null ? <span className="muted">no notice required</span> : `${reviewDays} calendar days`}
      </dd>
      <dt>Tiered review</dt>
      <dd data-testid="tiered-review-days">
        {reviewDays === null ? (
          <span className="muted">no notice required</span>
        ) : tieredReviewDays === null ? (
          <span className="muted">none applies</span>
        ) : (
          <>
            {tieredReviewDays} calendar days before formal notice{' '}
            <UnverifiedBadge verified={tieredReviewVerified} title="The tiered review period is not yet confirmed against its source" />
          </>
        )}
      </dd>
    </dl>
  );
}
