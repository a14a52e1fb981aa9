import { createRoute, z } from '@hono/zod-openapi';
import { downloadContent, downloadResponse } from '../../platform/export/download.ts';
import { EXPORT_TYPES, type ExportFormat } from '../../platform/export/sheet-stream.ts';
import { dbOf, principal, readDbOf } from '../../platform/http/context.ts';
import { createRouter, json, jsonBody, security, standardErrors } from '../../platform/http/router.ts';
import { text } from '../../platform/schema/primitives.ts';
import { closeProcurement } from './close-service.ts';
import { exportInventory, exportProcurements } from './exports.ts';
import { addRule, creditCapital, getFund, listLedger, listRules } from './fund-service.ts';
import { listInventory, listPhysicalInventories, receiveDelivery, recordPhysicalInventory, reportDelivery } from './inventory-service.ts';
import {
  capitalInput,
  closeInput,
  fundQuery,
  inventoryListQuery,
  ledgerListQuery,
  physicalInventoryInput,
  procurementInput,
  procurementListQuery,
  receiptInput,
  reportInput,
  ruleRowInput,
  transferInput,
  transferListQuery,
} from './model.ts';
import { createProcurement, getProcurement, listProcurements } from './procurement-service.ts';
import { getTransfer, listTransfers, transferToCase } from './transfer-service.ts';
import {
  sdafCapitalResultView,
  sdafFundView,
  sdafInventoryListView,
  sdafLedgerListView,
  sdafPhysicalInventoryView,
  sdafProcurementListView,
  sdafProcurementView,
  sdafReceiptView,
  sdafRuleView,
  sdafTransferListView,
  sdafTransferView,
} from './views.ts';

const tags = ['Special Defense Acquisition Fund'];
const id = z.object({ id: z.uuid().openapi({ param: { name: 'id', in: 'path' } }) });

const sdafExportRoutes = createRouter();
for (const format of ['csv', 'xlsx'] as const) {
  const upper = format.toUpperCase();
  sdafExportRoutes
    .openapi(
      createRoute({
        method: 'get',
        path: `/sdaf/procurements/export.${format}`,
        tags,
        security,
        summary: `The procurement list as ${upper} (same filters as GET /sdaf/procurements)`,
        request: { query: procurementListQuery },
        responses: { 200: downloadContent(format, 'Every matching procurement'), ...standardErrors },
      }),
      async (c) => downloadResponse(await exportProcurements(readDbOf(c), principal(c), c.req.valid('query'), format), format) as never,
    )
    .openapi(
      createRoute({
        method: 'get',
        path: `/sdaf/inventory/export.${format}`,
        tags,
        security,
        summary: `The fund's inventory as ${upper} (same filters as GET /sdaf/inventory)`,
        request: { query: inventoryListQuery },
        responses: { 200: downloadContent(format, 'Every matching item'), ...standardErrors },
      }),
      async (c) => downloadResponse(await exportInventory(readDbOf(c), principal(c), c.req.valid('query'), format), format) as never,
    );
}

export const sdafRoutes = createRouter()
  .route('/', sdafExportRoutes)
  .openapi(
    createRoute({
      method: 'get',
      path: '/sdaf/fund',
      tags,
      security,
      summary: 'The fund: the statutory cap in force, capital, committed, inventory value and headroom (from its ledger)',
      request: { query: fundQuery },
      responses: { 200: json(sdafFundView, 'The fund'), ...standardErrors },
    }),
    async (c) => c.json(await getFund(dbOf(c), principal(c), c.req.valid('query')), 200),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/sdaf/ledger',
      tags,
      security,
      summary: 'The fund’s ledger, newest first',
      request: { query: ledgerListQuery },
      responses: { 200: json(sdafLedgerListView, 'A page'), ...standardErrors },
    }),
    async (c) => c.json(await listLedger(dbOf(c), principal(c), c.req.valid('query')), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/sdaf/capital',
      tags,
      security,
      summary: 'Credit capital (appropriation, proceeds); refused (409, with the figures) beyond the statutory cap',
      request: { body: jsonBody(capitalInput) },
      responses: { 201: json(sdafCapitalResultView, 'Credited; the fund after'), ...standardErrors },
    }),
    async (c) => c.json(await creditCapital(dbOf(c), principal(c), c.req.valid('json')), 201),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/sdaf/rules',
      tags,
      security,
      summary: 'The dated rule tables: statutory cap and contract administration surcharge',
      responses: { 200: json(z.array(sdafRuleView), 'Rows'), ...standardErrors },
    }),
    async (c) => c.json(await listRules(dbOf(c), principal(c)), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/sdaf/rules',
      tags,
      security,
      summary: 'Add a dated rule row (administrators)',
      request: { body: jsonBody(ruleRowInput) },
      responses: { 201: json(sdafRuleView, 'Added'), ...standardErrors },
    }),
    async (c) => c.json(await addRule(dbOf(c), principal(c), c.req.valid('json')), 201),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/sdaf/procurements',
      tags,
      security,
      summary: 'Anticipatory procurements',
      request: { query: procurementListQuery },
      responses: { 200: json(sdafProcurementListView, 'A page'), ...standardErrors },
    }),
    async (c) => c.json(await listProcurements(dbOf(c), principal(c), c.req.valid('query')), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/sdaf/procurements',
      tags,
      security,
      summary: 'Record a procurement (releasability attested at award); commits the fund’s money, refused beyond what it holds',
      request: { body: jsonBody(procurementInput) },
      responses: { 201: json(sdafProcurementView, 'Recorded'), ...standardErrors },
    }),
    async (c) => c.json(await createProcurement(dbOf(c), principal(c), c.req.valid('json')), 201),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/sdaf/procurements/{id}',
      tags,
      security,
      summary: 'One procurement: items, receipts, transfers',
      request: { params: id },
      responses: { 200: json(sdafProcurementView, 'The procurement'), ...standardErrors },
    }),
    async (c) => c.json(await getProcurement(dbOf(c), principal(c), c.req.valid('param').id), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/sdaf/procurements/{id}/receipts',
      tags,
      security,
      summary: 'Receive delivered quantities into inventory (version required)',
      request: { params: id, body: jsonBody(receiptInput) },
      responses: { 201: json(sdafProcurementView, 'Received'), ...standardErrors },
    }),
    async (c) => c.json(await receiveDelivery(dbOf(c), principal(c), c.req.valid('param').id, c.req.valid('json')), 201),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/sdaf/procurements/{id}/close',
      tags,
      security,
      summary: 'Close a procurement short: what was not delivered is released to the fund (version required)',
      request: { params: id, body: jsonBody(closeInput) },
      responses: { 200: json(sdafProcurementView, 'Closed'), ...standardErrors },
    }),
    async (c) => c.json(await closeProcurement(dbOf(c), principal(c), c.req.valid('param').id, c.req.valid('json')), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/sdaf/receipts/{id}/report',
      tags,
      security,
      summary: 'Record that a delivery was reported to DFAS (within 30 days: FMR Vol 15 Ch 8)',
      request: { params: id, body: jsonBody(reportInput) },
      responses: { 200: json(sdafReceiptView, 'Reported'), ...standardErrors },
    }),
    async (c) => c.json(await reportDelivery(dbOf(c), principal(c), c.req.valid('param').id, c.req.valid('json')), 200),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/sdaf/inventory',
      tags,
      security,
      summary: 'The fund’s inventory: received, transferred and on hand per item',
      request: { query: inventoryListQuery },
      responses: { 200: json(sdafInventoryListView, 'A page'), ...standardErrors },
    }),
    async (c) => c.json(await listInventory(dbOf(c), principal(c), c.req.valid('query')), 200),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/sdaf/physical-inventories',
      tags,
      security,
      summary: 'Annual physical inventories (DSCA 20-85) with their discrepancies',
      responses: { 200: json(z.array(sdafPhysicalInventoryView), 'By fiscal year'), ...standardErrors },
    }),
    async (c) => c.json(await listPhysicalInventories(dbOf(c), principal(c)), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/sdaf/physical-inventories',
      tags,
      security,
      summary: 'Record a fiscal year’s physical inventory (counted quantities)',
      request: { body: jsonBody(physicalInventoryInput) },
      responses: { 201: json(sdafPhysicalInventoryView, 'Recorded'), ...standardErrors },
    }),
    async (c) => c.json(await recordPhysicalInventory(dbOf(c), principal(c), c.req.valid('json')), 201),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/sdaf/transfers',
      tags,
      security,
      summary: 'Transfers to FMS cases within your partner scope, with their reimbursements',
      request: { query: transferListQuery },
      responses: { 200: json(sdafTransferListView, 'A page'), ...standardErrors },
    }),
    async (c) => c.json(await listTransfers(dbOf(c), principal(c), c.req.valid('query')), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/sdaf/transfers',
      tags,
      security,
      summary: 'Transfer inventory to an FMS case; the fund is reimbursed at title transfer (DSCA 21-15)',
      request: { body: jsonBody(transferInput) },
      responses: { 201: json(sdafTransferView, 'Transferred and reimbursed'), ...standardErrors },
    }),
    async (c) => c.json(await transferToCase(dbOf(c), principal(c), c.req.valid('json')), 201),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/sdaf/transfers/{id}',
      tags,
      security,
      summary: 'One transfer',
      request: { params: id },
      responses: { 200: json(sdafTransferView, 'The transfer'), ...standardErrors },
    }),
    async (c) => c.json(await getTransfer(dbOf(c), principal(c), c.req.valid('param').id), 200),
  );
