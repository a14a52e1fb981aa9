import { createRoute, z } from '@hono/zod-openapi';
import { downloadContent, downloadResponse } from '../../platform/export/download.ts';
import { dbOf, principal, readDbOf } from '../../platform/http/context.ts';
import { createRouter, json, jsonBody, security, standardErrors } from '../../platform/http/router.ts';
import { text } from '../../platform/schema/primitives.ts';
import { createAppropriation, getAppropriation, listAppropriations, updateAppropriation } from './appropriation-service.ts';
import { commit, release } from './commitment-service.ts';
import { exportTransactions } from './exports.ts';
import {
  appropriationListQuery,
  commitInput,
  createAppropriationInput,
  createProgramInput,
  deobligateInput,
  obligateInput,
  transactionListQuery,
  updateAppropriationInput,
  updateProgramInput,
} from './model.ts';
import type { ObligationGate } from './obligation-gates.ts';
import { deobligate, listTransactions, obligate } from './obligation-service.ts';
import { createProgram, getProgram, listPrograms, updateProgram } from './program-service.ts';
import { appropriationListView, appropriationView, programView, transactionListView, transactionResultView } from './views.ts';

const tags = ['Funds and authorities'];
const idParam = z.object({ id: z.uuid().openapi({ param: { name: 'id', in: 'path' } }) });
const codeParam = z.object({
  code: text
    .min(1)
    .max(20)
    .openapi({ param: { name: 'code', in: 'path' }, example: 'SEC333' }),
});

const ledgerExportRoutes = createRouter();
for (const format of ['csv', 'xlsx'] as const) {
  ledgerExportRoutes.openapi(
    createRoute({
      method: 'get',
      path: `/fund-transactions/export.${format}`,
      tags,
      security,
      summary: `The ledger as ${format.toUpperCase()} (same filters, scope and order as GET /fund-transactions); money in dollars`,
      request: { query: transactionListQuery },
      responses: { 200: downloadContent(format, 'Every matching ledger entry'), ...standardErrors },
    }),
    async (c) => downloadResponse(await exportTransactions(readDbOf(c), principal(c), c.req.valid('query'), format), format) as never,
  );
}

/** The funds routes; obligations pass the obligation gates other areas declare (wired at start-up). */
export const fundRoutes = (gates: readonly ObligationGate[]) =>
  createRouter()
    .route('/', ledgerExportRoutes)
    .openapi(
      createRoute({
        method: 'get',
        path: '/fund-programs',
        tags,
        security,
        summary: 'Programs and authorities with title, citation and the rules that differ by program',
        responses: { 200: json(z.array(programView), 'Programs'), ...standardErrors },
      }),
      async (c) => c.json(await listPrograms(dbOf(c), principal(c)), 200),
    )
    .openapi(
      createRoute({
        method: 'post',
        path: '/fund-programs',
        tags,
        security,
        summary: 'Add a program or authority (administrators)',
        request: { body: jsonBody(createProgramInput) },
        responses: { 201: json(programView, 'Added'), ...standardErrors },
      }),
      async (c) => c.json(await createProgram(dbOf(c), principal(c), c.req.valid('json')), 201),
    )
    .openapi(
      createRoute({
        method: 'get',
        path: '/fund-programs/{code}',
        tags,
        security,
        summary: 'One program',
        request: { params: codeParam },
        responses: { 200: json(programView, 'The program'), ...standardErrors },
      }),
      async (c) => c.json(await getProgram(dbOf(c), principal(c), c.req.valid('param').code), 200),
    )
    .openapi(
      createRoute({
        method: 'patch',
        path: '/fund-programs/{code}',
        tags,
        security,
        summary: 'Change a program (administrators; version required)',
        request: { params: codeParam, body: jsonBody(updateProgramInput) },
        responses: { 200: json(programView, 'Saved'), ...standardErrors },
      }),
      async (c) => c.json(await updateProgram(dbOf(c), principal(c), c.req.valid('param').code, c.req.valid('json')), 200),
    )
    .openapi(
      createRoute({
        method: 'get',
        path: '/appropriations',
        tags,
        security,
        summary: 'Appropriations and allotments within your scope, with balances derived from the ledger',
        request: { query: appropriationListQuery },
        responses: { 200: json(appropriationListView, 'A page and the totals of every match'), ...standardErrors },
      }),
      async (c) => c.json(await listAppropriations(dbOf(c), principal(c), c.req.valid('query')), 200),
    )
    .openapi(
      createRoute({
        method: 'post',
        path: '/appropriations',
        tags,
        security,
        summary: 'Record an appropriation or allotment (Title 10: its stated year; Title 22: its period of availability)',
        request: { body: jsonBody(createAppropriationInput) },
        responses: { 201: json(appropriationView, 'Recorded'), ...standardErrors },
      }),
      async (c) => c.json(await createAppropriation(dbOf(c), principal(c), c.req.valid('json')), 201),
    )
    .openapi(
      createRoute({
        method: 'get',
        path: '/appropriations/{id}',
        tags,
        security,
        summary: 'One appropriation and its balance',
        request: { params: idParam },
        responses: { 200: json(appropriationView, 'The appropriation'), ...standardErrors },
      }),
      async (c) => c.json(await getAppropriation(dbOf(c), principal(c), c.req.valid('param').id), 200),
    )
    .openapi(
      createRoute({
        method: 'patch',
        path: '/appropriations/{id}',
        tags,
        security,
        summary: 'Change name, amount (never below what is obligated) or a Title 22 period (version required)',
        request: { params: idParam, body: jsonBody(updateAppropriationInput) },
        responses: { 200: json(appropriationView, 'Saved'), ...standardErrors },
      }),
      async (c) => c.json(await updateAppropriation(dbOf(c), principal(c), c.req.valid('param').id, c.req.valid('json')), 200),
    )
    .openapi(
      createRoute({
        method: 'post',
        path: '/appropriations/{id}/obligations',
        tags,
        security,
        summary:
          'Obligate money to a case, a case line or a program; refused (409, with the reason) beyond what is available or after the period of availability',
        request: { params: idParam, body: jsonBody(obligateInput) },
        responses: { 201: json(transactionResultView, 'Obligated; the balance after'), ...standardErrors },
      }),
      async (c) => c.json(await obligate(dbOf(c), principal(c), c.req.valid('param').id, c.req.valid('json'), undefined, gates), 201),
    )
    .openapi(
      createRoute({
        method: 'post',
        path: '/fund-transactions/{id}/deobligations',
        tags,
        security,
        summary: 'Return money from an obligation to its appropriation',
        request: { params: idParam, body: jsonBody(deobligateInput) },
        responses: { 201: json(transactionResultView, 'De-obligated; the balance after'), ...standardErrors },
      }),
      async (c) => c.json(await deobligate(dbOf(c), principal(c), c.req.valid('param').id, c.req.valid('json')), 201),
    )
    .openapi(
      createRoute({
        method: 'get',
        path: '/fund-transactions',
        tags,
        security,
        summary: 'Obligations and de-obligations within your scope, newest first unless sorted otherwise',
        request: { query: transactionListQuery },
        responses: { 200: json(transactionListView, 'A page'), ...standardErrors },
      }),
      async (c) => c.json(await listTransactions(dbOf(c), principal(c), c.req.valid('query')), 200),
    )
    .openapi(
      createRoute({
        method: 'post',
        path: '/appropriations/{id}/commitments',
        tags,
        security,
        summary:
          'Commit (reserve) money for a case, a case line or a program ahead of its obligation; refused beyond the uncommitted balance or after the period of availability',
        request: { params: idParam, body: jsonBody(commitInput) },
        responses: { 201: json(transactionResultView, 'Committed; the balance after'), ...standardErrors },
      }),
      async (c) => c.json(await commit(dbOf(c), principal(c), c.req.valid('param').id, c.req.valid('json')), 201),
    )
    .openapi(
      createRoute({
        method: 'post',
        path: '/fund-transactions/{id}/releases',
        tags,
        security,
        summary: 'Release what a commitment still holds back to the uncommitted balance',
        request: { params: idParam, body: jsonBody(deobligateInput) },
        responses: { 201: json(transactionResultView, 'Released; the balance after'), ...standardErrors },
      }),
      async (c) => c.json(await release(dbOf(c), principal(c), c.req.valid('param').id, c.req.valid('json')), 201),
    );
