import { eq } from 'drizzle-orm';
import { DEMO_PASSWORD } from '../../demo/users.ts';
import type { PartnerPermission, PartnerRole } from '../../platform/access/partner.ts';
import { appendAudit } from '../../platform/audit/service.ts';
import { hashPassword } from '../../platform/auth/secrets.ts';
import { users } from '../../platform/users/schema.ts';
import type { DemoLoader } from '../area-module.ts';
import { cases } from '../cases/public.ts';
import { recordInitialDeposit } from './agency-service.ts';
import { recordSignature } from './send-service.ts';

interface PartnerSeat {
  username: string;
  displayName: string;
  partnerCode: string;
  role: PartnerRole;
  permissions: PartnerPermission[];
}

/**
 * Two partners' users (Kuwait, whose case pending notification they must not see, and Australia), each with a
 * host-nation administrator and a user, and Australia's freight forwarder. Every one signs in with the demo password
 * and the TOTP code of its secret below (any authenticator app, or `node -e` with otplib's generateSync).
 */
export const PARTNER_DEMO_ACCOUNTS: readonly PartnerSeat[] = [
  {
    username: 'ku.admin@partner.example',
    displayName: 'Khalid Admin (Kuwait)',
    partnerCode: 'KU',
    role: 'administrator',
    permissions: ['cases', 'finance', 'deliveries', 'eum', 'requests'],
  },
  {
    username: 'ku.user@partner.example',
    displayName: 'Mariam User (Kuwait)',
    partnerCode: 'KU',
    role: 'user',
    permissions: ['cases', 'finance', 'eum'],
  },
  {
    username: 'at.admin@partner.example',
    displayName: 'Olivia Admin (Australia)',
    partnerCode: 'AT',
    role: 'administrator',
    permissions: ['cases', 'finance', 'deliveries', 'eum', 'requests'],
  },
  {
    username: 'at.user@partner.example',
    displayName: 'Liam User (Australia)',
    partnerCode: 'AT',
    role: 'user',
    permissions: ['cases', 'deliveries', 'requests'],
  },
  {
    username: 'forwarder@partner.example',
    displayName: 'Freight Forwarder (Australia)',
    partnerCode: 'AT',
    role: 'forwarder',
    permissions: ['deliveries'],
  },
];

/** Demo TOTP secrets (base32), published like the demo password: never use demo data in production. */
export const PARTNER_DEMO_TOTP_SECRETS: Readonly<Record<string, string>> = {
  'ku.admin@partner.example': 'IOPSDEMOKUADMINAAAAAAAAAAAAAAAAA',
  'ku.user@partner.example': 'IOPSDEMOKUUSERAAAAAAAAAAAAAAAAAA',
  'at.admin@partner.example': 'IOPSDEMOATADMINAAAAAAAAAAAAAAAAA',
  'at.user@partner.example': 'IOPSDEMOATUSERAAAAAAAAAAAAAAAAAA',
  'forwarder@partner.example': 'IOPSDEMOFORWARDERAAAAAAAAAAAAAAA',
};

export const partnerPortalDemo: DemoLoader = {
  order: 900,
  async load({ db, actor }) {
    const passwordHash = await hashPassword(DEMO_PASSWORD);
    await db.transaction(async (tx) => {
      for (const seat of PARTNER_DEMO_ACCOUNTS) {
        const [row] = await tx
          .insert(users)
          .values({
            username: seat.username,
            displayName: seat.displayName,
            email: seat.username,
            passwordHash,
            partnerCode: seat.partnerCode,
            partnerRole: seat.role,
            partnerPermissions: seat.permissions,
            totpSecret: PARTNER_DEMO_TOTP_SECRETS[seat.username]!,
          })
          .returning({ id: users.id });
        await appendAudit(tx, actor, {
          entityType: 'user',
          action: 'user.created',
          entityId: row!.id,
          countryCode: seat.partnerCode,
          after: { username: seat.username, partnerCode: seat.partnerCode, role: seat.role, permissions: seat.permissions },
        });
      }
    });
    return { partnerUsers: PARTNER_DEMO_ACCOUNTS.length };
  },
  /** A demo purchaser's LOA is accepted as any: its signature (received on paper) and initial deposit on file first. */
  async prepareAccept({ db, actor }, offer) {
    const [kase] = await db.select({ type: cases.type, totalCents: cases.totalCents }).from(cases).where(eq(cases.id, offer.caseId));
    if (!kase || kase.type === 'bpc') return;
    const signedOn = offer.offerDate;
    await db.transaction((tx) =>
      recordSignature(
        tx,
        actor,
        { ...offer, id: offer.caseId },
        { versionNumber: 0, signedOn, signerName: 'Demo Signatory', signerTitle: 'Director of Armaments' },
      ),
    );
    const reference = `DEP-${offer.identifier}`;
    await recordInitialDeposit(
      db,
      actor,
      offer.caseId,
      { amountCents: Math.max(1, kase.totalCents), depositedOn: signedOn, reference },
      signedOn,
    );
  },
};
