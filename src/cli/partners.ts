import type { Command } from 'commander';
import { inviteHostAdministrator } from '../areas/partner-portal/public.ts';
import { SYSTEM_PRINCIPAL } from '../platform/access/policy.ts';
import { print, withDatabase } from './context.ts';

/** `iops partners invite-admin <partner> <email>`: the agency makes a partner's host-nation administrator. */
export function addPartnerCommands(program: Command): void {
  const partners = program.command('partners').description('Partner portal accounts');
  partners
    .command('invite-admin <partner> <email>')
    .description("Create a partner's host-nation administrator (or, with --alternate, the alternate) and print the one-time invitation")
    .option('--alternate', 'the alternate administrator')
    .option('--json', 'print JSON')
    .action((partner: string, email: string, options: { alternate?: boolean; json?: boolean }) =>
      withDatabase(async (database, wiring) => {
        const made = await inviteHostAdministrator(
          database.db,
          wiring.partners,
          SYSTEM_PRINCIPAL,
          partner,
          email,
          options.alternate ? 'alternate' : 'administrator',
        );
        print(made, options.json ?? false, () =>
          [
            `Invited ${made.user.username} as ${made.user.role} of ${partner.toUpperCase()}.`,
            `One-time invitation (give it to them once; it expires ${made.invitation.expiresAt}):`,
            `  ${made.invitation.token}`,
            'With it they set a password and enrol an authenticator app (POST /api/auth/activation/start, then /api/auth/activation).',
          ].join('\n'),
        );
      }),
    );
}
