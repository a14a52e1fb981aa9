import type { Db } from '../../db/client.ts';
import { decide, type Principal } from '../../platform/access/policy.ts';
import { todayIso } from '../../platform/dates.ts';
import { listAppropriations, listTransactions } from '../funds/public.ts';
import { type PortfolioExport, portfolioPdf, portfolioXlsx } from './export-files.ts';
import { getPortfolio } from './portfolio-service.ts';
import { partnerCases } from './queries.ts';
import type { PortfolioWiring } from './wiring.ts';

export const EXPORT_TYPES = { xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', pdf: 'application/pdf' } as const;
const MAX_ROWS = 500;

/** The whole portfolio as a file: the same service calls, access checks and SQL scope as the page. */
export async function exportPortfolio(
  db: Db,
  wiring: PortfolioWiring,
  principal: Principal,
  code: string,
  format: keyof typeof EXPORT_TYPES,
  now = new Date(),
  today = todayIso(),
) {
  const portfolio = await getPortfolio(db, wiring, principal, code, today);
  const canRead = (area: 'cases' | 'funds') => decide(principal, 'read', { area, countryCode: code }).allowed;
  const [cases, appropriations, transactions] = await Promise.all([
    canRead('cases') ? partnerCases(db, principal, code, { limit: 10_000, offset: 0 }) : null,
    canRead('funds') ? listAppropriations(db, principal, { partner: code, limit: MAX_ROWS }, today) : null,
    canRead('funds') ? listTransactions(db, principal, { partner: code, limit: MAX_ROWS }, { withheld: 'left-out' }) : null,
  ]);
  const data: PortfolioExport = {
    partner: portfolio.partner,
    asOf: portfolio.asOf,
    generatedAt: now.toISOString(),
    sections: portfolio.sections,
    cases: cases?.items ?? [],
    appropriations: appropriations?.items ?? [],
    transactions: transactions?.items ?? [],
    deadlines: portfolio.deadlines,
    activity: portfolio.activity,
  };
  const body = format === 'xlsx' ? await portfolioXlsx(data) : await portfolioPdf(data);
  return { filename: `portfolio-${code}-${today}.${format}`, contentType: EXPORT_TYPES[format], body };
}
