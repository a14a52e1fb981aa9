import type { AreaModule } from '../area-module.ts';
import { openCommentsGate } from './approval-gate.ts';
import { caseWritingAuditSubjects } from './audit-subjects.ts';
import { loaQualityChecker } from './quality-checks.ts';
import { caseWritingRoutes } from './routes.ts';
import { reviewWorkQueues } from './work.ts';

export const caseWritingModule: AreaModule = {
  id: 'case-writing',
  workQueues: reviewWorkQueues,
  routes: () => caseWritingRoutes,
  // The LOA quality checks are Case Writing's; the cases area runs them on the case page, on approval and on issue.
  loaChecker: loaQualityChecker,
  approvalGates: [openCommentsGate],
  auditSubjects: caseWritingAuditSubjects,
};
