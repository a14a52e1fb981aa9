import { Field, FormError } from '../../platform/field.tsx';
import { CharCount } from '../../platform/limited-text.tsx';
import { type FundProgram, fundsApi } from './funds-api.ts';
import { useFundsForm } from './funds-form.ts';

const CHANNELS = [
  ['', 'not stated'],
  ['fms_case', 'FMS case'],
  ['bpc_case', 'BPC case'],
  ['direct_commercial_contract', 'Direct commercial contract'],
  ['drawdown', 'Drawdown'],
  ['lease', 'Lease'],
] as const;

/** The server's limit on the cited source (src/areas/funds/model.ts). */
const SOURCE_MAX = 1000;

/** Adds a program or authority (administrators): its title, legal authority, how it is executed and its cited source. */
export function ProgramForm({ onSaved, onCancel }: { onSaved: (p: FundProgram) => void; onCancel: () => void }) {
  const { form, errors, save, submit, unplaced, message } = useFundsForm({
    defaults: { code: '', name: '', authority: '', title: '10' as '10' | '22', executedThrough: '', source: '' },
    fields: ['code', 'name', 'authority', 'title', 'executedThrough', 'source'],
    send: (v) =>
      fundsApi.createProgram({
        code: v.code.trim().toUpperCase(),
        name: v.name,
        authority: v.authority,
        title: v.title === '10' ? 10 : 22,
        executedThrough: (v.executedThrough || null) as FundProgram['executedThrough'],
        source: v.source,
      }),
    done: onSaved,
  });
  const source = form.watch('source');
  return (
    <form className="form" onSubmit={submit} aria-label="New program" noValidate>
      <FormError message={message} extra={unplaced} />
      <div className="form-grid form-grid-3">
        <Field label="Code" error={errors.code?.message} hint="e.g. GTE">
          {(control) => <input {...control} {...form.register('code')} />}
        </Field>
        <Field label="Program name" className="span-2" error={errors.name?.message}>
          {(control) => <input {...control} {...form.register('name')} />}
        </Field>
        <Field label="Legal authority" className="span-2" error={errors.authority?.message}>
          {(control) => <input {...control} {...form.register('authority')} />}
        </Field>
        <Field label="Title" error={errors.title?.message}>
          {(control) => (
            <select {...control} {...form.register('title')}>
              <option value="10">Title 10</option>
              <option value="22">Title 22</option>
            </select>
          )}
        </Field>
        <Field label="Executed through" error={errors.executedThrough?.message}>
          {(control) => (
            <select {...control} {...form.register('executedThrough')}>
              {CHANNELS.map(([value, label]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="Source" className="span-2" error={errors.source?.message} hint="Cite the law or policy">
          {(control) => (
            <>
              <input
                {...control}
                aria-describedby={[control['aria-describedby'], `${control.id}-count`].filter(Boolean).join(' ')}
                {...form.register('source')}
              />
              <CharCount id={`${control.id}-count`} length={source.length} max={SOURCE_MAX} />
            </>
          )}
        </Field>
      </div>
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={save.isPending}>
          {save.isPending ? 'Saving…' : 'Add program'}
        </button>
        <button type="button" className="button" onClick={onCancel} disabled={save.isPending}>
          Cancel
        </button>
      </div>
    </form>
  );
}
