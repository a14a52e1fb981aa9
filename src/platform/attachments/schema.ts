import { customType, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: (value) => new Uint8Array(value),
});

/**
 * Files attached to a record of any area (an LOR's letter, a discrepancy's photographs), stored in the database on both
 * engines. A file is read only through the access of the record it belongs to (`entityType`, `entityId`): the owning
 * area decides, and `partnerCode` lets lists filter by scope in SQL.
 */
export const attachments = pgTable(
  'attachments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    entityType: text('entity_type').notNull(),
    entityId: text('entity_id').notNull(),
    partnerCode: text('partner_code'),
    fileName: text('file_name').notNull(),
    /** Sniffed from the content (file-type), never taken from the sender. */
    mediaType: text('media_type').notNull(),
    sizeBytes: integer('size_bytes').notNull(),
    sha256: text('sha256').notNull(),
    content: bytea('content').notNull(),
    addedBy: text('added_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('attachments_entity_idx').on(t.entityType, t.entityId)],
);
