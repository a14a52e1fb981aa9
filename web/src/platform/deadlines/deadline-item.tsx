import { Link } from 'react-router-dom';
import type { Deadline } from '../../api/types.ts';

export function dueLabel(d: Deadline): string {
  if (d.daysLeft === 0) return 'due today';
  return d.overdue ? `${-d.daysLeft} days overdue` : `in ${d.daysLeft} days`;
}

/** One clock, linked to its record; the rule behind it on hover. */
export function DeadlineLink({ deadline }: { deadline: Deadline }) {
  return (
    <Link
      to={deadline.link}
      className={`deadline-link${deadline.overdue ? ' is-overdue' : ''}`}
      title={`${deadline.title} — ${deadline.source}`}
    >
      {deadline.partnerCode && <span className="mono">{deadline.partnerCode} </span>}
      {deadline.title}
    </Link>
  );
}
