import type { UseFormRegisterReturn } from 'react-hook-form';

/** A registered code field that shows what is typed in capitals (customer, agency and MASL codes). */
export function upperCase<N extends string>(registration: UseFormRegisterReturn<N>): UseFormRegisterReturn<N> {
  return {
    ...registration,
    onChange: (event) => {
      const input = event.target as HTMLInputElement;
      input.value = input.value.toUpperCase();
      return registration.onChange(event);
    },
  };
}
