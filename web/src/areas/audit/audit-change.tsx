import type { ReactNode } from 'react';
import type { AuditEntry } from '../../api/types.ts';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Top-level fields whose values differ between before and after. */
export function changedFields(before: unknown, after: unknown): string[] {
  if (!isRecord(before) || !isRecord(after)) return [];
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...keys].filter((key) => JSON.stringify(before[key]) !== JSON.stringify(after[key])).sort();
}

/** Pretty JSON; for an object, one block per top-level field so changed fields can be marked. */
function JsonBlock({ title, value, changed }: { title: string; value: unknown; changed: readonly string[] }) {
  let body: ReactNode;
  if (value === null || value === undefined) {
    body = <p className="muted">Nothing recorded.</p>;
  } else if (isRecord(value)) {
    const entries = Object.entries(value);
    body = (
      <pre>
        {'{\n'}
        {entries.map(([key, v], i) => (
          <span key={key} className={`json-line${changed.includes(key) ? ' is-changed' : ''}`}>
            {`  ${JSON.stringify(key)}: ${JSON.stringify(v, null, 2).replace(/\n/g, '\n  ')}${i < entries.length - 1 ? ',' : ''}`}
          </span>
        ))}
        {'}'}
      </pre>
    );
  } else {
    body = <pre>{JSON.stringify(value, null, 2)}</pre>;
  }
  return (
    <figure className="json-block">
      <figcaption>{title}</figcaption>
      {body}
    </figure>
  );
}

export function AuditChange({ entry }: { entry: AuditEntry }) {
  const changed = changedFields(entry.before, entry.after);
  return (
    <div className="audit-change">
      <p className="small">
        Record #{entry.seq} · {entry.at}
        {changed.length > 0 && (
          <>
            {' '}
            · changed: <span className="mono">{changed.join(', ')}</span>
          </>
        )}
      </p>
      <div className="json-pair">
        <JsonBlock title="Before" value={entry.before} changed={changed} />
        <JsonBlock title="After" value={entry.after} changed={changed} />
      </div>
      <p className="small muted mono hash-line" title="Hash chain: this record's hash and the previous one">
        hash {entry.hash.slice(0, 16)}… · prev {entry.prevHash.slice(0, 16)}…
      </p>
    </div>
  );
}
