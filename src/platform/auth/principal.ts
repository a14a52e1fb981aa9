import { needToKnowOf } from '../access/markings.ts';
import type { Principal } from '../access/policy.ts';
import type { Directorate, Role } from '../access/roles.ts';
import type { users } from '../users/schema.ts';

/** The fields of a user a principal is made of (a query may select just these). */
export type PrincipalUser = Pick<
  typeof users.$inferSelect,
  | 'id'
  | 'username'
  | 'displayName'
  | 'roles'
  | 'allDirectorates'
  | 'directorates'
  | 'allCountries'
  | 'countries'
  | 'needToKnow'
  | 'mustChangePassword'
>;

export function principalOf(user: PrincipalUser, via: Principal['via']): Principal {
  return {
    userId: user.id,
    username: user.username,
    displayName: user.displayName,
    roles: user.roles as Role[],
    scope: {
      allDirectorates: user.allDirectorates,
      directorates: user.directorates as Directorate[],
      allCountries: user.allCountries,
      countries: user.countries,
    },
    needToKnow: needToKnowOf(user.roles as Role[], user.needToKnow),
    via,
    mustChangePassword: user.mustChangePassword,
  };
}
