import { forbidden } from '../http/errors.ts';
import type { Action } from './permissions.ts';
import { decide, type Principal, type Resource } from './policy.ts';

/** The first line of every service method: throws 403 with the policy's reason when access is denied. */
export function requireAccess(principal: Principal, action: Action, resource: Resource): void {
  const decision = decide(principal, action, resource);
  if (!decision.allowed) throw forbidden(`Not allowed: ${decision.reason}`);
}
