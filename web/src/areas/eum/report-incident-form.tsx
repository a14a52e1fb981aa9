import { useMutation } from '@tanstack/react-query';
import { useEffect, useId, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useNavigate } from 'react-router-dom';
import { eumApi } from '../../api/eum-client.ts';
import { EUM_INCIDENT_KINDS, type EumIncidentKind } from '../../api/eum-types.ts';
import { Field, FormError } from '../../platform/field.tsx';
import { applyServerErrors } from '../../platform/form-errors.ts';
import { CharCount } from '../../platform/limited-text.tsx';
import { useUnsavedChangesGuard } from '../../platform/unsaved-changes.tsx';
import { INCIDENT_KIND_LABELS } from './eum-labels.tsx';
import { ItemPicker, type PickedItem } from './item-picker.tsx';

/** incidentInput in src/areas/eum/model.ts. */
const TITLE_MAX = 300;
const DESCRIPTION_MAX = 8000;

interface Values {
  partnerCode: string;
  kind: EumIncidentKind;
  title: string;
  discoveredOn: string;
  description: string;
  /** The picked items; the server's field is their ids. */
  itemIds: PickedItem[];
}

/** Reports an incident found outside an inventory (a report from the partner, a visit); with the items concerned, found by serial number. */
export function ReportIncidentForm() {
  const navigate = useNavigate();
  const ids = { title: useId(), description: useId() };
  const [unplaced, setUnplaced] = useState<string[]>([]);
  const { register, handleSubmit, setError, watch, setValue, formState } = useForm<Values>({
    defaultValues: { partnerCode: '', kind: 'loss', title: '', discoveredOn: '', description: '', itemIds: [] },
  });
  const save = useMutation({
    mutationFn: ({ itemIds, ...v }: Values) =>
      eumApi.createIncident({ ...v, partnerCode: v.partnerCode.trim().toUpperCase(), itemIds: itemIds.map((i) => i.id) }),
    onError: (error) =>
      setUnplaced(applyServerErrors(error, ['partnerCode', 'kind', 'title', 'discoveredOn', 'description', 'itemIds'], setError)),
  });
  const question = useUnsavedChangesGuard(formState.isDirty && !save.isSuccess);
  // Open the incident once the page has rendered the save (so the guard knows it is saved).
  useEffect(() => {
    if (save.data) navigate(`/eum/incidents/${save.data.id}`);
  }, [save.data, navigate]);
  const { errors } = formState;
  const [partnerCode, title, description, items] = watch(['partnerCode', 'title', 'description', 'itemIds']);
  const partner = register('partnerCode');
  return (
    <form
      className="panel"
      onSubmit={handleSubmit((values) => {
        setUnplaced([]);
        save.mutate(values);
      })}
      aria-label="Report an incident"
    >
      {question}
      <h2>Report an incident</h2>
      <FormError message={save.error?.message} extra={unplaced} />
      <Field label="Partner" error={errors.partnerCode?.message}>
        {(p) => (
          <input
            {...p}
            maxLength={3}
            required
            {...partner}
            onChange={(e) => {
              e.target.value = e.target.value.toUpperCase();
              setValue('itemIds', []);
              return partner.onChange(e);
            }}
          />
        )}
      </Field>
      <Field label="Kind" error={errors.kind?.message}>
        {(p) => (
          <select {...p} {...register('kind')}>
            {EUM_INCIDENT_KINDS.map((k) => (
              <option key={k} value={k}>
                {INCIDENT_KIND_LABELS[k]}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label="Title" error={errors.title?.message}>
        {(p) => (
          <>
            <input {...p} required {...register('title')} />
            <CharCount id={ids.title} length={title.length} max={TITLE_MAX} />
          </>
        )}
      </Field>
      <Field label="Discovered on" error={errors.discoveredOn?.message}>
        {(p) => <input {...p} type="date" required {...register('discoveredOn')} />}
      </Field>
      <Field label="What happened" error={errors.description?.message}>
        {(p) => (
          <>
            <textarea {...p} {...register('description')} />
            <CharCount id={ids.description} length={description.length} max={DESCRIPTION_MAX} />
          </>
        )}
      </Field>
      <ItemPicker partnerCode={partnerCode} picked={items} onChange={(picked) => setValue('itemIds', picked, { shouldDirty: true })} />
      {errors.itemIds?.message && (
        <p className="field-error" role="alert">
          {errors.itemIds.message}
        </p>
      )}
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={save.isPending}>
          Report incident
        </button>
      </div>
    </form>
  );
}
