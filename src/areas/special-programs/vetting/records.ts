// A recipient belongs to its partner; its vettings are read and written through it.
import { byId, permission, type RecordKind } from '../../../platform/access/require-access.ts';
import { recipients } from '../schema.ts';

export const recipientRecords: RecordKind<typeof recipients> = {
  name: 'Recipient',
  area: 'special-programs',
  table: recipients,
  match: byId(recipients.id),
  partner: recipients.partnerCode,
};

export const RECIPIENT = { read: permission(recipientRecords, 'read'), write: permission(recipientRecords, 'write') };
