import type { LoaContent, LoaVersion } from '../../api/types.ts';
import { formatCents } from '../../platform/format.ts';
import { LoaTotals } from './loa-totals.tsx';

/** A version as it stands, for readers and for versions that can no longer change. */
export function LoaView({ version, content }: { version: LoaVersion; content: LoaContent }) {
  const scheduled = content.paymentSchedule.reduce((sum, p) => sum + p.amountCents, 0);
  return (
    <div className="loa-view">
      <section className="card" aria-labelledby="view-lines-title">
        <h2 id="view-lines-title">Lines</h2>
        <div className="table-wrap">
          <table className="data-table loa-read">
            <thead>
              <tr>
                <th scope="col">Line</th>
                <th scope="col">Description</th>
                <th scope="col">MASL</th>
                <th scope="col" className="col-money">
                  Qty
                </th>
                <th scope="col">UI</th>
                <th scope="col" className="col-money">
                  Unit cost
                </th>
                <th scope="col" className="col-money">
                  Extended
                </th>
                <th scope="col" title="Major Defense Equipment, Significant Military Equipment, Enhanced End-Use Monitoring">
                  Flags
                </th>
              </tr>
            </thead>
            <tbody>
              {content.lines.length === 0 && (
                <tr>
                  <td colSpan={8} className="table-empty">
                    No lines.
                  </td>
                </tr>
              )}
              {content.lines.map((l) => (
                <tr key={l.lineNumber}>
                  <td className="mono strong">{l.lineNumber}</td>
                  <td>
                    {l.description}
                    {(l.sourceOfSupply || l.deliveryPeriod) && (
                      <div className="muted small">
                        {l.sourceOfSupply && <>Source {l.sourceOfSupply}</>}
                        {l.sourceOfSupply && l.deliveryPeriod && ' · '}
                        {l.deliveryPeriod && <>Delivery {l.deliveryPeriod}</>}
                      </div>
                    )}
                  </td>
                  <td className="mono small">
                    {l.maslGenericCode} {l.maslNumber}
                  </td>
                  <td className="col-money">{l.quantity.toLocaleString('en-US')}</td>
                  <td className="mono">{l.unitOfIssue}</td>
                  <td className="col-money">{formatCents(l.unitCostCents)}</td>
                  <td className="col-money">{formatCents(l.quantity * l.unitCostCents)}</td>
                  <td className="col-narrow">
                    <span className="badge-list">
                      {l.mde && (
                        <span className="badge" title="Major Defense Equipment">
                          MDE
                        </span>
                      )}
                      {l.sme && (
                        <span className="badge" title="Significant Military Equipment">
                          SME
                        </span>
                      )}
                      {l.eeum && (
                        <span className="badge badge-warning" title="Enhanced End-Use Monitoring">
                          EEUM
                        </span>
                      )}
                      {l.programOfRecord === false && (
                        <span className="badge" title={`Non-program of record${l.nporType ? `: ${l.nporType}` : ', type not stated'}`}>
                          NPOR{l.nporType ? ` ${l.nporType}` : ''}
                        </span>
                      )}
                      {l.programOfRecord === null && (
                        <span className="badge badge-muted" title="Program of record or NPOR not yet stated (DSCA 21-50)">
                          POR?
                        </span>
                      )}
                    </span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
      <div className="editor-columns">
        <section className="card" aria-labelledby="view-notes-title">
          <h2 id="view-notes-title">Notes</h2>
          {content.notes.length === 0 ? (
            <p className="muted">No notes.</p>
          ) : (
            <dl className="note-read">
              {content.notes.map((n) => (
                <div key={n.code}>
                  <dt>
                    <span className="mono strong">{n.code}</span> {n.title}
                  </dt>
                  <dd className="notes">{n.text}</dd>
                </div>
              ))}
            </dl>
          )}
        </section>
        <section className="card" aria-labelledby="view-payments-title">
          <h2 id="view-payments-title">Payment schedule</h2>
          {content.paymentSchedule.length === 0 ? (
            <p className="muted">No payments scheduled.</p>
          ) : (
            <table className="payment-table">
              <tbody>
                {content.paymentSchedule.map((p, i) => (
                  <tr key={`${p.dueDate}-${i}`}>
                    <td>{p.dueDate}</td>
                    <td className="col-money">{formatCents(p.amountCents)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
      </div>
      <LoaTotals version={version} scheduledCents={scheduled} />
    </div>
  );
}
