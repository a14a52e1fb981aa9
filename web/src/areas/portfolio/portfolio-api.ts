// The portfolio part of the typed API client: types come straight from the generated OpenAPI schema.
import { fileUrl } from '../../api/file-url.ts';
import { http, unwrap } from '../../api/http.ts';
import type { Query, S } from '../../api/schema-types.ts';

export type Portfolio = S['Portfolio'];
export type PortfolioSection = S['PortfolioSection'];
export type PortfolioFigure = S['PortfolioFigure'];
export type PortfolioCaseList = S['PortfolioCaseList'];
export type SideBySide = S['PortfolioSideBySide'];
export type Overview = S['PortfolioOverview'];
export type RankKey = Overview['sort'];

export type PortfolioCaseQuery = Query<'/portfolios/{partner}/cases'>;

export const portfolioApi = {
  get: (partner: string, signal?: AbortSignal) => unwrap(http.GET('/portfolios/{partner}', { params: { path: { partner } }, signal })),
  cases: (partner: string, query: PortfolioCaseQuery, signal?: AbortSignal) =>
    unwrap(http.GET('/portfolios/{partner}/cases', { params: { path: { partner }, query }, signal })),
  sideBySide: (partners: string | undefined, signal?: AbortSignal) =>
    unwrap(http.GET('/portfolios', { params: { query: { partners } }, signal })),
  overview: (sort: RankKey, signal?: AbortSignal) => unwrap(http.GET('/portfolio-overview', { params: { query: { sort } }, signal })),
};

export const portfolioFiles = {
  xlsx: (partner: string) => fileUrl('/portfolios/{partner}/export.xlsx', { path: { partner } }),
  pdf: (partner: string) => fileUrl('/portfolios/{partner}/brief.pdf', { path: { partner } }),
};
