import type { WorkQueue } from '../../platform/work/source.ts';
import { listCases } from './case-service.ts';
import { listLors } from './lor-service.ts';
import type { CaseStatus } from './rules/lifecycle.ts';

const cases = (status: CaseStatus, label: string, order: number): WorkQueue => ({
  key: `cases.${status}`,
  label,
  area: 'cases',
  action: 'write',
  order,
  tone: 'waiting',
  link: `/cases?status=${status}`,
  count: async (db, principal) => (await listCases(db, principal, { status, limit: 1 }, { exactTotal: true })).total,
});

const lors = (status: 'received' | 'actionable', label: string, order: number): WorkQueue => ({
  key: `lors.${status}`,
  label,
  area: 'cases',
  action: 'write',
  order,
  tone: 'waiting',
  link: `/cases/lors?status=${status}`,
  count: async (db, principal) => (await listLors(db, principal, { status, limit: 1 })).total,
});

/** A case writer's day: letters to decide and to write from, LOAs being written, LOAs CWD sent back. */
export const caseWorkQueues: WorkQueue[] = [
  lors('received', 'Letters of request to decide', 10),
  lors('actionable', 'Actionable letters of request without a case', 11),
  cases('draft', 'LOAs being written', 12),
  cases('returned', 'LOAs returned by CWD to fix', 13),
];
