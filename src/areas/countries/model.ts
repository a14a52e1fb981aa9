import { z } from '@hono/zod-openapi';
import { isoDate, text } from '../../platform/schema/primitives.ts';

export const COMBATANT_COMMANDS = ['AFRICOM', 'CENTCOM', 'EUCOM', 'INDOPACOM', 'NORTHCOM', 'SOUTHCOM'] as const;
export { isoDate };
export const customerCodeParam = text.regex(/^[A-Z0-9]{2,3}$/, 'a customer code of 2–3 characters, such as AT');

export const membershipView = z
  .object({
    id: z.number().int(),
    groupCode: text,
    groupName: text,
    fromDate: text,
    toDate: text.nullable(),
    source: text,
    verified: z.boolean(),
    version: z.number().int(),
  })
  .openapi('GroupMembership');

export const partnerSummary = z
  .object({
    code: text.openapi({ example: 'AT', description: 'Customer code (SAMM Table C4.T2), used in case identifiers' }),
    iso2: text.nullable().openapi({ example: 'AU' }),
    iso3: text.nullable(),
    name: text,
    kind: z.enum(['country', 'organization']),
    region: z.enum(COMBATANT_COMMANDS).nullable(),
    codeVerified: z.boolean(),
    groups: z.array(text).openapi({ description: 'Groups the partner belongs to today' }),
  })
  .openapi('PartnerSummary');

export const partnerDetail = partnerSummary
  .extend({
    notes: text,
    version: z.number().int(),
    updatedAt: text,
    memberships: z.array(membershipView),
  })
  .openapi('Partner');

export const partnerListQuery = z.object({
  q: text.max(100).optional().openapi({ description: 'Matches code, ISO code or name' }),
  region: z.enum(COMBATANT_COMMANDS).optional(),
  group: text.max(40).optional(),
  kind: z.enum(['country', 'organization']).optional(),
  sort: z.enum(['code', 'name', 'region', 'iso2']).default('name'),
  dir: z.enum(['asc', 'desc']).default('asc'),
  limit: z.coerce.number().int().min(1).max(1000).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});

export const updatePartnerInput = z
  .object({
    version: z.number().int().positive(),
    name: text.trim().min(1, 'required').max(200, 'at most 200 characters').optional(),
    region: z
      .enum(COMBATANT_COMMANDS, { message: `one of ${COMBATANT_COMMANDS.join(', ')}` })
      .nullable()
      .optional(),
    notes: text.max(4000, 'at most 4000 characters').optional(),
  })
  .openapi('UpdatePartner');

export const addMembershipInput = z
  .object({
    groupCode: text.min(1, 'choose a group'),
    fromDate: isoDate,
    toDate: isoDate.nullable().default(null),
    source: text.trim().min(1, 'cite where the date comes from').max(500, 'at most 500 characters'),
    verified: z.boolean().default(false),
  })
  .refine((m) => m.toDate === null || m.toDate >= m.fromDate, { path: ['toDate'], message: 'must not be before fromDate' })
  .openapi('AddGroupMembership');

export const updateMembershipInput = z
  .object({
    version: z.number().int().positive(),
    fromDate: isoDate.optional(),
    toDate: isoDate.nullable().optional(),
    source: text.trim().min(1, 'cite where the date comes from').max(500, 'at most 500 characters').optional(),
    verified: z.boolean().optional(),
  })
  .openapi('UpdateGroupMembership');

export const countryGroupView = z
  .object({ code: text, name: text, description: text, source: text, members: z.number().int() })
  .openapi('CountryGroup');

export type PartnerListQuery = z.input<typeof partnerListQuery>;
export type PartnerSummary = z.infer<typeof partnerSummary>;
export type PartnerDetail = z.infer<typeof partnerDetail>;
