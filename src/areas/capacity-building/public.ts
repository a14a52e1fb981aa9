// What other areas (and the CLI) may use of capacity building: the proposals behind BPC cases, read-only.
export { cbProposalCases, cbProposals } from './schema.ts';
