import { type Marking, needToKnowOf } from '../access/markings.ts';
import type { Principal } from '../access/policy.ts';
import type { Directorate, Role } from '../access/roles.ts';

/** A principal for tests: given roles, and a scope of all partners unless `countries` is given. */
export function testPrincipal(
  roles: Role[],
  options: { countries?: string[]; directorates?: Directorate[]; userId?: string; needToKnow?: Marking[] } = {},
): Principal {
  return {
    userId: options.userId ?? '11111111-1111-4111-8111-111111111111',
    username: `test.${roles.join('+')}`,
    displayName: 'Test user',
    roles,
    scope: {
      allDirectorates: !options.directorates,
      directorates: options.directorates ?? [],
      allCountries: !options.countries,
      countries: options.countries ?? [],
    },
    needToKnow: needToKnowOf(roles, options.needToKnow ?? []),
    via: 'system',
  };
}
