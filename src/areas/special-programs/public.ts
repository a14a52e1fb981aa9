// What other areas may use of special programs.
export { programConditionsGate } from './conditions/gate.ts';
