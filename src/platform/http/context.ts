import type { Logger } from 'pino';
import type { Database } from '../../db/client.ts';
import type { Principal } from '../access/policy.ts';
import type { Config } from '../config.ts';
import { unauthenticated } from './errors.ts';

export interface AppDeps {
  database: Database;
  config: Config;
  logger: Logger;
}

export interface AppEnv {
  Variables: {
    deps: AppDeps;
    principal?: Principal;
    sessionId?: string;
    csrfToken?: string;
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
