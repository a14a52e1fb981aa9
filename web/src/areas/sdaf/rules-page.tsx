import { type FormEvent, useState } from 'react';
import { type Column, DataTable } from '../../platform/data-table.tsx';
import { Field, FormError, unplacedFieldErrors } from '../../platform/field.tsx';
import { formatBasisPoints, formatCents, parseDollars } from '../../platform/format.ts';
import { useArea } from '../../platform/session-context.tsx';
import { ErrorNotice } from '../../platform/status-pages.tsx';
import { UnsavedGroup } from '../../platform/unsaved-group.tsx';
import { useApi } from '../../platform/use-api.ts';
import { usePageTitle } from '../../platform/use-page-title.ts';
import { type SdafRuleRow, sdafApi } from './sdaf-api.ts';
import { SdafNav } from './sdaf-nav.tsx';
import { useSubmit } from './use-submit.ts';

const columnsOf = (format: (value: number) => string): Column<SdafRuleRow>[] => [
  { id: 'from', header: 'In force from', className: 'col-date mono', render: (r) => r.effectiveFrom },
  { id: 'value', header: 'Value', className: 'col-money', render: (r) => format(r.value) },
  { id: 'source', header: 'Source', render: (r) => r.source },
  { id: 'verified', header: 'Verified', className: 'col-narrow', render: (r) => (r.verified ? 'yes' : 'unverified') },
];

/** The statutory cap (AECA 51) and the contract administration surcharge (DSCA 24-12), as dated rows; administrators add rows. */
export function SdafRulesPage() {
  usePageTitle('SDAF cap and rates');
  const rules = useApi(['sdaf', 'rules-page:sdafApi.rules'], (signal) => sdafApi.rules(signal), []);
  const canAdminister = useArea('sdaf')?.canAdminister ?? false;
  const rows = rules.data ?? [];
  return (
    <UnsavedGroup>
      <section className="page">
        <header className="page-header">
          <div>
            <h1>SDAF cap and rates</h1>
            <p className="page-sub">
              The row in force on a date is the latest one effective on or before it. A change of law is a new row.
            </p>
          </div>
        </header>
        <SdafNav />
        {rules.error && <ErrorNotice message={rules.error.message} onRetry={rules.reload} />}
        <h2>Statutory cap</h2>
        <DataTable
          caption="Statutory cap"
          columns={columnsOf(formatCents)}
          rows={rows.filter((r) => r.kind === 'statutory_cap')}
          rowKey={(r) => String(r.id)}
        />
        <h2>Contract administration surcharge</h2>
        <DataTable
          caption="Contract administration surcharge"
          columns={columnsOf(formatBasisPoints)}
          rows={rows.filter((r) => r.kind === 'contract_administration_surcharge')}
          rowKey={(r) => String(r.id)}
          empty="No rate entered: transfers are refused until an administrator enters the DSCA 24-12 rate."
        />
        {canAdminister && (
          <section className="card">
            <h2>Add a row</h2>
            <RuleForm onDone={rules.reload} />
          </section>
        )}
      </section>
    </UnsavedGroup>
  );
}

function RuleForm({ onDone }: { onDone: () => void }) {
  const [kind, setKind] = useState<SdafRuleRow['kind']>('statutory_cap');
  const [effectiveFrom, setEffectiveFrom] = useState('');
  const [value, setValue] = useState('');
  const [source, setSource] = useState('');
  const [verified, setVerified] = useState(false);
  const { error, busy, run, fail, onInput } = useSubmit();
  function submit(event: FormEvent) {
    event.preventDefault();
    const parsed = kind === 'statutory_cap' ? parseDollars(value) : Math.round(Number(value) * 100);
    if (typeof parsed !== 'number' || Number.isNaN(parsed))
      return fail('value', kind === 'statutory_cap' ? 'a dollar amount' : 'a percentage');
    void run(
      () => sdafApi.addRule({ kind, effectiveFrom, value: parsed, source, verified }),
      () => {
        setValue('');
        setSource('');
        onDone();
      },
    );
  }
  const placed = ['kind', 'effectiveFrom', 'value', 'source'];
  return (
    <form className="form" onSubmit={submit} aria-label="Add a rule row" onInput={onInput} noValidate>
      <FormError message={error?.message} extra={error ? unplacedFieldErrors(error.fields, placed) : []} />
      <div className="form-grid form-grid-3">
        <Field label="Table" error={error?.fieldMessage('kind')}>
          {(control) => (
            <select {...control} value={kind} onChange={(e) => setKind(e.target.value as SdafRuleRow['kind'])}>
              <option value="statutory_cap">statutory cap</option>
              <option value="contract_administration_surcharge">contract administration surcharge</option>
            </select>
          )}
        </Field>
        <Field label="In force from" error={error?.fieldMessage('effectiveFrom')}>
          {(control) => <input {...control} type="date" value={effectiveFrom} onChange={(e) => setEffectiveFrom(e.target.value)} />}
        </Field>
        <Field label={kind === 'statutory_cap' ? 'Cap (US dollars)' : 'Rate (percent)'} error={error?.fieldMessage('value')}>
          {(control) => <input {...control} inputMode="decimal" value={value} onChange={(e) => setValue(e.target.value)} />}
        </Field>
        <Field label="Source" className="span-2" error={error?.fieldMessage('source')}>
          {(control) => <input {...control} value={source} onChange={(e) => setSource(e.target.value)} />}
        </Field>
        <label className="checkbox">
          <input type="checkbox" checked={verified} onChange={(e) => setVerified(e.target.checked)} /> Verified in the source
        </label>
      </div>
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={busy}>
          {busy ? 'Saving…' : 'Add row'}
        </button>
      </div>
    </form>
  );
}
