// Case Writing keeps its review comments with the case tables (src/areas/cases/schema.ts: review_comments).
export { reviewComments } from '../cases/schema.ts';
