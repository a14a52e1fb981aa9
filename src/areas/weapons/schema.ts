import { sql } from 'drizzle-orm';
import { boolean, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/**
 * A weapons system the directorate advises on (shared/domain.md §10). Every other weapons record (inquiry, competition,
 * TSFD request, forecast) names one. Not a partner's record: any reader of the area sees the catalogue.
 */
export const weaponSystems = pgTable('weapon_systems', {
  id: uuid('id').primaryKey().defaultRandom(),
  name: text('name').notNull().unique(),
  /** Significant military equipment, and major defense equipment (as the system's MASL records mark it, SAMM Fig C5.F24). */
  sme: boolean('sme').notNull().default(false),
  mde: boolean('mde').notNull().default(false),
  /** rules/technology-areas.ts: what TSFD reviews a request for this system involves. */
  technologyAreas: text('technology_areas').array().notNull().default(sql`'{}'::text[]`),
  productionNotes: text('production_notes').notNull().default(''),
  obsolescenceNotes: text('obsolescence_notes').notNull().default(''),
  exportPolicyNotes: text('export_policy_notes').notNull().default(''),
  version: integer('version').notNull().default(1),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});
