import type { Deadline } from '../../api/types.ts';
import { DeadlineLink } from './deadline-item.tsx';

const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

export function MonthView({
  weeks,
  month,
  today,
  items,
  label,
}: {
  weeks: string[][];
  month: string;
  today: string;
  items: Deadline[];
  label: string;
}) {
  const byDay = new Map<string, Deadline[]>();
  for (const item of items) byDay.set(item.dueDate, [...(byDay.get(item.dueDate) ?? []), item]);
  return (
    <table className="month-grid" aria-label={`Deadlines in ${label}`}>
      <thead>
        <tr>
          {WEEKDAYS.map((d) => (
            <th key={d} scope="col">
              {d}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {weeks.map((week) => (
          <tr key={week[0]}>
            {week.map((day) => {
              const due = byDay.get(day) ?? [];
              const classes = ['month-day', day.startsWith(month) ? '' : 'is-outside', day === today ? 'is-today' : '']
                .filter(Boolean)
                .join(' ');
              return (
                <td
                  key={day}
                  className={classes}
                  data-date={day}
                  aria-label={`${day}: ${due.length} deadline${due.length === 1 ? '' : 's'}`}
                >
                  <span className="month-day-number">{Number(day.slice(8))}</span>
                  <ul>
                    {due.map((d) => (
                      <li key={d.id}>
                        <DeadlineLink deadline={d} />
                      </li>
                    ))}
                  </ul>
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
