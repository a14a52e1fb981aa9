import { Link, useParams } from 'react-router-dom';
import { ErrorNotice, Loading } from '../../platform/status-pages.tsx';
import { useApi } from '../../platform/use-api.ts';
import { usePageTitle } from '../../platform/use-page-title.ts';
import { deliveriesApi } from './deliveries-api.ts';

/**
 * A shipment's force/activity designator on a screen of its own: the shipment's number (which names no partner) and the
 * F/AD, nothing that names the country (DSCA 00-09). Readable only with the fad-pairing need-to-know.
 */
export function FadPage() {
  const { id = '' } = useParams();
  usePageTitle('Priority designator');
  const fad = useApi(['deliveries', 'fad-page:deliveriesApi.fad'], (signal) => deliveriesApi.fad(id, signal), [id]);
  return (
    <section className="page">
      <header className="page-header">
        <h1>Priority designator</h1>
      </header>
      {fad.error?.isUnavailable && (
        <div className="notice" role="status">
          Not available to you: the force/activity designator is shown only to users with its need-to-know, and only apart from the partner.
        </div>
      )}
      {fad.error && !fad.error.isUnavailable && <ErrorNotice message={fad.error.message} onRetry={fad.reload} />}
      {!fad.data && !fad.error && <Loading />}
      {fad.data && (
        <dl className="facts">
          <dt>Shipment</dt>
          <dd className="mono">{fad.data.shipmentNumber}</dd>
          <dt>Force/activity designator</dt>
          <dd className="mono strong" data-testid="fad">
            {fad.data.fad}
          </dd>
        </dl>
      )}
      <p className="small muted">{fad.data?.source}</p>
      <p>
        <Link to={`/deliveries/shipments/${id}`}>Back to the shipment</Link>
      </p>
    </section>
  );
}
