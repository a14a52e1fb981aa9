// What other areas may use of funds and authorities.
export { createAppropriation, listAppropriations } from './appropriation-service.ts';
export { commit } from './commitment-service.ts';
export { deobligate, listTransactions, obligate } from './obligation-service.ts';
export { title10LastDay } from './rules/availability.ts';
export { appropriations, fundTransactions } from './schema.ts';
