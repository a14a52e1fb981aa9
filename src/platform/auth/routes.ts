import { createRoute, z } from '@hono/zod-openapi';
import { deleteCookie, setCookie } from 'hono/cookie';
import { AREAS } from '../access/areas.ts';
import { MARKING_LABELS } from '../access/markings.ts';
import { decide } from '../access/policy.ts';
import { DIRECTORATE_LABELS, ROLE_LABELS } from '../access/roles.ts';
import { SESSION_COOKIE } from '../http/auth-middleware.ts';
import { cameOverHttps, clientIp } from '../http/client.ts';
import { dbOf, nowOf, principal, throttleOf } from '../http/context.ts';
import { createRouter, errorBody, json, jsonBody, security, standardErrors } from '../http/router.ts';
import { isoDateTime, text } from '../schema/primitives.ts';
import { password as passwordSchema } from '../users/model.ts';
import { changeOwnPassword } from '../users/service.ts';
import { activateInvitation, describeInvitation } from './invitation.ts';
import { createApiToken, listApiTokens, revokeApiToken, SignInRefused, signIn, signOut } from './service.ts';

const sessionView = z
  .object({
    user: z.object({
      id: text,
      username: text,
      displayName: text,
      roles: z.array(text),
      mustChangePassword: z
        .boolean()
        .openapi({ description: 'Until the password is changed, every other request answers 403 password_change_required' }),
      partner: z
        .object({ code: text, role: text, permissions: z.array(text) })
        .nullable()
        .openapi({ description: "A partner user's partner, standing and permissions; null for the agency's staff" }),
      scope: z.object({
        allDirectorates: z.boolean(),
        directorates: z.array(text),
        allCountries: z.boolean(),
        countries: z.array(text),
      }),
    }),
    csrfToken: text.nullable().openapi({ description: 'Send as X-CSRF-Token on every non-GET request made with the session cookie' }),
    areas: z.array(
      z.object({
        id: text,
        label: text,
        directorate: text.nullable(),
        built: z.boolean(),
        canRead: z.boolean(),
        canWrite: z.boolean(),
        canAdminister: z
          .boolean()
          .openapi({ description: "May keep the area's rule and reference tables (thresholds, programs, targets)" }),
      }),
    ),
    roleLabels: z.record(text, text),
    directorateLabels: z.record(text, text),
    markingLabels: z
      .record(text, text)
      .openapi({ description: 'Markings a record can carry (need-to-know grants name them), with what each means' }),
  })
  .openapi('Session');

const tokenView = z
  .object({
    id: text,
    name: text,
    prefix: text,
    createdAt: text,
    lastUsedAt: text.nullable(),
    expiresAt: text.nullable(),
    revokedAt: text.nullable(),
  })
  .openapi('ApiToken');

const iso = (d: Date | null) => (d ? d.toISOString() : null);

function describeSession(p: ReturnType<typeof principal>, csrfToken: string | null) {
  return {
    user: {
      id: p.userId,
      username: p.username,
      displayName: p.displayName,
      roles: [...p.roles],
      mustChangePassword: p.mustChangePassword ?? false,
      partner: p.partner ? { ...p.partner, permissions: [...p.partner.permissions] } : null,
      scope: { ...p.scope, directorates: [...p.scope.directorates], countries: [...p.scope.countries] },
    },
    csrfToken,
    areas: AREAS.map((a) => ({
      ...a,
      canRead: decide(p, 'read', { area: a.id }).allowed,
      canWrite: decide(p, 'write', { area: a.id }).allowed,
      canAdminister: decide(p, 'administer', { area: a.id }).allowed,
    })),
    roleLabels: ROLE_LABELS,
    directorateLabels: DIRECTORATE_LABELS,
    markingLabels: MARKING_LABELS,
  };
}

const activationStart = z.object({ token: text.min(1).max(200) }).openapi('ActivationToken');
const activationInput = z
  .object({ token: text.min(1).max(200), password: passwordSchema, totpCode: text.min(1).max(20) })
  .openapi('Activation');

export const authRoutes = createRouter()
  .openapi(
    createRoute({
      method: 'post',
      path: '/auth/activation/start',
      tags: ['Authentication'],
      summary: 'An invitation: the user name and the authenticator secret to enrol (no sign-in needed; the token is the proof)',
      request: { body: jsonBody(activationStart) },
      responses: {
        200: json(
          z.object({ username: text, displayName: text, totpSecret: text, otpauthUri: text, expiresAt: text }).openapi('Invitation'),
          'The invitation',
        ),
        400: standardErrors[400],
        404: json(errorBody, 'Unknown, used or expired invitation'),
      },
    }),
    async (c) => c.json(await describeInvitation(dbOf(c), c.req.valid('json').token, nowOf(c)), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/auth/activation',
      tags: ['Authentication'],
      summary: 'Activate an invitation: set the password and prove the authenticator with a code; returns one-time recovery codes',
      request: { body: jsonBody(activationInput) },
      responses: {
        200: json(z.object({ username: text, recoveryCodes: z.array(text) }).openapi('Activated'), 'Activated; keep the codes'),
        400: standardErrors[400],
        404: json(errorBody, 'Unknown, used or expired invitation'),
      },
    }),
    async (c) => {
      const { token, password, totpCode } = c.req.valid('json');
      return c.json(await activateInvitation(dbOf(c), token, { password, totpCode }, nowOf(c)), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/auth/sign-in',
      tags: ['Authentication'],
      summary: 'Sign in with user name and password; sets an httpOnly session cookie',
      request: {
        body: jsonBody(
          z
            .object({
              username: text.min(1),
              password: text.min(1),
              totpCode: text.max(20).optional().openapi({ description: "Partner users: the authenticator app's six-digit code" }),
              recoveryCode: text.max(40).optional().openapi({ description: 'Partner users: one of their one-time recovery codes' }),
            })
            .openapi('SignIn'),
        ),
      },
      responses: {
        200: json(sessionView, 'Signed in'),
        400: standardErrors[400],
        401: json(
          errorBody,
          'Wrong user name or password (or second factor), or the account is locked: one answer for all, so it reveals neither; ' +
            '`second_factor_required` when a partner user sent no code',
        ),
        429: json(errorBody, 'Too many failed sign-ins from this address or for this user name; `Retry-After` says when to retry'),
      },
    }),
    async (c) => {
      const { username, password, totpCode, recoveryCode } = c.req.valid('json');
      const { config, logger } = c.get('deps');
      const ip = clientIp(c, config);
      const throttle = throttleOf(c);
      await throttle.beforeSignIn(ip, username);
      const result = await signIn(dbOf(c), config, username, password, nowOf(c), { code: totpCode, recoveryCode }).catch(
        (error: unknown) => {
          if (error instanceof SignInRefused) logger.warn({ ip, reason: error.reason }, 'sign-in refused');
          throw error;
        },
      );
      await throttle.signedIn(ip, username);
      setCookie(c, SESSION_COOKIE, result.sessionId, {
        httpOnly: true,
        sameSite: 'Strict',
        secure: config.COOKIE_SECURE || cameOverHttps(c, config),
        path: '/',
        maxAge: config.SESSION_MAX_HOURS * 3600,
      });
      return c.json(describeSession(result.principal, result.csrfToken), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/auth/sign-out',
      tags: ['Authentication'],
      summary: 'End the current session',
      security,
      responses: { 204: { description: 'Signed out' }, 401: standardErrors[401] },
    }),
    async (c) => {
      const p = principal(c);
      const sessionId = c.get('sessionId');
      if (sessionId) await signOut(dbOf(c), sessionId, p);
      deleteCookie(c, SESSION_COOKIE, { path: '/' });
      return c.body(null, 204);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/auth/session',
      tags: ['Authentication'],
      summary: 'Who am I: user, roles, scope, the areas I can use, and the CSRF token',
      security,
      responses: { 200: json(sessionView, 'The current session'), 401: standardErrors[401] },
    }),
    (c) => c.json(describeSession(principal(c), c.get('csrfToken') ?? null), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/auth/password',
      tags: ['Authentication'],
      summary: 'Change my password',
      security,
      request: { body: jsonBody(z.object({ currentPassword: text.min(1), newPassword: text }).openapi('ChangePassword')) },
      responses: { 204: { description: 'Changed' }, 400: standardErrors[400], 401: standardErrors[401] },
    }),
    async (c) => {
      const body = c.req.valid('json');
      await changeOwnPassword(dbOf(c), principal(c), body.currentPassword, body.newPassword);
      return c.body(null, 204);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/auth/tokens',
      tags: ['Authentication'],
      summary: 'My personal API tokens (never the secrets)',
      security,
      responses: { 200: json(z.array(tokenView), 'Tokens'), 401: standardErrors[401] },
    }),
    async (c) => {
      const rows = await listApiTokens(dbOf(c), principal(c));
      return c.json(
        rows.map((r) => ({
          ...r,
          createdAt: r.createdAt.toISOString(),
          lastUsedAt: iso(r.lastUsedAt),
          expiresAt: iso(r.expiresAt),
          revokedAt: iso(r.revokedAt),
        })),
        200,
      );
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/auth/tokens',
      tags: ['Authentication'],
      summary: 'Create a personal API token; the secret is in this response only',
      security,
      request: {
        body: jsonBody(
          z.object({ name: text.trim().min(1).max(100), expiresAt: isoDateTime.nullable().optional() }).openapi('CreateApiToken'),
        ),
      },
      responses: {
        201: json(
          z.object({ id: text, name: text, token: text, expiresAt: text.nullable() }).openapi('NewApiToken'),
          'Created; use as `Authorization: Bearer <token>`',
        ),
        400: standardErrors[400],
        401: standardErrors[401],
      },
    }),
    async (c) => {
      const body = c.req.valid('json');
      const created = await createApiToken(dbOf(c), principal(c), {
        name: body.name,
        expiresAt: body.expiresAt ? new Date(body.expiresAt) : null,
      });
      return c.json({ id: created.id, name: created.name, token: created.token, expiresAt: iso(created.expiresAt) }, 201);
    },
  )
  .openapi(
    createRoute({
      method: 'delete',
      path: '/auth/tokens/{id}',
      tags: ['Authentication'],
      summary: 'Revoke one of my API tokens',
      security,
      request: { params: z.object({ id: z.uuid() }) },
      responses: { 204: { description: 'Revoked' }, 401: standardErrors[401], 404: standardErrors[404] },
    }),
    async (c) => {
      await revokeApiToken(dbOf(c), principal(c), c.req.valid('param').id);
      return c.body(null, 204);
    },
  );
