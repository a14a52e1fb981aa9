import type { QualityFinding } from '../../api/types.ts';

/** The CWD quality findings on the LOA, blocking first; each names its rule's source. */
export function Checklist({ findings, stale = false }: { findings: readonly QualityFinding[]; stale?: boolean }) {
  const blocking = findings.filter((f) => f.severity === 'blocking');
  const warnings = findings.filter((f) => f.severity === 'warning');
  return (
    <section className="card checklist" aria-labelledby="checklist-title">
      <div className="card-header">
        <h2 id="checklist-title">Checklist</h2>
        <span className="badge-list">
          {blocking.length > 0 && <span className="badge badge-danger">{blocking.length} blocking</span>}
          {warnings.length > 0 && (
            <span className="badge badge-warning">
              {warnings.length} warning{warnings.length === 1 ? '' : 's'}
            </span>
          )}
        </span>
      </div>
      {stale && <p className="muted small">As of the last save; save to check your changes.</p>}
      {findings.length === 0 ? (
        <p className="checklist-clean" role="status">
          ✓ No findings: the LOA passes every quality check.
        </p>
      ) : (
        <ul className="finding-list">
          {[...blocking, ...warnings].map((f, i) => (
            <li key={`${f.check}-${f.lineNumber ?? ''}-${i}`} className={`finding finding-${f.severity}`} data-check={f.check}>
              <span className={`badge ${f.severity === 'blocking' ? 'badge-danger' : 'badge-warning'}`}>{f.severity}</span>
              <span className="finding-message">
                {f.lineNumber && <span className="mono strong">Line {f.lineNumber}: </span>}
                {f.message}
              </span>
              <span className="finding-source" title={f.source}>
                {f.source}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
