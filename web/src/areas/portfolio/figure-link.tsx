import { Link } from 'react-router-dom';
import { formatCents, formatCount } from '../../platform/format.ts';
import type { PortfolioFigure, PortfolioSection } from './portfolio-api.ts';

/** A figure's value, as a link to the records behind it. */
export function FigureValue({ figure }: { figure: PortfolioFigure }) {
  const text = [figure.count === null ? null : formatCount(figure.count), figure.cents === null ? null : formatCents(figure.cents)]
    .filter(Boolean)
    .join(' · ');
  const atRisk = figure.risk !== null && Boolean(figure.count || figure.cents);
  return (
    <>
      <Link to={figure.link} data-figure={figure.key} className="strong">
        {text || '0'}
      </Link>
      {atRisk && <span className="badge badge-warning">{figure.risk}</span>}
    </>
  );
}

/** A section's headline figures as a definition list, then each breakdown as a small table. */
export function SectionCard({ section }: { section: PortfolioSection }) {
  const headline = section.figures.filter((f) => f.group === null);
  const groups = [...new Set(section.figures.map((f) => f.group).filter((g): g is string => g !== null))];
  return (
    <section className="card" aria-labelledby={`section-${section.id}`} data-section={section.id}>
      <h2 id={`section-${section.id}`}>{section.label}</h2>
      {section.figures.length === 0 && <p className="muted">Nothing recorded.</p>}
      <dl className="facts">
        {headline.map((f) => (
          <div key={f.key} style={{ display: 'contents' }}>
            <dt>{f.label}</dt>
            <dd>
              <FigureValue figure={f} />
            </dd>
          </div>
        ))}
      </dl>
      {groups.map((g) => (
        <table key={g} className="table-compact" aria-label={`${section.label} ${g.replaceAll('_', ' ')}`}>
          <caption className="muted small">{g.replaceAll('_', ' ')}</caption>
          <tbody>
            {section.figures
              .filter((f) => f.group === g)
              .map((f) => (
                <tr key={f.key}>
                  <th scope="row">{f.label}</th>
                  <td className="num">
                    <FigureValue figure={f} />
                  </td>
                </tr>
              ))}
          </tbody>
        </table>
      ))}
    </section>
  );
}
