import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { serveStatic } from '@hono/node-server/serve-static';
import { createRoute, z } from '@hono/zod-openapi';
import { HTTPException } from 'hono/http-exception';
import swaggerUi from 'swagger-ui-dist';
import type { Wiring } from './areas/area-module.ts';
import { areaRoutes, wireAreas } from './areas/area-module.ts';
import { AREA_MODULES } from './areas/index.ts';
import { auditRoutes } from './platform/audit/routes.ts';
import { authRoutes } from './platform/auth/routes.ts';
import { createAuthThrottle } from './platform/auth/throttle.ts';
import { deadlineRoutes } from './platform/deadlines/routes.ts';
import { authenticate } from './platform/http/auth-middleware.ts';
import { limitBody } from './platform/http/body-limit.ts';
import { compressResponses } from './platform/http/compression.ts';
import type { AppDeps } from './platform/http/context.ts';
import { databaseRefusal } from './platform/http/database-errors.ts';
import { AppError } from './platform/http/errors.ts';
import { createRouter, json } from './platform/http/router.ts';
import { securityHeaders } from './platform/http/security-headers.ts';
import { jobRoutes } from './platform/jobs/routes.ts';
import { savedViewRoutes } from './platform/saved-views/routes.ts';
import { searchRoutes } from './platform/search/routes.ts';
import { userRoutes } from './platform/users/routes.ts';
import { workRoutes } from './platform/work/routes.ts';

export const WEB_DIST = fileURLToPath(new URL('../web/dist', import.meta.url));
const API_INFO = {
  openapi: '3.1.0',
  info: {
    title: 'IOPS API',
    version: '0.1.0',
    description:
      'Security cooperation operations: partners, cases, notifications, end-use monitoring, funds and portfolios. ' +
      'Authenticate with the session cookie (browser; send X-CSRF-Token on writes) or `Authorization: Bearer <personal API token>`. ' +
      'Every error has the shape `{ error: { code, message, fields? } }`.',
  },
};

/** The API routes alone, built from the wired areas; the OpenAPI document is generated from them (no database needed). */
export function createApiRouter(wiring: Wiring) {
  const api = createRouter()
    .openapi(
      createRoute({
        method: 'get',
        path: '/health',
        tags: ['System'],
        summary: 'Ready once migrations are applied',
        responses: { 200: json(z.object({ status: z.literal('ok') }), 'Healthy') },
      }),
      (c) => c.json({ status: 'ok' as const }, 200),
    )
    .route('/', authRoutes)
    .route('/', userRoutes(wiring.partners))
    .route('/', auditRoutes(wiring.auditSubjects, wiring.searchSources))
    .route('/', deadlineRoutes(wiring.deadlineSources))
    .route('/', searchRoutes(wiring.searchSources))
    .route('/', workRoutes(wiring.workQueues, wiring.deadlineSources))
    .route('/', savedViewRoutes)
    .route('/', jobRoutes());
  for (const routes of areaRoutes(wiring)) api.route('/', routes);
  api.openAPIRegistry.registerComponent('securitySchemes', 'session', { type: 'apiKey', in: 'cookie', name: 'iops_session' });
  api.openAPIRegistry.registerComponent('securitySchemes', 'bearer', {
    type: 'http',
    scheme: 'bearer',
    description: 'Personal API token (iops_…)',
  });
  return api;
}

export function openApiDocument() {
  return createApiRouter(wireAreas(AREA_MODULES)).getOpenAPI31Document(API_INFO);
}

/**
 * The whole app. `wiring` is checked when it is built (wireAreas): an area's missing gate or check stops start-up here,
 * before a request is served.
 */
export function createApp(deps: AppDeps, wiring: Wiring = wireAreas(AREA_MODULES)) {
  const app = createRouter();
  const api = createApiRouter(wiring);

  const throttle = createAuthThrottle(deps.database.db, deps.config);
  app.use('*', async (c, next) => {
    c.set('deps', deps);
    c.set('throttle', throttle);
    const started = performance.now();
    await next();
    if (c.req.path.startsWith('/api/')) {
      deps.logger.info(
        { method: c.req.method, path: c.req.path, status: c.res.status, ms: Math.round(performance.now() - started) },
        'request',
      );
    }
  });
  app.use('*', securityHeaders(deps.config));
  app.use('*', compressResponses);
  app.use('/api/*', limitBody);
  app.use('/api/*', authenticate);

  app.onError((error, c) => {
    if (error instanceof AppError) return c.json(error.toBody(), error.status, error.headers);
    const refusal = databaseRefusal(error);
    if (refusal) {
      if (refusal.unexpected) deps.logger.warn({ err: error, path: c.req.path }, 'database refused what validation let through');
      return c.json(refusal.error.toBody(), refusal.error.status);
    }
    if (error instanceof HTTPException && error.status < 500) {
      // Hono's own refusals (malformed JSON body, wrong content type) in our error shape.
      return c.json({ error: { code: 'bad_request', message: error.message || 'Bad request' } }, error.status);
    }
    deps.logger.error({ err: error, path: c.req.path }, 'unhandled error');
    return c.json(new AppError(500, 'internal', 'Something went wrong on our side; it has been logged').toBody(), 500);
  });

  app.route('/api', api);
  const document = api.getOpenAPI31Document(API_INFO);
  app.get('/api/openapi.json', (c) => c.json(document));
  app.get('/api/docs', (c) => c.html(SWAGGER_PAGE));
  app.get('/api/docs/init.js', (c) => c.body(SWAGGER_INIT, 200, { 'Content-Type': 'text/javascript; charset=utf-8' }));
  app.use(
    '/api/docs/assets/*',
    serveStatic({ root: swaggerUi.absolutePath(), rewriteRequestPath: (p) => p.replace('/api/docs/assets', '') }),
  );
  app.all('/api/*', (c) => c.json(new AppError(404, 'not_found', `No API route ${c.req.method} ${c.req.path}`).toBody(), 404));

  // The web UI: static assets, and index.html for every client-side route.
  // Asset names carry a hash of their content (Vite), so a browser may keep them for good; index.html is asked anew.
  if (existsSync(WEB_DIST)) {
    app.use('/assets/*', async (c, next) => {
      await next();
      if (c.res.ok) c.header('Cache-Control', 'public, max-age=31536000, immutable');
    });
    app.use('/assets/*', serveStatic({ root: WEB_DIST }));
  }
  app.get('*', (c) => {
    const index = path.join(WEB_DIST, 'index.html');
    if (!existsSync(index)) return c.text('The web UI is not built; run `npm run build`.', 503);
    c.header('Cache-Control', 'no-cache');
    return c.html(readFileSync(index, 'utf8'));
  });
  return app;
}

const SWAGGER_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>IOPS API</title>
<link rel="stylesheet" href="/api/docs/assets/swagger-ui.css"></head>
<body><div id="docs"></div>
<script src="/api/docs/assets/swagger-ui-bundle.js"></script>
<script src="/api/docs/init.js"></script>
</body></html>`;

// Signed-in browsers "try it out" with their session: writes carry the CSRF token the session hands out.
const SWAGGER_INIT = `let csrf = null;
fetch('/api/auth/session').then((r) => (r.ok ? r.json() : null)).then((s) => { csrf = s && s.csrfToken; });
window.ui = SwaggerUIBundle({
  url: '/api/openapi.json',
  dom_id: '#docs',
  deepLinking: true,
  requestInterceptor: (req) => { if (csrf && req.method !== 'GET') req.headers['X-CSRF-Token'] = csrf; return req; },
});`;
