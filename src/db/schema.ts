// Every table, for Drizzle and drizzle-kit. Each area owns its schema.ts; this file only gathers them.

export * from '../areas/capacity-building/schema.ts';
export * from '../areas/case-writing/schema.ts';
export * from '../areas/cases/schema.ts';
export * from '../areas/countries/schema.ts';
export * from '../areas/deliveries/schema.ts';
export * from '../areas/eda/schema.ts';
export * from '../areas/eum/schema.ts';
export * from '../areas/funds/schema.ts';
export * from '../areas/leases/schema.ts';
export * from '../areas/notifications/schema.ts';
export * from '../areas/partner-portal/schema.ts';
export * from '../areas/sdaf/schema.ts';
export * from '../areas/special-programs/dcc/schema.ts';
export * from '../areas/special-programs/drawdowns/schema.ts';
export * from '../areas/special-programs/schema.ts';
export * from '../areas/weapons/npor/schema.ts';
export * from '../areas/weapons/schema.ts';
export * from '../areas/weapons/tsfd/schema.ts';
export * from '../platform/attachments/schema.ts';
export * from '../platform/audit/schema.ts';
export * from '../platform/auth/schema.ts';
export * from '../platform/deadlines/schema.ts';
export * from '../platform/jobs/schema.ts';
export * from '../platform/saved-views/schema.ts';
export * from '../platform/users/schema.ts';
