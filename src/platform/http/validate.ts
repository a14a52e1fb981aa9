import { z } from 'zod';
import { badRequest, type FieldError } from './errors.ts';
import { plainMessage } from './plain-messages.ts';

// Zod's configuration is the library's own (one per process): every schema's default messages, at the API's validation
// and at the services' (parseInput), are the plain ones. A message a schema states itself still wins.
z.config({ customError: plainMessage });

export function fieldErrors(error: z.ZodError): FieldError[] {
  return error.issues.map((issue) => ({ path: issue.path.join('.') || '(body)', message: issue.message }));
}

/** Validates input at the service boundary (the API has checked it too, but the CLI and scripts come here directly). */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (!result.success) throw badRequest('Some fields are not valid', fieldErrors(result.error));
  return result.data;
}
