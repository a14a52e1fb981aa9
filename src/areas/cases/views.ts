import { z } from '@hono/zod-openapi';
import { LOR_CHANNELS, lineInput, noteInput, paymentInput } from './model.ts';
import { CASE_ACTIONS, CASE_STATUSES } from './rules/lifecycle.ts';
import { CASE_TYPES } from './rules/loa.ts';

// Response schemas of the cases API (documented in OpenAPI; the services return these shapes).

export const lorView = z
  .object({
    id: z.string(),
    partnerCode: z.string(),
    reference: z.string(),
    receivedOn: z.string(),
    completeOn: z.string().nullable(),
    channel: z.enum(LOR_CHANNELS),
    agencyCode: z.string().nullable(),
    description: z.string(),
    requestedItems: z.string(),
    status: z.enum(['received', 'actionable', 'returned', 'converted']),
    returnReasons: z.string(),
    caseId: z.string().nullable(),
    version: z.number().int(),
  })
  .openapi('LetterOfRequest');

/**
 * A row of the LOR list. A LOR converted to a case withheld from the reader (pending congressional notification)
 * shows only that it exists: every field but its id is null or "Withheld".
 */
export const lorSummaryView = z
  .discriminatedUnion('withheld', [
    lorView.extend({ withheld: z.literal(false) }),
    z.object({
      id: z.string(),
      withheld: z.literal(true),
      partnerCode: z.null(),
      reference: z.null(),
      receivedOn: z.null(),
      completeOn: z.null(),
      channel: z.null(),
      agencyCode: z.null(),
      description: z.string(),
      requestedItems: z.null(),
      status: z.null(),
      returnReasons: z.null(),
      caseId: z.null(),
      version: z.null(),
    }),
  ])
  .openapi('LetterOfRequestSummary');

/** A row of the case list. A withheld case shows only that it exists: every field but its id is null or "Withheld". */
export const caseSummaryView = z
  .discriminatedUnion('withheld', [
    z.object({
      id: z.string(),
      withheld: z.literal(false),
      identifier: z.string().openapi({ example: 'AT-B-AAA' }),
      partnerCode: z.string(),
      partnerName: z.string(),
      agencyCode: z.string(),
      type: z.enum(CASE_TYPES),
      title: z.string(),
      status: z.enum(CASE_STATUSES),
      totalCents: z.number().int(),
      caseManager: z.string(),
      updatedAt: z.string(),
    }),
    z.object({
      id: z.string(),
      withheld: z.literal(true),
      identifier: z.literal('Withheld'),
      partnerCode: z.null(),
      partnerName: z.null(),
      agencyCode: z.null(),
      type: z.null(),
      title: z.string(),
      status: z.null(),
      totalCents: z.null(),
      caseManager: z.null(),
      updatedAt: z.null(),
    }),
  ])
  .openapi('CaseSummary');

export const findingView = z
  .object({
    check: z.string(),
    severity: z.enum(['blocking', 'warning']),
    message: z.string(),
    source: z.string(),
    lineNumber: z.string().optional(),
  })
  .openapi('QualityFinding');

export const versionView = z
  .object({
    id: z.string(),
    caseId: z.string(),
    number: z.number().int(),
    kind: z.enum(['basic', 'amendment', 'modification']),
    state: z.enum(['draft', 'issued']),
    reason: z.string(),
    accessorialCents: z.number().int(),
    surchargeBasisPoints: z.number().int(),
    linesCents: z.number().int(),
    administrativeCents: z.number().int(),
    totalCents: z.number().int(),
    offerDate: z.string().nullable(),
    offerExpirationDate: z.string().nullable(),
    acceptedOn: z.string().nullable(),
    revision: z.number().int(),
    createdAt: z.string(),
  })
  .openapi('LoaVersion');

const content = { lines: z.array(lineInput), notes: z.array(noteInput), paymentSchedule: z.array(paymentInput) };

export const versionDetailView = z.object({ version: versionView, ...content, findings: z.array(findingView) }).openapi('LoaVersionDetail');

export const casePageView = z
  .object({
    case: z.object({
      id: z.string(),
      identifier: z.string(),
      partnerCode: z.string(),
      partnerName: z.string(),
      agencyCode: z.string(),
      designator: z.string(),
      type: z.enum(CASE_TYPES),
      title: z.string(),
      fundingSources: z.array(z.string()),
      caseManager: z.string(),
      status: z.enum(CASE_STATUSES),
      lorId: z.string().nullable(),
      totalCents: z.number().int(),
      offerGroup: z.enum(['A', 'B', 'C', 'D']).nullable().openapi({ description: 'Case development group (SAMM Table C5.T6)' }),
      version: z.number().int(),
      createdAt: z.string(),
      updatedAt: z.string(),
    }),
    versions: z.array(versionView),
    current: z.object({ number: z.number().int(), ...content }),
    milestones: z.array(z.object({ milestone: z.string(), onDate: z.string() })),
    findings: z.array(findingView),
    nextActions: z.array(z.object({ action: z.enum(CASE_ACTIONS), label: z.string() })),
  })
  .openapi('CasePage');

const anyValue = z.union([z.string(), z.number(), z.boolean(), z.null()]);
const fieldChange = z.object({ field: z.string(), from: anyValue, to: anyValue });
export const diffView = z
  .object({
    from: z.number().int(),
    to: z.number().int(),
    linesAdded: z.array(lineInput),
    linesRemoved: z.array(lineInput),
    linesChanged: z.array(z.object({ lineNumber: z.string(), changes: z.array(fieldChange) })),
    notesAdded: z.array(z.string()),
    notesRemoved: z.array(z.string()),
    notesChanged: z.array(z.string()),
    accessorialCents: z.object({ from: z.number().int(), to: z.number().int() }).nullable(),
    totalCents: z.object({ from: z.number().int(), to: z.number().int(), delta: z.number().int() }),
  })
  .openapi('LoaVersionDiff');
