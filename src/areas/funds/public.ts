// What other areas may use of funds and authorities.
export { createAppropriation, getAppropriation, listAppropriations } from './appropriation-service.ts';
export { commit } from './commitment-service.ts';
/** The demo and bench money, for the data set's tests (src/demo). */
export { bulkLoadFunds, generateFunds, loadFundsThroughServices } from './demo.ts';
export type { ObligationCandidate, ObligationGate, ObligationRefusal } from './obligation-gates.ts';
export { deobligate, listTransactions, obligate, obligateWithin } from './obligation-service.ts';
export { partnerMoneyOldestFirst } from './partner-money.ts';
export { title10LastDay } from './rules/availability.ts';
export { appropriations, fundPrograms, fundTransactions } from './schema.ts';
