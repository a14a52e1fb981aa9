// What other areas may use of case writing and LOA review.
export { hasBlocking, runQualityChecks } from './quality-checks.ts';
export { addReviewComment, reviewQueue } from './service.ts';
