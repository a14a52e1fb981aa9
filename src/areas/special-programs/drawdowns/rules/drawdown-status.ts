// A drawdown's steps (GAO-16-291, GAO-25-107475; shared/domain.md §12): justification package → Presidential
// Determination → DSCA executes through the military departments → delivered with title transferred (DSCA 24-40).
// Readiness and budget impact assessments are required before execution (DSCA 21-04): without them execution is
// refused unless a waiver is recorded with its reason.

export const DRAWDOWN_STATUSES = ['justification', 'determined', 'executing', 'delivered', 'cancelled'] as const;
export type DrawdownStatus = (typeof DRAWDOWN_STATUSES)[number];

export const DRAWDOWN_ACTIONS = ['determine', 'execute', 'cancel'] as const;
export type DrawdownAction = (typeof DRAWDOWN_ACTIONS)[number];

export const DRAWDOWN_TRANSITIONS: Readonly<Record<DrawdownStatus, Partial<Record<DrawdownAction, DrawdownStatus>>>> = {
  justification: { determine: 'determined', cancel: 'cancelled' },
  determined: { execute: 'executing', cancel: 'cancelled' },
  executing: {},
  delivered: {},
  cancelled: {},
};

export const DRAWDOWN_DOCUMENT_KINDS = ['justification_package', 'readiness_assessment', 'budget_impact_assessment'] as const;
export type DrawdownDocumentKind = (typeof DRAWDOWN_DOCUMENT_KINDS)[number];

export const DRAWDOWN_DOCUMENT_LABELS: Record<DrawdownDocumentKind, string> = {
  justification_package: 'Justification package',
  readiness_assessment: 'Readiness impact assessment (DSCA 21-04)',
  budget_impact_assessment: 'Budget impact assessment (DSCA 21-04)',
};

export const MILITARY_DEPARTMENTS = ['army', 'navy', 'air_force'] as const;
export type MilitaryDepartment = (typeof MILITARY_DEPARTMENTS)[number];
export const MILITARY_DEPARTMENT_LABELS: Record<MilitaryDepartment, string> = {
  army: 'Department of the Army',
  navy: 'Department of the Navy',
  air_force: 'Department of the Air Force',
};

export const allowedDrawdownActions = (status: DrawdownStatus) => Object.keys(DRAWDOWN_TRANSITIONS[status]) as DrawdownAction[];

export interface DrawdownMoveContext {
  documentsOnFile: readonly DrawdownDocumentKind[];
  /** An explicit waiver of the assessments, recorded with its reason. */
  assessmentsWaived: boolean;
  lines: number;
}

export type DrawdownMove = { ok: true; to: DrawdownStatus } | { ok: false; reason: string; allowed: DrawdownAction[] };

export function moveDrawdown(status: DrawdownStatus, action: DrawdownAction, context: DrawdownMoveContext): DrawdownMove {
  const to = DRAWDOWN_TRANSITIONS[status][action];
  const allowed = allowedDrawdownActions(status);
  const refused = (reason: string): DrawdownMove => ({ ok: false, reason, allowed });
  if (!to) return refused(`A drawdown in status ${status} cannot ${action}`);
  if (action === 'determine' && !context.documentsOnFile.includes('justification_package'))
    return refused('The justification package comes before the Presidential Determination (GAO-16-291)');
  if (action === 'execute') {
    const missing = (['readiness_assessment', 'budget_impact_assessment'] as const).filter((k) => !context.documentsOnFile.includes(k));
    if (missing.length && !context.assessmentsWaived)
      return refused(
        `Execution needs the ${missing.map((k) => DRAWDOWN_DOCUMENT_LABELS[k]).join(' and the ')} on file, or a waiver recorded with its reason (DSCA 21-04)`,
      );
    if (context.lines === 0) return refused('The execute order has no lines: add each military department’s articles first');
  }
  return { ok: true, to };
}
