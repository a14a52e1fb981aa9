import { z } from '@hono/zod-openapi';

// Response schemas of the SDAF API. Amounts are integer cents; the fund's figures are sums over its ledger on each read.

const int = () => z.number().int();
const ruleRow = z.object({ effectiveFrom: z.string(), value: int(), source: z.string(), verified: z.boolean() });

export const sdafRuleView = z
  .object({
    id: int(),
    kind: z.enum(['statutory_cap', 'contract_administration_surcharge']),
    effectiveFrom: z.string(),
    value: int().openapi({ description: 'statutory_cap: cents; contract_administration_surcharge: basis points' }),
    source: z.string(),
    verified: z.boolean(),
    createdBy: z.string(),
    createdAt: z.string(),
  })
  .openapi('SdafRuleRow');

export const sdafFundView = z
  .object({
    asOf: z.string(),
    cap: ruleRow.nullable().openapi({ description: 'The statutory cap in force (AECA 51); null before the fund existed' }),
    capitalCents: int(),
    reimbursedCents: int(),
    uncommittedCents: int().openapi({ description: 'Cash not committed: what a procurement may commit' }),
    committedCents: int().openapi({ description: 'Procurements not yet delivered' }),
    inventoryCents: int().openapi({ description: 'On hand at cost' }),
    sizeCents: int().openapi({ description: 'uncommitted + committed + inventory: what the cap limits' }),
    headroomCents: int().nullable(),
    contractAdministrationSurcharge: ruleRow.nullable(),
  })
  .openapi('SdafFund');

export const sdafLedgerEntryView = z
  .object({
    id: z.string(),
    kind: z.enum(['capital', 'commitment', 'receipt', 'release', 'transfer', 'reimbursement']),
    amountCents: int(),
    onDate: z.string(),
    source: z.enum(['appropriation', 'proceeds', 'other']).nullable(),
    documentReference: z.string(),
    description: z.string(),
    procurementId: z.string().nullable(),
    transferId: z.string().nullable(),
    partnerCode: z.string().nullable(),
    createdBy: z.string(),
  })
  .openapi('SdafLedgerEntry');

const page = { total: int(), limit: int(), offset: int() };

export const sdafLedgerListView = z.object({ items: z.array(sdafLedgerEntryView), ...page }).openapi('SdafLedgerList');
export const sdafCapitalResultView = z.object({ entry: sdafLedgerEntryView, fund: sdafFundView }).openapi('SdafCapitalResult');

const procurementSummary = {
  id: z.string(),
  contractNumber: z.string(),
  awardedOn: z.string(),
  expectedDeliveryOn: z.string(),
  totalCents: int(),
  description: z.string(),
  orderedQuantity: int(),
  receivedQuantity: int(),
  state: z.enum(['open', 'delivered', 'closed']),
  closedOn: z.string().nullable(),
  version: int(),
};

export const sdafProcurementListView = z.object({ items: z.array(z.object(procurementSummary)), ...page }).openapi('SdafProcurementList');

export const sdafReceiptView = z
  .object({
    id: z.string(),
    itemId: z.string(),
    quantity: int(),
    receivedOn: z.string(),
    documentReference: z.string(),
    reportedOn: z.string().nullable(),
    reportDueOn: z.string().openapi({ description: 'Received + 30 days (FMR Vol 15 Ch 8)' }),
    reportOverdue: z.boolean(),
    version: int(),
    createdBy: z.string(),
    createdAt: z.string(),
  })
  .openapi('SdafReceipt');

export const sdafTransferView = z
  .object({
    id: z.string(),
    itemId: z.string(),
    nsn: z.string(),
    nomenclature: z.string(),
    mde: z.boolean(),
    contractNumber: z.string(),
    partnerCode: z.string(),
    caseId: z.string().nullable(),
    caseIdentifier: z.string().nullable(),
    caseWithheld: z.boolean(),
    quantity: int(),
    titleTransferOn: z.string(),
    itemCostCents: int(),
    nonrecurringCents: int(),
    casBasisPoints: int(),
    casCents: int(),
    storagePreparationCents: int(),
    reimbursementCents: int().openapi({
      description: 'item cost + nonrecurring + surcharge + storage and preparation, credited to the fund',
    }),
    documentReference: z.string(),
    createdBy: z.string(),
  })
  .openapi('SdafTransfer');

export const sdafTransferListView = z
  .object({ items: z.array(sdafTransferView), reimbursedCents: int(), ...page })
  .openapi('SdafTransferList');

export const sdafProcurementView = z
  .object({
    ...procurementSummary,
    releasabilityAttestedBy: z.string(),
    releasabilityAttestedOn: z.string(),
    releasabilityBasis: z.string(),
    closeReason: z.string().nullable(),
    createdBy: z.string(),
    createdAt: z.string(),
    updatedAt: z.string(),
    items: z.array(
      z.object({
        id: z.string(),
        lineNumber: int(),
        nsn: z.string(),
        nomenclature: z.string(),
        quantity: int(),
        unitCostCents: int(),
        mde: z.boolean(),
        receivedQuantity: int(),
        transferredQuantity: int(),
        onHandQuantity: int(),
      }),
    ),
    receipts: z.array(sdafReceiptView),
    transfers: z.array(
      z
        .object({
          id: z.string(),
          itemId: z.string(),
          caseId: z.string(),
          partnerCode: z.string(),
          quantity: int(),
          titleTransferOn: z.string(),
          reimbursementCents: int(),
        })
        .passthrough(),
    ),
  })
  .openapi('SdafProcurement');

export const sdafInventoryListView = z
  .object({
    items: z.array(
      z.object({
        itemId: z.string(),
        procurementId: z.string(),
        contractNumber: z.string(),
        lineNumber: int(),
        nsn: z.string(),
        nomenclature: z.string(),
        mde: z.boolean(),
        unitCostCents: int(),
        orderedQuantity: int(),
        receivedQuantity: int(),
        transferredQuantity: int(),
        onHandQuantity: int(),
        onHandCents: int(),
      }),
    ),
    ...page,
  })
  .openapi('SdafInventoryList');

export const sdafPhysicalInventoryView = z
  .object({
    id: z.string(),
    fiscalYear: int(),
    countedOn: z.string(),
    note: z.string(),
    createdBy: z.string(),
    createdAt: z.string(),
    discrepancies: int(),
    lines: z.array(
      z.object({
        itemId: z.string(),
        nsn: z.string(),
        nomenclature: z.string(),
        expectedQuantity: int(),
        countedQuantity: int(),
        discrepancy: int(),
        note: z.string(),
      }),
    ),
  })
  .openapi('SdafPhysicalInventory');
