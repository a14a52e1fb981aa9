import { createRoute, z } from '@hono/zod-openapi';
import { dbOf, principal, readDbOf } from '../../platform/http/context.ts';
import { createRouter, json, security, standardErrors } from '../../platform/http/router.ts';
import { text } from '../../platform/schema/primitives.ts';
import { EXPORT_TYPES, exportPortfolio } from './export-service.ts';
import { overviewQuery, portfolioCaseQuery, sideBySideQuery } from './model.ts';
import { createComputedCache } from './overview-cache.ts';
import { getOverview, type OverviewFigures } from './overview-service.ts';
import { getPortfolio, getPortfolioCases } from './portfolio-service.ts';
import { getPortfolios } from './side-by-side-service.ts';
import { overviewView, portfolioCaseListView, portfolioView, sideBySideView } from './views.ts';
import type { PortfolioWiring } from './wiring.ts';

const tags = ['Country portfolios'];
const file = (contentType: string, description: string) => ({
  description,
  content: { [contentType]: { schema: text.openapi({ format: 'binary' }) } },
});
const partnerParam = z.object({
  partner: text.regex(/^[A-Z0-9]{2,3}$/).openapi({ param: { name: 'partner', in: 'path' }, example: 'PL' }),
});

/** Portfolios over what the areas declare (`wiring`: their sections and clocks). */
export const portfolioRoutes = (wiring: PortfolioWiring, overviews = createComputedCache<OverviewFigures>()) =>
  createRouter()
    .openapi(
      createRoute({
        method: 'get',
        path: '/portfolios',
        tags,
        security,
        summary: 'Several partners side by side (default: the partners in your scope)',
        request: { query: sideBySideQuery },
        responses: {
          200: json(sideBySideView, 'Every figure of the partner page, one column per partner, with totals'),
          ...standardErrors,
        },
      }),
      async (c) => c.json(await getPortfolios(dbOf(c), wiring, principal(c), c.req.query()), 200),
    )
    .openapi(
      createRoute({
        method: 'get',
        path: '/portfolio-overview',
        tags,
        security,
        summary: 'Every partner in your scope ranked by value, risk and activity, with totals',
        request: { query: overviewQuery },
        responses: { 200: json(overviewView, 'Ranks and totals'), ...standardErrors },
      }),
      async (c) => c.json(await getOverview(readDbOf(c), wiring, principal(c), c.req.valid('query'), undefined, overviews), 200),
    )
    .openapi(
      createRoute({
        method: 'get',
        path: '/portfolios/{partner}',
        tags,
        security,
        summary: "One partner's portfolio across every program: figures, deadlines, timeline, recent activity",
        request: { params: partnerParam },
        responses: { 200: json(portfolioView, 'The portfolio'), ...standardErrors },
      }),
      async (c) => c.json(await getPortfolio(dbOf(c), wiring, principal(c), c.req.valid('param').partner), 200),
    )
    .openapi(
      createRoute({
        method: 'get',
        path: '/portfolios/{partner}/cases',
        tags,
        security,
        summary: "The partner's cases behind a figure (by status, program, open)",
        request: { params: partnerParam, query: portfolioCaseQuery },
        responses: { 200: json(portfolioCaseListView, 'A page and the value of every match'), ...standardErrors },
      }),
      async (c) => c.json(await getPortfolioCases(dbOf(c), principal(c), c.req.valid('param').partner, c.req.valid('query')), 200),
    )
    .openapi(
      createRoute({
        method: 'get',
        path: '/portfolios/{partner}/export.xlsx',
        tags,
        security,
        summary: 'The whole portfolio as an XLSX workbook (same figures and scope as the page)',
        request: { params: partnerParam },
        responses: { 200: file(EXPORT_TYPES.xlsx, 'The workbook'), ...standardErrors },
      }),
      async (c) => {
        const out = await exportPortfolio(readDbOf(c), wiring, principal(c), c.req.valid('param').partner, 'xlsx');
        return c.body(new Uint8Array(out.body), 200, {
          'Content-Type': out.contentType,
          'Content-Disposition': `attachment; filename="${out.filename}"`,
          'Cache-Control': 'private, no-store',
        });
      },
    )
    .openapi(
      createRoute({
        method: 'get',
        path: '/portfolios/{partner}/brief.pdf',
        tags,
        security,
        summary: 'A printable PDF brief of the portfolio',
        request: { params: partnerParam },
        responses: { 200: file(EXPORT_TYPES.pdf, 'The brief'), ...standardErrors },
      }),
      async (c) => {
        const out = await exportPortfolio(readDbOf(c), wiring, principal(c), c.req.valid('param').partner, 'pdf');
        return c.body(new Uint8Array(out.body), 200, {
          'Content-Type': out.contentType,
          'Content-Disposition': `inline; filename="${out.filename}"`,
          'Cache-Control': 'private, no-store',
        });
      },
    );
