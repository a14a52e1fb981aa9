import { formatCount } from './format.ts';

export const PAGE_SIZES = [25, 50, 100, 200] as const;

interface PagerProps {
  offset: number;
  limit: number;
  total: number;
  /** False when the server counted only up to `total` (the list has that many or more). */
  totalExact?: boolean;
  onChange: (offset: number, limit: number) => void;
  label?: string;
}

/** "1–50 of 252" (or "of 1,050 or more") with previous/next and a page size. */
export function Pager({ offset, limit, total, totalExact = true, onChange, label = 'Pages' }: PagerProps) {
  const first = total === 0 ? 0 : offset + 1;
  const last = Math.min(offset + limit, total);
  return (
    <nav className="pager" aria-label={label}>
      <span className="pager-range" aria-live="polite">
        {total === 0 ? 'No results' : `${formatCount(first)}–${formatCount(last)} of ${formatCount(total)}${totalExact ? '' : ' or more'}`}
      </span>
      <label className="pager-size">
        <span>Rows</span>
        <select value={limit} onChange={(e) => onChange(0, Number(e.target.value))}>
          {PAGE_SIZES.map((size) => (
            <option key={size} value={size}>
              {size}
            </option>
          ))}
        </select>
      </label>
      <button
        type="button"
        className="button button-small"
        disabled={offset === 0}
        onClick={() => onChange(Math.max(0, offset - limit), limit)}
      >
        ‹ Previous
      </button>
      <button
        type="button"
        className="button button-small"
        disabled={totalExact && last >= total}
        onClick={() => onChange(offset + limit, limit)}
      >
        Next ›
      </button>
    </nav>
  );
}
