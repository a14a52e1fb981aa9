import { useId } from 'react';
import type { ApiError } from '../../api/client.ts';
import type { CreateUser } from '../../api/types.ts';
import { markingTitle } from '../../platform/describe-scope.ts';

export interface AccessValue {
  roles: CreateUser['roles'];
  allDirectorates: boolean;
  directorates: CreateUser['directorates'];
  allCountries: boolean;
  /** Customer codes as typed: "AT, GM". */
  countriesText: string;
  /** Explicit need-to-know grants: markings this user may see through beyond what the roles give. */
  needToKnow: NonNullable<CreateUser['needToKnow']>;
}

export function parseCountries(text: string): string[] {
  return [
    ...new Set(
      text
        .toUpperCase()
        .split(/[\s,;]+/)
        .filter(Boolean),
    ),
  ];
}

interface AccessFieldsProps {
  value: AccessValue;
  onChange: (value: AccessValue) => void;
  roleLabels: Record<string, string>;
  directorateLabels: Record<string, string>;
  markingLabels: Record<string, string>;
  error: ApiError | null;
}

function toggle<T extends string>(list: readonly T[], item: T, on: boolean): T[] {
  return on ? [...new Set([...list, item])] : list.filter((x) => x !== item);
}

/** The session's labels, keyed by the values the API takes (roles, directorates, markings: the server's own lists). */
function entriesOf<K extends string>(labels: Record<string, string>): [K, string][] {
  return Object.entries(labels) as [K, string][];
}

/**
 * Roles (several), scope (all directorates or some; all partners or a list of customer codes) and need-to-know grants
 * (marked records, e.g. cases pending congressional notification, beyond what the roles give; each change is audited).
 */
export function AccessFields({ value, onChange, roleLabels, directorateLabels, markingLabels, error }: AccessFieldsProps) {
  const id = useId();
  const set = (patch: Partial<AccessValue>) => onChange({ ...value, ...patch });
  const rolesError = error?.fieldMessage('roles');
  const directoratesError = error?.fieldMessage('directorates') ?? error?.fieldMessage('allDirectorates');
  const countriesError = error?.fieldMessage('countries') ?? error?.fieldMessage('allCountries');
  const needToKnowError = error?.fieldMessage('needToKnow');
  return (
    <div className="access-fields">
      <fieldset className={`fieldset${rolesError ? ' has-error' : ''}`}>
        <legend>Roles</legend>
        <div className="checkbox-grid">
          {entriesOf<AccessValue['roles'][number]>(roleLabels).map(([role, label]) => (
            <label key={role} className="checkbox">
              <input
                type="checkbox"
                checked={value.roles.includes(role)}
                onChange={(e) => set({ roles: toggle(value.roles, role, e.target.checked) })}
              />
              {label}
            </label>
          ))}
        </div>
        {rolesError && <span className="field-error">{rolesError}</span>}
      </fieldset>
      <fieldset className={`fieldset${directoratesError ? ' has-error' : ''}`}>
        <legend>Directorates</legend>
        <label className="checkbox">
          <input type="radio" name={`${id}-dir`} checked={value.allDirectorates} onChange={() => set({ allDirectorates: true })} />
          All directorates
        </label>
        <label className="checkbox">
          <input type="radio" name={`${id}-dir`} checked={!value.allDirectorates} onChange={() => set({ allDirectorates: false })} />
          Only these:
        </label>
        <div className="checkbox-row" role="group" aria-label="Directorates in scope">
          {entriesOf<AccessValue['directorates'][number]>(directorateLabels).map(([code, label]) => (
            <label key={code} className="checkbox">
              <input
                type="checkbox"
                disabled={value.allDirectorates}
                checked={value.directorates.includes(code)}
                onChange={(e) => set({ directorates: toggle(value.directorates, code, e.target.checked) })}
              />
              {label} ({code})
            </label>
          ))}
        </div>
        {directoratesError && <span className="field-error">{directoratesError}</span>}
      </fieldset>
      <fieldset className={`fieldset${countriesError ? ' has-error' : ''}`}>
        <legend>Partners</legend>
        <label className="checkbox">
          <input type="radio" name={`${id}-ctry`} checked={value.allCountries} onChange={() => set({ allCountries: true })} />
          All partners
        </label>
        <label className="checkbox">
          <input type="radio" name={`${id}-ctry`} checked={!value.allCountries} onChange={() => set({ allCountries: false })} />
          Only these customer codes:
        </label>
        <input
          aria-label="Customer codes in scope"
          className="mono"
          disabled={value.allCountries}
          value={value.countriesText}
          placeholder="e.g. AT, GM, JA"
          onChange={(e) => set({ countriesText: e.target.value })}
        />
        {countriesError && <span className="field-error">{countriesError}</span>}
      </fieldset>
      <fieldset className={`fieldset${needToKnowError ? ' has-error' : ''}`}>
        <legend>Need-to-know</legend>
        <p className="small muted">
          Marked records are shown only to users with need-to-know: by their roles, or by a grant here (audited).
        </p>
        <div className="checkbox-grid">
          {entriesOf<AccessValue['needToKnow'][number]>(markingLabels).map(([marking, label]) => (
            <label key={marking} className="checkbox">
              <input
                type="checkbox"
                checked={value.needToKnow.includes(marking)}
                onChange={(e) => set({ needToKnow: toggle(value.needToKnow, marking, e.target.checked) })}
              />
              {markingTitle(label)}
            </label>
          ))}
        </div>
        {needToKnowError && <span className="field-error">{needToKnowError}</span>}
      </fieldset>
    </div>
  );
}
