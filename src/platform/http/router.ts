import { OpenAPIHono, z } from '@hono/zod-openapi';
import type { AppEnv } from './context.ts';
import { AppError } from './errors.ts';
import { fieldErrors } from './validate.ts';

export const errorBody = z
  .object({
    error: z.object({
      code: z.string().openapi({ example: 'validation_failed' }),
      message: z.string(),
      fields: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
    }),
  })
  .openapi('Error');

/** A router whose request validation failures use the one error shape. */
export function createRouter() {
  return new OpenAPIHono<AppEnv>({
    defaultHook: (result) => {
      if (!result.success) {
        throw new AppError(400, 'validation_failed', 'Some fields are not valid', fieldErrors(result.error as z.ZodError));
      }
    },
  });
}

const errorResponse = (description: string) => ({ description, content: { 'application/json': { schema: errorBody } } });

/** The error responses every authenticated route can give, for the OpenAPI document. */
export const standardErrors = {
  400: errorResponse('Invalid input: `error.fields` names each bad field'),
  401: errorResponse('Not signed in'),
  403: errorResponse('Not allowed by your roles or scope'),
  404: errorResponse('Not found'),
  409: errorResponse('Conflict, e.g. a stale version'),
} as const;

export const json = <S extends z.ZodType>(schema: S, description: string) => ({
  description,
  content: { 'application/json': { schema } },
});

export const jsonBody = <S extends z.ZodType>(schema: S) => ({
  required: true,
  content: { 'application/json': { schema } },
});

export const security: Record<string, string[]>[] = [{ session: [] }, { bearer: [] }];
