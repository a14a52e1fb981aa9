import type { Principal } from '../access/policy.ts';
import type { Directorate, Role } from '../access/roles.ts';
import type { users } from '../users/schema.ts';

export function principalOf(user: typeof users.$inferSelect, via: Principal['via']): Principal {
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
    via,
  };
}
