import type { SQL } from 'drizzle-orm';
import type { Db, Tx } from '../db/client.ts';
import type { DeadlineSourceDef } from './deadlines/source.ts';
import type { SearchSource } from './search/source.ts';
import type { WorkQueue } from './work/source.ts';

/**
 * Where the audit log finds the markings of the record an entry is about, so that a withheld record's history is
 * masked like the record (entity types → SQL over the entry's `entity_id`).
 */
export interface AuditSubject {
  entityTypes: readonly string[];
  markings(entityId: SQL): SQL<string[]>;
}

/** The partners that exist, for validating a user's scope (the countries area provides it). */
export interface PartnerDirectory {
  knownCodes(db: Db | Tx, codes: readonly string[]): Promise<Set<string>>;
}

/** What the platform's own routes take from the areas, wired once at start-up (src/areas/index.ts). */
export interface PlatformWiring {
  deadlineSources: readonly DeadlineSourceDef[];
  searchSources: readonly SearchSource[];
  workQueues: readonly WorkQueue[];
  auditSubjects: readonly AuditSubject[];
  partners: PartnerDirectory;
  /** Re-decides every record's markings as of `asOf` (a rule table or a group membership changed, or a day passed). */
  refreshMarkings(tx: Tx, asOf: string): Promise<number>;
}
