import { useEffect, useState } from 'react';
import { api } from '../api/client.ts';
import type { ImplementingAgency } from '../api/types.ts';

let cached: readonly ImplementingAgency[] | null = null;
let pending: Promise<readonly ImplementingAgency[]> | null = null;

function loadAgencies(): Promise<readonly ImplementingAgency[]> {
  pending ??= api.listAgencies().then(
    (agencies) => {
      cached = agencies;
      return agencies;
    },
    (error: unknown) => {
      pending = null;
      throw error;
    },
  );
  return pending;
}

/** Implementing agencies from GET /implementing-agencies, loaded once per page load; empty until they arrive. */
export function useAgencies(): readonly ImplementingAgency[] {
  const [agencies, setAgencies] = useState<readonly ImplementingAgency[]>(cached ?? []);
  useEffect(() => {
    if (cached) return;
    let live = true;
    loadAgencies()
      .then((loaded) => {
        if (live) setAgencies(loaded);
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, []);
  return agencies;
}

/** "B · Army", or the bare code while the list loads or when the code is unknown; "—" for none. */
export function agencyLabel(code: string | null | undefined, agencies: readonly ImplementingAgency[]): string {
  if (!code) return '—';
  const agency = agencies.find((a) => a.code === code);
  return agency ? `${code} · ${agency.name}` : code;
}

export function AgencyLabel({ code }: { code: string | null | undefined }) {
  return <>{agencyLabel(code, useAgencies())}</>;
}

/** The agencies as options of a select, "B · Army". */
export function AgencyOptions({ separator = ' · ' }: { separator?: string }) {
  const agencies = useAgencies();
  return (
    <>
      {agencies.map((a) => (
        <option key={a.code} value={a.code}>
          {a.code}
          {separator}
          {a.name}
        </option>
      ))}
    </>
  );
}
