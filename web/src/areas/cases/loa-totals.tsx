import type { LoaVersion } from '../../api/types.ts';
import { formatBasisPoints, formatCents } from '../../platform/format.ts';
import type { DraftTotals } from './loa-draft.ts';

interface LoaTotalsProps {
  version: LoaVersion;
  /** Live figures of unsaved edits, when there are any. */
  estimate?: DraftTotals | null;
  scheduledCents?: number;
}

/** Lines + accessorial charges + administrative surcharge = case value, as saved (and as it would be after saving). */
export function LoaTotals({ version, estimate, scheduledCents }: LoaTotalsProps) {
  const changed = estimate && estimate.totalCents !== version.totalCents;
  const total = estimate ? estimate.totalCents : version.totalCents;
  const balance = scheduledCents === undefined ? null : total - scheduledCents;
  return (
    <section className="card totals" aria-labelledby={`totals-${version.number}`}>
      <h2 id={`totals-${version.number}`}>Totals</h2>
      <dl className="totals-list">
        <dt>Lines</dt>
        <dd>{formatCents(version.linesCents)}</dd>
        <dt>Accessorial charges</dt>
        <dd>{formatCents(version.accessorialCents)}</dd>
        <dt>Administrative surcharge ({formatBasisPoints(version.surchargeBasisPoints)})</dt>
        <dd>{formatCents(version.administrativeCents)}</dd>
        <dt className="total-row">Total case value</dt>
        <dd className="total-row" data-testid="loa-total">
          {formatCents(version.totalCents)}
        </dd>
      </dl>
      {changed && estimate && (
        <p className="notice notice-info small" data-testid="loa-estimate">
          Unsaved changes: lines {formatCents(estimate.linesCents)}, total {formatCents(estimate.totalCents)} at{' '}
          {formatBasisPoints(version.surchargeBasisPoints)}. The server reprices when you save.
        </p>
      )}
      {balance !== null && (
        <p className={`small ${balance === 0 ? 'text-ok' : 'text-warn'}`} data-testid="schedule-balance">
          Payment schedule {formatCents(scheduledCents)} of {formatCents(total)}
          {balance === 0 ? ' ✓' : ` · ${balance > 0 ? 'unscheduled' : 'over by'} ${formatCents(Math.abs(balance))}`}
        </p>
      )}
    </section>
  );
}
