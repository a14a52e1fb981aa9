// What other areas (and the CLI) may use of leases.
export { determineManyLeases, type LeaseBatchEntry, type LeaseDeterminationResult } from './determination-service.ts';
