// What other parts (the CLI, the demo's documentation) may use of the partner portal.
export { PARTNER_DEMO_ACCOUNTS, PARTNER_DEMO_TOTP_SECRETS } from './demo.ts';
export { inviteHostAdministrator } from './user-service.ts';
