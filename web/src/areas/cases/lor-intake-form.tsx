import { type FormEvent, useState } from 'react';
import { ApiError, api } from '../../api/client.ts';
import { type LetterOfRequest, LOR_CHANNELS, type LorChannel } from '../../api/types.ts';
import { AgencyOptions } from '../../platform/agencies.tsx';
import { Field, FormError, unplacedFieldErrors } from '../../platform/field.tsx';
import { todayIso } from '../../platform/format.ts';
import { LOR_CHANNEL_LABELS } from './case-labels.tsx';

interface LorIntakeFormProps {
  partners: readonly { code: string; name: string }[];
  onRecorded: (lor: LetterOfRequest) => void;
  onCancel: () => void;
}

/** Records a letter of request as received. */
export function LorIntakeForm({ partners, onRecorded, onCancel }: LorIntakeFormProps) {
  const [partnerCode, setPartnerCode] = useState(partners.length === 1 ? partners[0]!.code : '');
  const [receivedOn, setReceivedOn] = useState(todayIso());
  const [channel, setChannel] = useState<LorChannel>('embassy');
  const [agencyCode, setAgencyCode] = useState('');
  const [reference, setReference] = useState('');
  const [description, setDescription] = useState('');
  const [requestedItems, setRequestedItems] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      onRecorded(
        await api.receiveLor({ partnerCode, receivedOn, channel, agencyCode: agencyCode || null, reference, description, requestedItems }),
      );
    } catch (caught) {
      setError(caught instanceof ApiError ? caught : new ApiError(0, 'client', String(caught)));
    } finally {
      setBusy(false);
    }
  }

  const placed = ['partnerCode', 'receivedOn', 'channel', 'agencyCode', 'reference', 'description', 'requestedItems'];
  return (
    <form className="card form" onSubmit={submit} aria-labelledby="lor-intake-title" noValidate>
      <h2 id="lor-intake-title">Record a letter of request</h2>
      <FormError message={error?.message} extra={error ? unplacedFieldErrors(error.fields, placed) : []} />
      <div className="form-grid form-grid-4">
        <Field label="Partner code" error={error?.fieldMessage('partnerCode')}>
          {(control) => (
            <select {...control} value={partnerCode} onChange={(e) => setPartnerCode(e.target.value)} required>
              <option value="">— choose —</option>
              {partners.map((p) => (
                <option key={p.code} value={p.code}>
                  {p.code} {p.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="Received on" error={error?.fieldMessage('receivedOn')}>
          {(control) => <input {...control} type="date" value={receivedOn} onChange={(e) => setReceivedOn(e.target.value)} required />}
        </Field>
        <Field label="Channel" error={error?.fieldMessage('channel')}>
          {(control) => (
            <select {...control} value={channel} onChange={(e) => setChannel(e.target.value as LorChannel)}>
              {LOR_CHANNELS.map((c) => (
                <option key={c} value={c}>
                  {LOR_CHANNEL_LABELS[c]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="Implementing agency" error={error?.fieldMessage('agencyCode')}>
          {(control) => (
            <select {...control} value={agencyCode} onChange={(e) => setAgencyCode(e.target.value)}>
              <option value="">— not yet known —</option>
              <AgencyOptions />
            </select>
          )}
        </Field>
        <Field label="Partner's reference" error={error?.fieldMessage('reference')}>
          {(control) => <input {...control} value={reference} maxLength={100} onChange={(e) => setReference(e.target.value)} />}
        </Field>
        <Field
          label="Description"
          className="span-3"
          error={error?.fieldMessage('description')}
          hint="What the partner asks for, in a sentence."
        >
          {(control) => (
            <input {...control} value={description} maxLength={2000} onChange={(e) => setDescription(e.target.value)} required />
          )}
        </Field>
        <Field label="Requested items" className="span-4" error={error?.fieldMessage('requestedItems')}>
          {(control) => <textarea {...control} rows={3} value={requestedItems} onChange={(e) => setRequestedItems(e.target.value)} />}
        </Field>
      </div>
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={busy}>
          {busy ? 'Recording…' : 'Record LOR'}
        </button>
        <button type="button" className="button" onClick={onCancel} disabled={busy}>
          Cancel
        </button>
      </div>
    </form>
  );
}
