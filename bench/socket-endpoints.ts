import { desc, eq, sql } from 'drizzle-orm';
import { cases, loaLines, loaVersions } from '../src/areas/cases/public.ts';
import type { Db } from '../src/db/client.ts';

export interface SocketEndpoint {
  label: string;
  path: string;
  /** Printed beside the c=8 figure. */
  limit?: string;
}

/** The identifier of the case with the most LOA lines (over its versions): the heaviest case page. */
export async function largestCase(db: Db): Promise<string> {
  const [largest] = await db
    .select({ identifier: cases.identifier })
    .from(loaLines)
    .innerJoin(loaVersions, eq(loaVersions.id, loaLines.versionId))
    .innerJoin(cases, eq(cases.id, loaVersions.caseId))
    .groupBy(cases.identifier)
    .orderBy(desc(sql`count(*)`))
    .limit(1);
  return largest!.identifier;
}

/** The endpoints of issue 18's table, with the limits printed beside them. */
export const SOCKET_ENDPOINTS = (largest: string): SocketEndpoint[] => [
  { label: 'GET /api/cases?limit=50', path: '/api/cases?limit=50', limit: 'API/SQL ≥ 0.8' },
  { label: 'GET /api/cases/{largest}', path: `/api/cases/${largest}`, limit: 'API/SQL ≥ 0.8' },
  { label: 'GET /api/portfolios/AF', path: '/api/portfolios/AF' },
  { label: 'GET /api/portfolio-overview', path: '/api/portfolio-overview', limit: '≥ 50/s, p99 < 500 ms' },
  { label: 'GET /api/eum/compliance', path: '/api/eum/compliance' },
  { label: 'GET /api/deadlines?limit=100', path: '/api/deadlines?limit=100' },
];
