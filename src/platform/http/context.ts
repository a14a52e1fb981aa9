import type { Logger } from 'pino';
import type { Database } from '../../db/client.ts';
import type { Principal } from '../access/policy.ts';
import type { AuthThrottle } from '../auth/throttle.ts';
import type { Config } from '../config.ts';
import type { JobQueue } from '../jobs/queue.ts';
import { unauthenticated } from './errors.ts';

export interface AppDeps {
  database: Database;
  config: Config;
  logger: Logger;
  /** The background job queue (absent where a process does not queue jobs: routes answer 503). */
  jobs?: JobQueue;
  /** The clock sessions and sign-in run on (tests move it; everything else reads the real time). */
  now?: () => Date;
}

export interface AppEnv {
  Variables: {
    deps: AppDeps;
    principal?: Principal;
    sessionId?: string;
    csrfToken?: string;
    throttle?: AuthThrottle;
  };
}

interface HasVars {
  get<K extends keyof AppEnv['Variables']>(key: K): AppEnv['Variables'][K];
}

/** The signed-in principal of a request; 401 when there is none. */
export function principal(c: HasVars): Principal {
  const p = c.get('principal');
  if (!p) throw unauthenticated();
  return p;
}

export const dbOf = (c: HasVars) => c.get('deps').database.db;

/** Reports and exports read here: the replica at DATABASE_READ_URL when one is configured, else the main database. */
export const readDbOf = (c: HasVars) => c.get('deps').database.readDb;

export const nowOf = (c: HasVars) => c.get('deps').now?.() ?? new Date();

/** The failed-authentication throttle createApp set up for this database. */
export function throttleOf(c: HasVars): AuthThrottle {
  const throttle = c.get('throttle');
  if (!throttle) throw new Error('createApp sets the authentication throttle before any route runs');
  return throttle;
}
