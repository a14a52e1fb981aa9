import { z } from '@hono/zod-openapi';
import { PARTNER_PERMISSIONS } from '../../platform/access/partner.ts';
import { isoDate, text } from '../../platform/schema/primitives.ts';

export const partnerLorInput = z
  .object({
    reference: text.trim().max(100).default('').openapi({ description: "The partner's own reference for the letter" }),
    description: text.trim().min(1, 'say what you ask for').max(2000),
    requestedItems: text.max(10_000).default(''),
  })
  .openapi('PartnerLetterOfRequest');

export const loaSignatureInput = z
  .object({
    versionNumber: z.number().int().min(0),
    signedOn: isoDate,
    signerName: text.trim().min(1, 'the name of the person who signed').max(200),
    signerTitle: text.trim().min(1, 'their title or office').max(200),
  })
  .openapi('LoaSignature');

export const partnerDiscrepancyInput = z
  .object({
    lineNumber: text.regex(/^\d{3}$/, 'three digits, e.g. 001'),
    kind: z.enum(['sdr', 'tdr']).openapi({ description: 'sdr: supply discrepancy report; tdr: transportation discrepancy report' }),
    valueCents: z.number().int('whole cents').min(0).max(Number.MAX_SAFE_INTEGER),
    submittedOn: isoDate,
    description: text.trim().min(1).max(4000),
  })
  .openapi('PartnerDiscrepancy');

const permissions = z.array(z.enum(PARTNER_PERMISSIONS)).max(PARTNER_PERMISSIONS.length);

export const invitePartnerUserInput = z
  .object({
    email: z.email().max(200),
    displayName: text.trim().min(1).max(120),
    role: z.enum(['alternate', 'user', 'forwarder']).openapi({ description: 'A freight forwarder is limited to deliveries' }),
    permissions,
  })
  .openapi('InvitePartnerUser');

export const partnerUserChangeInput = z.object({ version: z.number().int().positive(), permissions }).openapi('SetPartnerPermissions');

export const partnerUserVersionInput = z.object({ version: z.number().int().positive() }).openapi('PartnerUserVersion');

export const initialDepositInput = z
  .object({
    amountCents: z.number().int('whole cents').positive('more than zero').max(Number.MAX_SAFE_INTEGER),
    depositedOn: isoDate,
    reference: text.trim().min(1, 'the deposit reference (transfer or receipt number)').max(100),
  })
  .openapi('InitialDeposit');

export const partnerReleaseInput = z
  .object({
    released: z.boolean().openapi({ description: "true: the partner's users see the case before its notice is made; false: withdrawn" }),
    version: z.number().int().min(0).openapi({ description: 'The release record version (0 when there is none yet)' }),
  })
  .openapi('PartnerRelease');

export const incidentAnswerInput = z.object({ text: text.trim().min(1, 'write the answer').max(8000) }).openapi('IncidentAnswer');
