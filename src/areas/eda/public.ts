// What other areas (and the CLI) may use of excess defense articles.
export { determineManyEda, type EdaBatchEntry, type EdaDeterminationResult } from './determination-service.ts';
export { ceilingExceeded } from './rules/eda-rules.ts';
