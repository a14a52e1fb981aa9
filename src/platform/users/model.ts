import { z } from '@hono/zod-openapi';
import { MARKINGS } from '../access/markings.ts';
import { DIRECTORATES, ROLES } from '../access/roles.ts';
import { MIN_PASSWORD_LENGTH } from '../auth/secrets.ts';
import { text } from '../schema/primitives.ts';

const customerCode = text.regex(/^[A-Z0-9]{2,3}$/, 'a customer code of 2–3 characters, such as AT');

export const scopeInput = z.object({
  allDirectorates: z.boolean(),
  directorates: z.array(z.enum(DIRECTORATES)).default([]),
  allCountries: z.boolean(),
  countries: z.array(customerCode).default([]),
});

/** Explicit need-to-know grants (markings a user may see through beyond the roles' own); each change is audited. */
const needToKnowInput = z.array(z.enum(MARKINGS)).max(MARKINGS.length);

export const password = text.min(MIN_PASSWORD_LENGTH, `at least ${MIN_PASSWORD_LENGTH} characters`).max(200);

export const createUserInput = z
  .object({
    username: text.regex(
      /^[a-z][a-z0-9._-]{1,39}$/,
      'lower-case letters, digits, dot, dash or underscore; 2–40 characters, starting with a letter',
    ),
    displayName: text.trim().min(1).max(120),
    email: z.email().nullable().optional(),
    password,
    roles: z.array(z.enum(ROLES)).min(1, 'at least one role'),
    mustChangePassword: z.boolean().default(false),
    needToKnow: needToKnowInput.default([]),
  })
  .extend(scopeInput.shape)
  .openapi('CreateUser');

export const updateUserInput = z
  .object({
    version: z.number().int().positive(),
    displayName: text.trim().min(1).max(120).optional(),
    email: z.email().nullable().optional(),
    roles: z.array(z.enum(ROLES)).min(1, 'at least one role').optional(),
    active: z.boolean().optional(),
    allDirectorates: z.boolean().optional(),
    directorates: z.array(z.enum(DIRECTORATES)).optional(),
    allCountries: z.boolean().optional(),
    countries: z.array(customerCode).optional(),
    needToKnow: needToKnowInput.optional(),
  })
  .openapi('UpdateUser');

export const userView = z
  .object({
    id: z.uuid(),
    username: text,
    displayName: text,
    email: text.nullable(),
    roles: z.array(z.enum(ROLES)),
    allDirectorates: z.boolean(),
    directorates: z.array(z.enum(DIRECTORATES)),
    allCountries: z.boolean(),
    countries: z.array(text),
    needToKnow: z.array(z.enum(MARKINGS)).openapi({ description: 'Explicit need-to-know grants, beyond what the roles give' }),
    active: z.boolean(),
    locked: z.boolean(),
    mustChangePassword: z.boolean(),
    version: z.number().int(),
    createdAt: text,
  })
  .openapi('User');

export type CreateUserInput = z.input<typeof createUserInput>;
export type UpdateUserInput = z.input<typeof updateUserInput>;
export type UserView = z.infer<typeof userView>;
