import { createRoute, z } from '@hono/zod-openapi';
import { dbOf, principal } from '../../platform/http/context.ts';
import { createRouter, json, jsonBody, security, standardErrors } from '../../platform/http/router.ts';
import type { PlatformWiring } from '../../platform/wiring.ts';
import {
  addMembershipInput,
  countryGroupView,
  customerCodeParam,
  partnerDetail,
  partnerListQuery,
  partnerSummary,
  updateMembershipInput,
  updatePartnerInput,
} from './model.ts';
import {
  addMembership,
  getPartner,
  listCountryGroups,
  listPartners,
  removeMembership,
  updateMembership,
  updatePartner,
} from './service.ts';

const tags = ['Partners'];
const codeParam = z.object({ code: customerCodeParam.openapi({ param: { name: 'code', in: 'path' }, example: 'AT' }) });
const membershipParam = codeParam.extend({ id: z.coerce.number().int().positive() });

/** Partners and groups; `refreshMarkings` re-decides markings when a membership (and so a threshold) changes. */
export const countryRoutes = (refreshMarkings: PlatformWiring['refreshMarkings']) =>
  createRouter()
    .openapi(
      createRoute({
        method: 'get',
        path: '/countries',
        tags,
        summary: 'Partners within your scope: search, filter, sort, page',
        security,
        request: { query: partnerListQuery },
        responses: {
          200: json(
            z
              .object({ items: z.array(partnerSummary), total: z.number().int(), limit: z.number().int(), offset: z.number().int() })
              .openapi('PartnerPage'),
            'A page of partners',
          ),
          ...standardErrors,
        },
      }),
      async (c) => c.json(await listPartners(dbOf(c), principal(c), c.req.valid('query')), 200),
    )
    .openapi(
      createRoute({
        method: 'get',
        path: '/country-groups',
        tags,
        summary: 'Country groups used by the rules, with current member counts',
        security,
        responses: { 200: json(z.array(countryGroupView), 'Groups'), ...standardErrors },
      }),
      async (c) => c.json(await listCountryGroups(dbOf(c), principal(c)), 200),
    )
    .openapi(
      createRoute({
        method: 'get',
        path: '/countries/{code}',
        tags,
        summary: 'One partner with its group memberships',
        security,
        request: { params: codeParam },
        responses: { 200: json(partnerDetail, 'The partner'), ...standardErrors },
      }),
      async (c) => c.json(await getPartner(dbOf(c), principal(c), c.req.valid('param').code), 200),
    )
    .openapi(
      createRoute({
        method: 'patch',
        path: '/countries/{code}',
        tags,
        summary: 'Edit a partner (administrators; send the version you read)',
        security,
        request: { params: codeParam, body: jsonBody(updatePartnerInput) },
        responses: { 200: json(partnerDetail, 'Updated'), ...standardErrors },
      }),
      async (c) => c.json(await updatePartner(dbOf(c), principal(c), c.req.valid('param').code, c.req.valid('json')), 200),
    )
    .openapi(
      createRoute({
        method: 'post',
        path: '/countries/{code}/memberships',
        tags,
        summary: 'Add a dated group membership',
        security,
        request: { params: codeParam, body: jsonBody(addMembershipInput) },
        responses: { 201: json(partnerDetail, 'Added'), ...standardErrors },
      }),
      async (c) => c.json(await addMembership(dbOf(c), refreshMarkings, principal(c), c.req.valid('param').code, c.req.valid('json')), 201),
    )
    .openapi(
      createRoute({
        method: 'patch',
        path: '/countries/{code}/memberships/{id}',
        tags,
        summary: 'Change a membership period, e.g. record the date it ended',
        security,
        request: { params: membershipParam, body: jsonBody(updateMembershipInput) },
        responses: { 200: json(partnerDetail, 'Updated'), ...standardErrors },
      }),
      async (c) => {
        const { code, id } = c.req.valid('param');
        return c.json(await updateMembership(dbOf(c), refreshMarkings, principal(c), code, id, c.req.valid('json')), 200);
      },
    )
    .openapi(
      createRoute({
        method: 'delete',
        path: '/countries/{code}/memberships/{id}',
        tags,
        summary: 'Delete a membership entered in error',
        security,
        request: { params: membershipParam },
        responses: { 200: json(partnerDetail, 'Removed'), ...standardErrors },
      }),
      async (c) => {
        const { code, id } = c.req.valid('param');
        return c.json(await removeMembership(dbOf(c), refreshMarkings, principal(c), code, id), 200);
      },
    );
