import { useId } from 'react';
import { CharCount } from '../../platform/limited-text.tsx';

/** The counter under a limited text field: "120 / 4000", or how far over. */
export function Counted({ length, max }: { length: number; max: number }) {
  const id = useId();
  return <CharCount id={id} length={length} max={max} />;
}
