import { z } from '@hono/zod-openapi';
import { isoDate, text } from '../../../platform/schema/primitives.ts';

const code = text.regex(/^[A-Z0-9]{2,3}$/, 'a customer code of 2–3 capital letters or digits, such as IZ');
const line = (max: number) => text.trim().max(max);

export const createRecipientInput = z
  .object({
    partnerCode: code,
    kind: z.enum(['unit', 'individual']),
    name: line(300).min(1, 'the unit’s or person’s name'),
    notes: line(2000).default(''),
  })
  .openapi('CreateRecipient');

export const vettingInput = z
  .object({
    vettedBy: line(300).min(1, 'who vetted (the SCO, or the supporting U.S. forces)'),
    vettedOn: isoDate,
    result: z.enum(['cleared', 'not_cleared']),
    expiresOn: isoDate,
    documentRef: line(300).min(1, 'the document that records the vetting'),
    notes: line(2000).default(''),
  })
  .superRefine((v, ctx) => {
    if (v.expiresOn < v.vettedOn) ctx.addIssue({ code: 'custom', path: ['expiresOn'], message: 'on or after the vetting date' });
  })
  .openapi('RecordVetting');

export const recipientListQuery = z.object({
  partner: code.optional(),
  q: line(100).optional(),
  /** Only recipients whose vetting expires within `days` days (or has expired). */
  expiring: z.enum(['true', 'false']).optional(),
  days: z.coerce.number().int().min(1).max(3650).default(30),
  limit: z.coerce.number().int().min(1).max(500).default(100),
  offset: z.coerce.number().int().min(0).default(0),
});
