import { needToKnowOf } from '../access/markings.ts';
import { effectivePermissions } from '../access/partner.ts';
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
  | 'partnerCode'
  | 'partnerRole'
  | 'partnerPermissions'
>;

export function principalOf(user: PrincipalUser, via: Principal['via']): Principal {
  if (user.partnerCode && user.partnerRole) return partnerPrincipalOf(user, via);
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

/** A partner user: no roles, no need-to-know, scope their own partner alone (the users table's checks keep it so). */
function partnerPrincipalOf(user: PrincipalUser, via: Principal['via']): Principal {
  const code = user.partnerCode!;
  const role = user.partnerRole!;
  return {
    userId: user.id,
    username: user.username,
    displayName: user.displayName,
    roles: [],
    scope: { allDirectorates: false, directorates: [], allCountries: false, countries: [code] },
    needToKnow: [],
    via,
    mustChangePassword: user.mustChangePassword,
    partner: { code, role, permissions: effectivePermissions(role, user.partnerPermissions) },
  };
}
