import { createRoute, z } from '@hono/zod-openapi';
import { downloadContent, downloadResponse } from '../../platform/export/download.ts';
import { dbOf, principal, readDbOf } from '../../platform/http/context.ts';
import { createRouter, json, jsonBody, security, standardErrors } from '../../platform/http/router.ts';
import { isoDate, text } from '../../platform/schema/primitives.ts';
import { getCaseNotificationState } from './case-determination-service.ts';
import { determine, determineMany } from './determination-service.ts';
import { exportNotifications } from './exports.ts';
import {
  addThresholdInput,
  createNotificationInput,
  determinationInput,
  endThresholdInput,
  notificationListQuery,
  notificationTransitionInput,
  updateNotificationInput,
} from './model.ts';
import {
  createNotification,
  getNotification,
  listNotifications,
  transitionNotification,
  updateNotification,
} from './notification-service.ts';
import { addThreshold, endThreshold, listThresholds } from './threshold-service.ts';
import {
  batchDeterminationView,
  caseNotificationView,
  determinationView,
  notificationListView,
  notificationView,
  thresholdView,
} from './views.ts';

const tags = ['Congressional notifications'];
const idParam = z.object({
  id: text
    .min(1)
    .max(40)
    .openapi({ param: { name: 'id', in: 'path' }, description: 'Notification id or transmittal number (e.g. 24-45)' }),
});

const notificationExportRoutes = createRouter();
for (const format of ['csv', 'xlsx'] as const) {
  notificationExportRoutes.openapi(
    createRoute({
      method: 'get',
      path: `/notifications/export.${format}`,
      tags,
      security,
      summary: `The notification list as ${format.toUpperCase()} (same filters, scope, masking and order as GET /notifications)`,
      request: { query: notificationListQuery },
      responses: { 200: downloadContent(format, 'Every matching notification'), ...standardErrors },
    }),
    async (c) => downloadResponse(await exportNotifications(readDbOf(c), principal(c), c.req.valid('query'), format), format) as never,
  );
}

export const notificationRoutes = createRouter()
  .route('/', notificationExportRoutes)
  .openapi(
    createRoute({
      method: 'post',
      path: '/notifications/determinations',
      tags,
      security,
      summary: 'Is an AECA 36(b)(1) notification required? Values in whole US dollars; the reasons name each threshold and source',
      request: { body: jsonBody(determinationInput) },
      responses: { 200: json(determinationView, 'The determination'), ...standardErrors },
    }),
    async (c) => c.json(await determine(dbOf(c), principal(c), c.req.valid('json')), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/notifications/determinations/batch',
      tags,
      security,
      summary: 'Many determinations at once; a bad entry yields an error object in its place',
      request: { body: jsonBody(z.array(z.unknown()).max(100_000)) },
      responses: { 200: json(batchDeterminationView, 'Results in request order'), ...standardErrors },
    }),
    async (c) => c.json(await determineMany(dbOf(c), principal(c), c.req.valid('json')), 200),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/cases/{ref}/notification',
      tags,
      security,
      summary: "A case's notification position from its current lines",
      request: {
        params: z.object({
          ref: text
            .min(1)
            .max(40)
            .openapi({ param: { name: 'ref', in: 'path' } }),
        }),
        query: z.object({ asOf: isoDate.optional() }),
      },
      responses: { 200: json(caseNotificationView, 'Determination, covering notifications, offer blocker'), ...standardErrors },
    }),
    async (c) => c.json(await getCaseNotificationState(dbOf(c), principal(c), c.req.valid('param').ref, c.req.valid('query').asOf), 200),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/notifications',
      tags,
      security,
      summary: 'Notifications within your scope',
      request: { query: notificationListQuery },
      responses: { 200: json(notificationListView, 'A page'), ...standardErrors },
    }),
    async (c) => c.json(await listNotifications(dbOf(c), principal(c), c.req.valid('query')), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/notifications',
      tags,
      security,
      summary: 'Draft a notification for cases (values default to their lines)',
      request: { body: jsonBody(createNotificationInput) },
      responses: { 201: json(notificationView, 'Drafted'), ...standardErrors },
    }),
    async (c) => c.json(await createNotification(dbOf(c), principal(c), c.req.valid('json')), 201),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/notifications/{id}',
      tags,
      security,
      summary: 'One notification',
      request: { params: idParam },
      responses: { 200: json(notificationView, 'The notification'), ...standardErrors },
    }),
    async (c) => c.json(await getNotification(dbOf(c), principal(c), c.req.valid('param').id), 200),
  )
  .openapi(
    createRoute({
      method: 'patch',
      path: '/notifications/{id}',
      tags,
      security,
      summary: 'Edit a draft or in-review notification (version required)',
      request: { params: idParam, body: jsonBody(updateNotificationInput) },
      responses: { 200: json(notificationView, 'Saved'), ...standardErrors },
    }),
    async (c) => c.json(await updateNotification(dbOf(c), principal(c), c.req.valid('param').id, c.req.valid('json')), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/notifications/{id}/transitions',
      tags,
      security,
      summary: 'Send for tiered review, record formal notice, clear or withdraw',
      request: { params: idParam, body: jsonBody(notificationTransitionInput) },
      responses: { 200: json(notificationView, 'Moved'), ...standardErrors },
    }),
    async (c) => c.json(await transitionNotification(dbOf(c), principal(c), c.req.valid('param').id, c.req.valid('json')), 200),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/notification-thresholds',
      tags,
      security,
      summary: 'The dated AECA 36(b)(1) threshold table',
      responses: { 200: json(z.array(thresholdView), 'Rows'), ...standardErrors },
    }),
    async (c) => c.json(await listThresholds(dbOf(c), principal(c)), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/notification-thresholds',
      tags,
      security,
      summary: 'Add a row from its effective date (administrators)',
      request: { body: jsonBody(addThresholdInput) },
      responses: { 201: json(thresholdView, 'Added'), ...standardErrors },
    }),
    async (c) => c.json(await addThreshold(dbOf(c), principal(c), c.req.valid('json')), 201),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/notification-thresholds/{id}/end',
      tags,
      security,
      summary: 'End a row on its last day (administrators)',
      request: {
        params: z.object({
          id: z.coerce
            .number()
            .int()
            .openapi({ param: { name: 'id', in: 'path' } }),
        }),
        body: jsonBody(endThresholdInput),
      },
      responses: { 200: json(thresholdView, 'Ended'), ...standardErrors },
    }),
    async (c) => c.json(await endThreshold(dbOf(c), principal(c), c.req.valid('param').id, c.req.valid('json')), 200),
  );
