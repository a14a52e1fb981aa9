import { createRoute, z } from '@hono/zod-openapi';
import { dbOf, principal } from '../../platform/http/context.ts';
import { createRouter, json, jsonBody, security, standardErrors } from '../../platform/http/router.ts';
import { createCondition, getCondition, listConditions, updateCondition } from './conditions/condition-service.ts';
import {
  certificationInput,
  conditionListQuery,
  createConditionInput,
  noticeInput,
  noticeListQuery,
  updateConditionInput,
} from './conditions/model.ts';
import { listNotices, recordCertification, recordNotice } from './conditions/record-service.ts';
import { createRecipientInput, recipientListQuery, vettingInput } from './vetting/model.ts';
import { createRecipient, getRecipient, listRecipients, recordVetting } from './vetting/vetting-service.ts';
import { conditionDetailView, conditionListView, noticeListView, recipientListView, recipientView } from './views.ts';

const tags = ['Special programs'];
const idParam = z.object({ id: z.uuid().openapi({ param: { name: 'id', in: 'path' } }) });

const conditionRoutes = createRouter()
  .openapi(
    createRoute({
      method: 'get',
      path: '/special-programs/conditions',
      tags,
      security,
      summary: 'Program conditions (dated rule rows per program and fiscal year) with where each stands today',
      request: { query: conditionListQuery },
      responses: { 200: json(conditionListView, 'Conditions'), ...standardErrors },
    }),
    async (c) => c.json(await listConditions(dbOf(c), principal(c), c.req.valid('query')), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/special-programs/conditions',
      tags,
      security,
      summary: 'Enter a program condition with its source (administrators; [open] numbers are entered here, never guessed)',
      request: { body: jsonBody(createConditionInput) },
      responses: { 201: json(conditionDetailView, 'Entered'), ...standardErrors },
    }),
    async (c) => c.json(await createCondition(dbOf(c), principal(c), c.req.valid('json')), 201),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/special-programs/conditions/{id}',
      tags,
      security,
      summary: 'One program condition with its certifications and the notices within your scope',
      request: { params: idParam },
      responses: { 200: json(conditionDetailView, 'The condition'), ...standardErrors },
    }),
    async (c) => c.json(await getCondition(dbOf(c), principal(c), c.req.valid('param').id), 200),
  )
  .openapi(
    createRoute({
      method: 'put',
      path: '/special-programs/conditions/{id}',
      tags,
      security,
      summary: 'Change a program condition (administrators; version required)',
      request: { params: idParam, body: jsonBody(updateConditionInput) },
      responses: { 200: json(conditionDetailView, 'Saved'), ...standardErrors },
    }),
    async (c) => c.json(await updateCondition(dbOf(c), principal(c), c.req.valid('param').id, c.req.valid('json')), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/special-programs/conditions/{id}/certifications',
      tags,
      security,
      summary: 'Record the certification that releases money withheld under this condition (date, who, document)',
      request: { params: idParam, body: jsonBody(certificationInput) },
      responses: { 201: json(conditionDetailView, 'Recorded'), ...standardErrors },
    }),
    async (c) => c.json(await recordCertification(dbOf(c), principal(c), c.req.valid('param').id, c.req.valid('json')), 201),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/special-programs/conditions/{id}/notices',
      tags,
      security,
      summary: 'Record a notice to Congress (or a report due before assistance) for a partner under this condition',
      request: { params: idParam, body: jsonBody(noticeInput) },
      responses: { 201: json(conditionDetailView, 'Recorded'), ...standardErrors },
    }),
    async (c) => c.json(await recordNotice(dbOf(c), principal(c), c.req.valid('param').id, c.req.valid('json')), 201),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/special-programs/notices',
      tags,
      security,
      summary: 'Notices and reports given, within your scope, newest first',
      request: { query: noticeListQuery },
      responses: { 200: json(noticeListView, 'Notices'), ...standardErrors },
    }),
    async (c) => c.json(await listNotices(dbOf(c), principal(c), c.req.valid('query')), 200),
  );

const recipientRoutes = createRouter()
  .openapi(
    createRoute({
      method: 'get',
      path: '/special-programs/recipients',
      tags,
      security,
      summary: 'Recipient units and individuals within your scope, with their latest vetting',
      request: { query: recipientListQuery },
      responses: { 200: json(recipientListView, 'Recipients'), ...standardErrors },
    }),
    async (c) => c.json(await listRecipients(dbOf(c), principal(c), c.req.valid('query')), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/special-programs/recipients',
      tags,
      security,
      summary: 'Add a recipient unit or individual of a partner',
      request: { body: jsonBody(createRecipientInput) },
      responses: { 201: json(recipientView, 'Added'), ...standardErrors },
    }),
    async (c) => c.json(await createRecipient(dbOf(c), principal(c), c.req.valid('json')), 201),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/special-programs/recipients/{id}',
      tags,
      security,
      summary: 'One recipient with its vetting history and whether assistance may be obligated to it today',
      request: { params: idParam },
      responses: { 200: json(recipientView, 'The recipient'), ...standardErrors },
    }),
    async (c) => c.json(await getRecipient(dbOf(c), principal(c), c.req.valid('param').id), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/special-programs/recipients/{id}/vettings',
      tags,
      security,
      summary: 'Record a vetting (by whom, when, result, expiry; §1209 P.L. 113-291)',
      request: { params: idParam, body: jsonBody(vettingInput) },
      responses: { 201: json(recipientView, 'Recorded'), ...standardErrors },
    }),
    async (c) => c.json(await recordVetting(dbOf(c), principal(c), c.req.valid('param').id, c.req.valid('json')), 201),
  );

export const specialProgramRoutes = createRouter().route('/', conditionRoutes).route('/', recipientRoutes);
