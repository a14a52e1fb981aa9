// What other areas may use of the Special Defense Acquisition Fund.
export { sdafTransfers } from './schema.ts';
