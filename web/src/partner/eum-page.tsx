import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { http, type Schema, unwrap } from '../api/http.ts';
import { formatCount, formatDate } from '../platform/format.ts';
import { UnsavedGroup } from '../platform/unsaved-group.tsx';
import { usePageTitle } from '../platform/use-page-title.ts';
import { IncidentAnswerForm } from './incident-answer-form.tsx';
import { Empty, QueryState } from './query-state.tsx';
import { uploadInventoryScans } from './upload.ts';
import { plain } from './words.ts';

type Inventory = Schema<'PartnerEum'>['inventories'][number];

export function EumPage() {
  usePageTitle('End-use monitoring');
  const eum = useQuery({ queryKey: ['partner', 'eum'], queryFn: ({ signal }) => unwrap(http.GET('/partner/eum', { signal })) });
  return (
    <UnsavedGroup>
      <div className="page">
        <header className="page-header">
          <h1>End-use monitoring</h1>
        </header>
        <QueryState query={eum} what="Your end-use monitoring">
          {(data) => (
            <>
              <section className="card" aria-labelledby="eum-inventories">
                <h2 id="eum-inventories">Inventories</h2>
                {data.inventories.length === 0 ? (
                  <Empty>No inventory is asked of you.</Empty>
                ) : (
                  <div className="table-wrap">
                    <table className="data-table">
                      <thead>
                        <tr>
                          <th scope="col">Inventory</th>
                          <th scope="col">Status</th>
                          <th scope="col">Due on</th>
                          <th scope="col">Items expected</th>
                          <th scope="col">Found</th>
                          <th scope="col">Upload the scanned serial numbers</th>
                        </tr>
                      </thead>
                      <tbody>
                        {data.inventories.map((inventory) => (
                          <InventoryRow key={inventory.id} inventory={inventory} />
                        ))}
                      </tbody>
                    </table>
                  </div>
                )}
              </section>
              <section className="card" aria-labelledby="eum-incidents">
                <h2 id="eum-incidents">Incidents</h2>
                {data.incidents.length === 0 ? (
                  <Empty>No incident concerns you.</Empty>
                ) : (
                  <div className="table-wrap">
                    <table className="data-table">
                      <thead>
                        <tr>
                          <th scope="col">Incident</th>
                          <th scope="col">Kind</th>
                          <th scope="col">Status</th>
                          <th scope="col">Occurred</th>
                          <th scope="col">Discovered</th>
                          <th scope="col">Closed</th>
                          <th scope="col">Your answer</th>
                        </tr>
                      </thead>
                      <tbody>
                        {data.incidents.map((incident) => (
                          <tr key={incident.id}>
                            <td>{incident.title}</td>
                            <td>{plain(incident.kind)}</td>
                            <td>{plain(incident.status)}</td>
                            <td>{formatDate(incident.occurredOn)}</td>
                            <td>{formatDate(incident.discoveredOn)}</td>
                            <td>{formatDate(incident.closedOn)}</td>
                            <td>
                              {incident.status === 'closed' ? '—' : <IncidentAnswerForm incidentId={incident.id} title={incident.title} />}
                            </td>
                          </tr>
                        ))}
                      </tbody>
                    </table>
                  </div>
                )}
              </section>
              <section className="card" aria-labelledby="eum-items">
                <h2 id="eum-items">Items under monitoring</h2>
                {data.items.length === 0 ? (
                  <Empty>No item is under monitoring.</Empty>
                ) : (
                  <div className="table-wrap">
                    <table className="data-table">
                      <thead>
                        <tr>
                          <th scope="col">Serial number</th>
                          <th scope="col">Type</th>
                          <th scope="col">Status</th>
                          <th scope="col">Delivered</th>
                          <th scope="col">Last inventoried</th>
                          <th scope="col">Next inventory due</th>
                        </tr>
                      </thead>
                      <tbody>
                        {data.items.map((item) => (
                          <tr key={item.id}>
                            <td>{item.serialNumber}</td>
                            <td>{item.itemTypeCode}</td>
                            <td>{plain(item.status)}</td>
                            <td>{formatDate(item.deliveredOn)}</td>
                            <td>{formatDate(item.lastInventoriedOn)}</td>
                            <td>{formatDate(item.inventoryDueOn)}</td>
                          </tr>
                        ))}
                      </tbody>
                    </table>
                  </div>
                )}
              </section>
            </>
          )}
        </QueryState>
      </div>
    </UnsavedGroup>
  );
}

function InventoryRow({ inventory }: { inventory: Inventory }) {
  const queryClient = useQueryClient();
  const inputId = useId();
  const [file, setFile] = useState<File | null>(null);
  const upload = useMutation({
    mutationFn: (chosen: File) => uploadInventoryScans(inventory.id, chosen),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['partner'] }),
  });
  const label = `${plain(inventory.kind)} inventory due ${formatDate(inventory.dueOn)}`;
  return (
    <tr>
      <td>{plain(inventory.kind)}</td>
      <td>{plain(inventory.status)}</td>
      <td>{formatDate(inventory.dueOn)}</td>
      <td>{formatCount(inventory.expectedCount)}</td>
      <td>{formatCount(inventory.foundCount)}</td>
      <td>
        <form
          className="inline-form"
          onSubmit={(event) => {
            event.preventDefault();
            if (file) upload.mutate(file);
          }}
        >
          <label htmlFor={inputId}>Scan file (CSV or Excel) for the {label}</label>
          <input id={inputId} type="file" accept=".csv,.xlsx,text/csv" onChange={(e) => setFile(e.target.files?.[0] ?? null)} />
          <button type="submit" className="button button-small" disabled={!file || upload.isPending}>
            {upload.isPending ? 'Uploading…' : 'Upload scans'}
          </button>
          {upload.isSuccess && (
            <span role="status">
              {formatCount(upload.data.recorded)} of {formatCount(upload.data.rows)} serial numbers recorded.
            </span>
          )}
          {upload.isError && (
            <span className="field-error" role="alert">
              {upload.error.message}
            </span>
          )}
        </form>
      </td>
    </tr>
  );
}
