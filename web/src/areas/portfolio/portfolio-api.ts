// The portfolio part of the typed API client: types come straight from the generated OpenAPI schema.
import { request } from '../../api/client.ts';
import type { components } from '../../api/openapi-schema.d.ts';

type S = components['schemas'];
export type Portfolio = S['Portfolio'];
export type PortfolioSection = S['PortfolioSection'];
export type PortfolioFigure = S['PortfolioFigure'];
export type PortfolioCaseList = S['PortfolioCaseList'];
export type SideBySide = S['PortfolioSideBySide'];
export type Overview = S['PortfolioOverview'];
export type RankKey = Overview['sort'];

const enc = encodeURIComponent;

export const portfolioApi = {
  get: (partner: string, signal?: AbortSignal) => request<Portfolio>('GET', `/portfolios/${enc(partner)}`, { signal }),
  cases: (
    partner: string,
    query: { status?: string | undefined; program?: string | undefined; open?: 'true' | undefined; limit?: number; offset?: number },
    signal?: AbortSignal,
  ) => request<PortfolioCaseList>('GET', `/portfolios/${enc(partner)}/cases`, { query: { ...query }, signal }),
  sideBySide: (partners: string | undefined, signal?: AbortSignal) =>
    request<SideBySide>('GET', '/portfolios', { query: { partners }, signal }),
  overview: (sort: RankKey, signal?: AbortSignal) => request<Overview>('GET', '/portfolio-overview', { query: { sort }, signal }),
};

export const portfolioFiles = {
  xlsx: (partner: string) => `/api/portfolios/${enc(partner)}/export.xlsx`,
  pdf: (partner: string) => `/api/portfolios/${enc(partner)}/brief.pdf`,
};
