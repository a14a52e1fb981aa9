// The portfolio is read by no other area; it reads all of them. Its documents are also rendered as background jobs.
export { exportPortfolio } from './export-service.ts';
