import { createRoute, z } from '@hono/zod-openapi';
import { dbOf, principal } from '../http/context.ts';
import { createRouter, json, jsonBody, security, standardErrors } from '../http/router.ts';
import type { PartnerDirectory } from '../wiring.ts';
import { createUserInput, password, updateUserInput, userView } from './model.ts';
import { createUser, getUser, listUsers, resetPassword, unlockUser, updateUser } from './service.ts';

const tags = ['Users'];
const idParam = z.object({ id: z.uuid() });

/** Users and their access; `partners` (wired from the areas) validates a scope's partners. */
export const userRoutes = (partners: PartnerDirectory) =>
  createRouter()
    .openapi(
      createRoute({
        method: 'get',
        path: '/users',
        tags,
        summary: 'All users',
        security,
        responses: { 200: json(z.array(userView), 'Users'), 401: standardErrors[401], 403: standardErrors[403] },
      }),
      async (c) => c.json(await listUsers(dbOf(c), principal(c)), 200),
    )
    .openapi(
      createRoute({
        method: 'post',
        path: '/users',
        tags,
        summary: 'Create a user',
        security,
        request: { body: jsonBody(createUserInput) },
        responses: { 201: json(userView, 'Created'), ...standardErrors },
      }),
      async (c) => c.json(await createUser(dbOf(c), partners, principal(c), c.req.valid('json')), 201),
    )
    .openapi(
      createRoute({
        method: 'get',
        path: '/users/{id}',
        tags,
        summary: 'One user',
        security,
        request: { params: idParam },
        responses: { 200: json(userView, 'The user'), ...standardErrors },
      }),
      async (c) => c.json(await getUser(dbOf(c), principal(c), c.req.valid('param').id), 200),
    )
    .openapi(
      createRoute({
        method: 'patch',
        path: '/users/{id}',
        tags,
        summary: 'Change roles, scope, name or active flag (send the version you read)',
        security,
        request: { params: idParam, body: jsonBody(updateUserInput) },
        responses: { 200: json(userView, 'Updated'), ...standardErrors },
      }),
      async (c) => c.json(await updateUser(dbOf(c), partners, principal(c), c.req.valid('param').id, c.req.valid('json')), 200),
    )
    .openapi(
      createRoute({
        method: 'post',
        path: '/users/{id}/password',
        tags,
        summary: 'Set a new password for a user (ends their sessions, lifts a lock)',
        security,
        request: {
          params: idParam,
          body: jsonBody(z.object({ password, mustChangePassword: z.boolean().default(true) }).openapi('ResetPassword')),
        },
        responses: { 204: { description: 'Password set' }, ...standardErrors },
      }),
      async (c) => {
        const body = c.req.valid('json');
        await resetPassword(dbOf(c), principal(c), c.req.valid('param').id, body.password, body.mustChangePassword);
        return c.body(null, 204);
      },
    )
    .openapi(
      createRoute({
        method: 'post',
        path: '/users/{id}/unlock',
        tags,
        summary: 'Lift a sign-in lock-out',
        security,
        request: { params: idParam },
        responses: { 200: json(userView, 'Unlocked'), ...standardErrors },
      }),
      async (c) => c.json(await unlockUser(dbOf(c), principal(c), c.req.valid('param').id), 200),
    );
