import { type FormEvent, useState } from 'react';
import { ApiError, api } from '../../api/client.ts';
import type { NotificationDetail as Notification } from '../../api/types.ts';
import { Field, FormError, unplacedFieldErrors } from '../../platform/field.tsx';
import { centsToDollarInput, parseDollars } from '../../platform/format.ts';
import { useFormGuard } from '../../platform/unsaved-changes.tsx';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const MONEY = [
  ['mdeCents', 'MDE value'],
  ['totalCents', 'Total value'],
  ['designConstructionCents', 'Design and construction'],
] as const;
type MoneyKey = (typeof MONEY)[number][0];

/** Case identifiers (AT-B-ABC) or ids, separated by commas or spaces, as case ids; an unknown one is a field error. */
async function resolveCases(text: string): Promise<string[]> {
  const tokens = text
    .split(/[\s,;]+/)
    .map((t) => t.trim())
    .filter(Boolean);
  const ids: string[] = [];
  for (const [index, token] of tokens.entries()) {
    if (UUID.test(token)) {
      ids.push(token);
      continue;
    }
    try {
      ids.push((await api.getCase(token)).case.id);
    } catch (caught) {
      if (caught instanceof ApiError && (caught.isUnavailable || caught.status === 400)) {
        throw new ApiError(400, 'validation', 'Unknown case', [
          { path: `caseIds.${index}`, message: `no case ${token} within your scope` },
        ]);
      }
      throw caught;
    }
  }
  return ids;
}

interface NotificationFormProps {
  /** Absent: a new notification; present: edits it (draft or in tiered review). */
  notification?: Notification;
  onSaved: (saved: Notification) => void;
  onCancel?: () => void;
  onReload?: () => void;
}

/** Drafts a notification (partner, description, cases, values; blank values come from the cases' lines) or edits one. */
export function NotificationForm({ notification, onSaved, onCancel, onReload }: NotificationFormProps) {
  const guard = useFormGuard();
  const editing = Boolean(notification);
  const [partnerCode, setPartnerCode] = useState(notification?.partnerCode ?? '');
  const [description, setDescription] = useState(notification?.description ?? '');
  const [cases, setCases] = useState(notification?.cases.map((c) => c.identifier).join(', ') ?? '');
  const [money, setMoney] = useState<Record<MoneyKey, string>>({
    mdeCents: notification ? centsToDollarInput(notification.mdeCents) : '',
    totalCents: notification ? centsToDollarInput(notification.totalCents) : '',
    designConstructionCents: notification ? centsToDollarInput(notification.designConstructionCents) : '',
  });
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    const cents: Partial<Record<MoneyKey, number>> = {};
    const bad = MONEY.filter(([key]) => parseDollars(money[key]) === null);
    if (bad.length) {
      setError(
        new ApiError(
          400,
          'validation',
          'Check the values',
          bad.map(([key]) => ({ path: key, message: 'a dollar amount, e.g. 25,000,000' })),
        ),
      );
      return;
    }
    for (const [key] of MONEY) {
      const parsed = parseDollars(money[key]);
      if (typeof parsed === 'number') cents[key] = parsed;
    }
    setBusy(true);
    try {
      const caseIds = await resolveCases(cases);
      const caseIdsChanged = !notification || cases !== notification.cases.map((c) => c.identifier).join(', ');
      const saved = notification
        ? await api.updateNotification(notification.id, {
            version: notification.version,
            description,
            ...cents,
            ...(caseIdsChanged ? { caseIds } : {}),
          })
        : await api.createNotification({ partnerCode: partnerCode.trim().toUpperCase(), description, caseIds, ...cents });
      guard.saved();
      onSaved(saved);
    } catch (caught) {
      setError(caught instanceof ApiError ? caught : new ApiError(0, 'client', String(caught)));
      setBusy(false);
    }
  }

  const conflict = error?.isVersionConflict ?? false;
  const placed = ['partnerCode', 'description', 'caseIds', 'mdeCents', 'totalCents', 'designConstructionCents', 'version'];
  const label = editing ? 'Edit notification' : 'New notification';
  return (
    <form className="form" onSubmit={submit} onInput={guard.onInput} aria-label={label} noValidate>
      {guard.question}
      {conflict ? (
        <div className="notice notice-conflict" role="alert">
          <strong>This notification was changed by someone else — reload.</strong>
          <p>{error?.message}</p>
          {onReload && (
            <button type="button" className="button button-small" onClick={onReload}>
              Reload the notification
            </button>
          )}
        </div>
      ) : (
        <FormError message={error?.message} extra={error ? unplacedFieldErrors(error.fields, placed) : []} />
      )}
      <div className="form-grid form-grid-3">
        <Field label="Partner code" error={error?.fieldMessage('partnerCode')} hint="Two characters, e.g. AT">
          {(control) => (
            <input
              {...control}
              value={partnerCode}
              maxLength={3}
              readOnly={editing}
              onChange={(e) => setPartnerCode(e.target.value.toUpperCase())}
            />
          )}
        </Field>
        <Field
          label="Cases"
          className="span-2"
          error={error?.fieldMessage('caseIds')}
          hint="Case identifiers or ids, separated by commas, e.g. AT-B-ABC"
        >
          {(control) => <input {...control} value={cases} onChange={(e) => setCases(e.target.value)} />}
        </Field>
        <Field
          label="Description"
          className="span-3"
          error={error?.fieldMessage('description')}
          hint="The articles and services, as Congress will read them"
        >
          {(control) => (
            <textarea {...control} rows={3} maxLength={4000} value={description} onChange={(e) => setDescription(e.target.value)} />
          )}
        </Field>
        {MONEY.map(([key, text]) => (
          <Field
            key={key}
            label={text}
            error={error?.fieldMessage(key)}
            hint={editing ? 'US dollars' : 'US dollars; blank: from the cases’ lines'}
          >
            {(control) => (
              <input {...control} inputMode="decimal" value={money[key]} onChange={(e) => setMoney({ ...money, [key]: e.target.value })} />
            )}
          </Field>
        ))}
      </div>
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={busy}>
          {busy ? 'Saving…' : editing ? 'Save notification' : 'Draft notification'}
        </button>
        {onCancel && (
          <button
            type="button"
            className="button"
            onClick={() => {
              guard.saved();
              onCancel();
            }}
            disabled={busy}
          >
            Cancel
          </button>
        )}
      </div>
    </form>
  );
}
