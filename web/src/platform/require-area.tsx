import type { ReactNode } from 'react';
import { useArea } from './session-context.tsx';
import { NotAvailablePage, NotBuiltPage } from './status-pages.tsx';

/** Shows the area only to users who may read it; never a fake page for an area that is not built. */
export function RequireArea({ id, children }: { id: string; children: ReactNode }) {
  const area = useArea(id);
  if (!area?.canRead) return <NotAvailablePage what="This area" />;
  if (!area.built) return <NotBuiltPage label={area.label} />;
  return <>{children}</>;
}
