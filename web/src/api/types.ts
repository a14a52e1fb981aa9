// Types of the IOPS API, mirroring the schemas in openapi.json (components.schemas).

export interface FieldError {
  path: string;
  message: string;
}

export interface ErrorBody {
  error: { code: string; message: string; fields?: FieldError[] };
}

export interface Scope {
  allDirectorates: boolean;
  directorates: string[];
  allCountries: boolean;
  countries: string[];
}

export interface AreaAccess {
  id: string;
  label: string;
  directorate: string | null;
  built: boolean;
  canRead: boolean;
  canWrite: boolean;
}

export interface Session {
  user: { id: string; username: string; displayName: string; roles: string[]; scope: Scope };
  csrfToken: string | null;
  areas: AreaAccess[];
  roleLabels: Record<string, string>;
  directorateLabels: Record<string, string>;
}

export const COMBATANT_COMMANDS = ['AFRICOM', 'CENTCOM', 'EUCOM', 'INDOPACOM', 'NORTHCOM', 'SOUTHCOM'] as const;
export type CombatantCommand = (typeof COMBATANT_COMMANDS)[number];

export interface PartnerSummary {
  code: string;
  iso2: string | null;
  iso3: string | null;
  name: string;
  kind: 'country' | 'organization';
  region: CombatantCommand | null;
  codeVerified: boolean;
  groups: string[];
}

export interface GroupMembership {
  id: number;
  groupCode: string;
  groupName: string;
  fromDate: string;
  toDate: string | null;
  source: string;
  verified: boolean;
  version: number;
}

export interface Partner extends PartnerSummary {
  notes: string;
  version: number;
  updatedAt: string;
  memberships: GroupMembership[];
}

export type PartnerSort = 'code' | 'name' | 'region' | 'iso2';
export type SortDir = 'asc' | 'desc';

export interface PartnerQuery {
  q?: string;
  region?: string;
  group?: string;
  kind?: 'country' | 'organization';
  sort?: PartnerSort;
  dir?: SortDir;
  limit?: number;
  offset?: number;
}

export interface PartnerPage {
  items: PartnerSummary[];
  total: number;
  limit: number;
  offset: number;
}

export interface UpdatePartner {
  version: number;
  name?: string;
  region?: CombatantCommand | null;
  notes?: string;
}

export interface AddMembership {
  groupCode: string;
  fromDate: string;
  toDate?: string | null;
  source: string;
  verified?: boolean;
}

export interface UpdateMembership {
  version: number;
  fromDate?: string;
  toDate?: string | null;
  source?: string;
  verified?: boolean;
}

export interface CountryGroup {
  code: string;
  name: string;
  description: string;
  source: string;
  members: number;
}

export interface AuditEntry {
  seq: number;
  at: string;
  actorId: string;
  actorName: string;
  action: string;
  entityType: string;
  entityId: string;
  countryCode: string | null;
  before: unknown;
  after: unknown;
  prevHash: string;
  hash: string;
}

export interface AuditQuery {
  entityType?: string;
  entityId?: string;
  actor?: string;
  from?: string;
  to?: string;
  limit?: number;
  offset?: number;
}

export interface AuditPage {
  items: AuditEntry[];
  total: number;
}

export interface User {
  id: string;
  username: string;
  displayName: string;
  email: string | null;
  roles: string[];
  allDirectorates: boolean;
  directorates: string[];
  allCountries: boolean;
  countries: string[];
  active: boolean;
  locked: boolean;
  mustChangePassword: boolean;
  version: number;
  createdAt: string;
}

export interface CreateUser extends Scope {
  username: string;
  displayName: string;
  email?: string | null;
  password: string;
  roles: string[];
  mustChangePassword?: boolean;
}

export interface UpdateUser extends Partial<Scope> {
  version: number;
  displayName?: string;
  email?: string | null;
  roles?: string[];
  active?: boolean;
}

export interface ApiToken {
  id: string;
  name: string;
  prefix: string;
  createdAt: string;
  lastUsedAt: string | null;
  expiresAt: string | null;
  revokedAt: string | null;
}

export interface NewApiToken {
  id: string;
  name: string;
  token: string;
  expiresAt: string | null;
}
