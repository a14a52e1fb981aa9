import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router-dom';
import { http, type Schema, unwrap } from '../api/http.ts';
import { formatCents, formatDate } from '../platform/format.ts';
import { usePageTitle } from '../platform/use-page-title.ts';
import { Empty, QueryState } from './query-state.tsx';
import { SignLoaForm } from './sign-loa-form.tsx';
import { plain } from './words.ts';

type Version = Schema<'PartnerCase'>['loaVersions'][number];

export function CaseDetailPage() {
  const ref = useParams().ref ?? '';
  usePageTitle(`Case ${ref}`);
  const found = useQuery({
    queryKey: ['partner', 'cases', ref],
    queryFn: ({ signal }) => unwrap(http.GET('/partner/cases/{ref}', { params: { path: { ref } }, signal })),
  });
  return (
    <div className="page">
      <p>
        <Link to="/partner/cases">Your cases</Link>
      </p>
      <QueryState query={found} what="This case">
        {(c) => {
          const offered = c.status === 'offered' ? c.loaVersions.find((v) => v.offerDate && !v.acceptedOn && !v.signature) : undefined;
          return (
            <>
              <header className="page-header">
                <div>
                  <h1>
                    Case {c.identifier}: {c.title}
                  </h1>
                  <p className="page-sub">
                    {plain(c.status)} · total {formatCents(c.totalCents)}
                  </p>
                </div>
              </header>
              {offered && <SignLoaForm caseRef={c.identifier} version={offered} />}
              {c.loaVersions.length === 0 && <Empty>The LOA is being developed; it shows here once offered.</Empty>}
              {c.loaVersions.map((v) => (
                <LoaVersion key={v.number} version={v} />
              ))}
              <section className="card" aria-labelledby="milestones">
                <h2 id="milestones">Milestones</h2>
                {c.milestones.length === 0 ? (
                  <Empty>No milestone yet.</Empty>
                ) : (
                  <ul>
                    {c.milestones.map((m) => (
                      <li key={`${m.milestone}-${m.onDate}`}>
                        {plain(m.milestone)}: {formatDate(m.onDate)}
                      </li>
                    ))}
                  </ul>
                )}
              </section>
            </>
          );
        }}
      </QueryState>
    </div>
  );
}

function LoaVersion({ version: v }: { version: Version }) {
  const signature = v.signature as { signedOn?: string; signerName?: string; signerTitle?: string } | null;
  return (
    <section className="card" aria-labelledby={`loa-${v.number}`}>
      <h2 id={`loa-${v.number}`}>
        {plain(v.kind)} (version {v.number})
      </h2>
      <dl className="facts">
        <dt>Offered on</dt>
        <dd>{formatDate(v.offerDate)}</dd>
        <dt>Offer expires</dt>
        <dd>{formatDate(v.offerExpirationDate)}</dd>
        <dt>Accepted on</dt>
        <dd>{formatDate(v.acceptedOn)}</dd>
        <dt>Total</dt>
        <dd>{formatCents(v.totalCents)}</dd>
        {signature && (
          <>
            <dt>Signed</dt>
            <dd>
              {formatDate(signature.signedOn)} by {signature.signerName}, {signature.signerTitle}
            </dd>
          </>
        )}
      </dl>
      <div className="table-wrap">
        <table className="data-table">
          <caption>Lines</caption>
          <thead>
            <tr>
              <th scope="col">Line</th>
              <th scope="col">Description</th>
              <th scope="col">Quantity</th>
              <th scope="col">Unit cost</th>
              <th scope="col">Delivery</th>
            </tr>
          </thead>
          <tbody>
            {v.lines.map((line) => (
              <tr key={line.lineNumber}>
                <td>{line.lineNumber}</td>
                <td>{line.description}</td>
                <td>
                  {line.quantity} {line.unitOfIssue}
                </td>
                <td>{formatCents(line.unitCostCents)}</td>
                <td>{line.deliveryPeriod}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {v.payments.length > 0 && (
        <p>Payment schedule: {v.payments.map((p) => `${formatCents(p.amountCents)} due ${formatDate(p.dueDate)}`).join('; ')}</p>
      )}
    </section>
  );
}
