import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { http, type Schema, unwrap } from '../../api/http.ts';
import { ErrorNotice, Loading } from '../status-pages.tsx';
import { usePageTitle } from '../use-page-title.ts';

type Job = Schema<'Job'>;

const STATE_LABELS: Record<Job['state'], string> = {
  queued: 'Waiting to start',
  running: 'Running',
  retrying: 'Will be tried again',
  completed: 'Finished',
  failed: 'Failed',
  cancelled: 'Cancelled',
};
const isOpen = (job: Job) => job.state === 'queued' || job.state === 'running' || job.state === 'retrying';
const when = (iso: string) => new Date(iso).toLocaleString();

function Progress({ job }: { job: Job }) {
  const { done, total, note } = job.progress;
  if (total) {
    return (
      <>
        <progress max={total} value={done} aria-label={`${job.label}: ${done} of ${total}`} /> {note ?? `${done} of ${total}`}
      </>
    );
  }
  return <>{note ?? (isOpen(job) ? 'Starting…' : '')}</>;
}

/** My background jobs (an administrator's list has everyone's): state, progress, error, cancel, the rendered file. */
export function JobsPage() {
  usePageTitle('Background jobs');
  const queryClient = useQueryClient();
  const jobs = useQuery({
    queryKey: ['jobs'],
    queryFn: ({ signal }) => unwrap(http.GET('/jobs', { params: { query: { limit: 50 } }, signal })),
    // Follow progress while something still runs.
    refetchInterval: (query) => (query.state.data?.items.some(isOpen) ? 2000 : false),
  });
  const cancel = useMutation({
    mutationFn: (job: Job) => unwrap(http.POST('/jobs/{id}/cancel', { params: { path: { id: job.id } }, body: { version: job.version } })),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['jobs'] }),
  });
  return (
    <section className="page">
      <header className="page-header">
        <div>
          <h1>Background jobs</h1>
          <p className="page-sub">Imports and documents you started, and how far they have got.</p>
        </div>
      </header>
      {cancel.error && <ErrorNotice message={cancel.error.message} />}
      {jobs.isPending ? (
        <Loading label="Loading your jobs…" />
      ) : jobs.error ? (
        <ErrorNotice message={jobs.error.message} onRetry={() => jobs.refetch()} />
      ) : jobs.data.items.length === 0 ? (
        <p>You have started no background jobs.</p>
      ) : (
        <table className="data-table">
          <caption className="visually-hidden">Background jobs, newest first</caption>
          <thead>
            <tr>
              <th scope="col">Job</th>
              <th scope="col">Started</th>
              <th scope="col">State</th>
              <th scope="col">Progress</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {jobs.data.items.map((job) => (
              <tr key={job.id}>
                <td>{job.label}</td>
                <td>{when(job.createdAt)}</td>
                <td>
                  {job.cancelRequested && job.state === 'running' ? 'Stopping…' : STATE_LABELS[job.state]}
                  {job.error && <div className="field-error">{job.error}</div>}
                </td>
                <td>
                  <Progress job={job} />
                </td>
                <td>
                  {isOpen(job) && !job.cancelRequested && (
                    <button type="button" className="button button-small" disabled={cancel.isPending} onClick={() => cancel.mutate(job)}>
                      Cancel<span className="visually-hidden"> {job.label}</span>
                    </button>
                  )}
                  {job.state === 'completed' && job.resultFile && (
                    <a href={`/api/jobs/${job.id}/result`} download={job.resultFile}>
                      Download {job.resultFile}
                    </a>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
