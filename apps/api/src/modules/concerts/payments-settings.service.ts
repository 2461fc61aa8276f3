// The box office's settings: the organisation's price cap of a seat (admins and coordinators),
// and its HelloAsso account (admins), which the public order pages need to offer online payment.
import type {
  HelloAssoSettings,
  HelloAssoSettingsBody,
  PriceCap,
  PriceCapBody,
} from '@tutti/contracts';
import { recordAudit } from '../../platform/audit';
import { type OrgActor, requirePermission } from '../../platform/auth/request-auth';
import { type Config, HELLOASSO_PRODUCTION, HELLOASSO_SANDBOX } from '../../platform/config';
import { AppError } from '../../platform/errors';
import type { SecretBox } from '../../platform/secrets';
import { findCurrentOrganisation, updateTicketPriceCap } from '../organisations';
import { euros } from './box-office';
import { openHelloAssoAccount } from './helloasso-account';
import type { HelloAssoClient } from './helloasso-client';
import * as payments from './payments.repository';

export async function getPriceCap({ actor }: { actor: OrgActor }): Promise<PriceCap> {
  requirePermission(actor, 'concerts.read');
  return actor.inTenant(async (tx) => ({
    priceCapCents: (await findCurrentOrganisation(tx, actor.orgId))?.ticketPriceCapCents ?? 0,
    highestUpcomingPriceCents: await payments.highestUpcomingPrice(tx, new Date()),
  }));
}

/**
 * Sets the cap. A cap below a tariff of a concert still to come is refused (409) with those
 * concerts: their tariffs are changed first, so that no announced price breaks the rule.
 */
export async function setPriceCap({
  actor,
  input,
  now = new Date(),
}: {
  actor: OrgActor;
  input: PriceCapBody;
  now?: Date;
}): Promise<PriceCap> {
  requirePermission(actor, 'boxOfficeSettings.setPriceCap');
  return actor.inTenant(async (tx) => {
    const above = await payments.concertsPricedAbove(tx, input.priceCapCents, now);
    if (above.length > 0) {
      throw new AppError(
        'PAYMENT.CAP_BELOW_TARIFFS',
        `Concerts to come have tariffs above ${euros(input.priceCapCents)}`,
        {
          fields: [{ path: 'body.priceCapCents', message: 'below tariffs of concerts to come' }],
          details: {
            concerts: above.map((concert) => ({
              sessionId: concert.id,
              title: concert.title,
              startsAt: concert.startsAt.toISOString(),
            })),
          },
        },
      );
    }
    await updateTicketPriceCap(tx, actor.orgId, input.priceCapCents);
    return {
      priceCapCents: input.priceCapCents,
      highestUpcomingPriceCents: await payments.highestUpcomingPrice(tx, now),
    };
  });
}

function environmentOf(apiUrl: string): HelloAssoSettings['environment'] {
  if (apiUrl === HELLOASSO_SANDBOX) return 'sandbox';
  if (apiUrl === HELLOASSO_PRODUCTION) return 'production';
  return 'other';
}

function present(
  row: payments.HelloAssoAccountRow | null,
  config: Config,
  orgId: string,
  box: SecretBox,
): HelloAssoSettings {
  // Secrets sealed under another key (a backup restored elsewhere) count as missing.
  const opened = row ? openHelloAssoAccount(box, row) : null;
  return {
    configured: row !== null,
    clientId: row?.clientId ?? null,
    organizationSlug: row?.organizationSlug ?? null,
    hasClientSecret: opened !== null,
    hasSignatureKey: Boolean(opened?.signatureKey),
    notificationUrl: `${config.publicUrl}/api/webhooks/helloasso/${orgId}`,
    environment: environmentOf(config.helloasso.apiUrl),
    updatedAt: row?.updatedAt.toISOString() ?? null,
  };
}

export async function getHelloAssoSettings({
  actor,
  config,
  box,
}: {
  actor: OrgActor;
  config: Config;
  box: SecretBox;
}): Promise<HelloAssoSettings> {
  requirePermission(actor, 'payments.read');
  const row = await actor.inTenant((tx) => payments.findHelloAssoAccount(tx, actor.orgId));
  return present(row, config, actor.orgId, box);
}

/**
 * Saves the account once HelloAsso has given a token for it (refused credentials are a 409
 * naming the secret). The secret and the signature key are sealed before they are stored, and
 * never answered back.
 */
export async function saveHelloAssoSettings({
  actor,
  config,
  client,
  box,
  input,
}: {
  actor: OrgActor;
  config: Config;
  client: HelloAssoClient;
  box: SecretBox;
  input: HelloAssoSettingsBody;
}): Promise<HelloAssoSettings> {
  requirePermission(actor, 'payments.configureOnline');
  const row = await actor.inTenant((tx) => payments.findHelloAssoAccount(tx, actor.orgId));
  const existing = row ? openHelloAssoAccount(box, row) : null;
  const clientSecret = input.clientSecret ?? existing?.clientSecret;
  if (!clientSecret) {
    throw new AppError('PAYMENT.SECRET_REQUIRED', 'The client secret is required', {
      fields: [{ path: 'body.clientSecret', message: 'Required' }],
    });
  }
  const credentials = {
    clientId: input.clientId,
    clientSecret,
    organizationSlug: input.organizationSlug,
  };
  try {
    await client.checkCredentials(credentials);
  } catch (error) {
    if (error instanceof AppError && error.code === 'PAYMENT.PROVIDER_REFUSED') {
      throw new AppError(
        'PAYMENT.PROVIDER_REFUSED',
        'HelloAsso refused this client id and secret',
        {
          fields: [{ path: 'body.clientSecret', message: 'refused by HelloAsso' }],
        },
      );
    }
    throw error;
  }
  const signatureKey =
    input.signatureKey === undefined ? (existing?.signatureKey ?? null) : input.signatureKey;
  const saved = await actor.inTenant(async (tx) => {
    const written = await payments.saveHelloAssoAccount(tx, {
      orgId: actor.orgId,
      clientId: credentials.clientId,
      clientSecret: box.seal(clientSecret),
      organizationSlug: credentials.organizationSlug,
      signatureKey: signatureKey === null ? null : box.seal(signatureKey),
      updatedBy: actor.userId,
    });
    await recordAudit(tx, {
      orgId: actor.orgId,
      actorId: actor.userId,
      action: 'payments.configure',
      subjectKind: 'helloasso',
      detail: row ? 'changed' : 'entered',
    });
    return written;
  });
  return present(saved, config, actor.orgId, box);
}

/** Removes the account: the public pages stop offering online payment at once. */
export async function removeHelloAssoSettings({
  actor,
  config,
  box,
}: {
  actor: OrgActor;
  config: Config;
  box: SecretBox;
}): Promise<HelloAssoSettings> {
  requirePermission(actor, 'payments.configureOnline');
  await actor.inTenant(async (tx) => {
    if (await payments.deleteHelloAssoAccount(tx, actor.orgId)) {
      await recordAudit(tx, {
        orgId: actor.orgId,
        actorId: actor.userId,
        action: 'payments.configure',
        subjectKind: 'helloasso',
        detail: 'removed',
      });
    }
  });
  return present(null, config, actor.orgId, box);
}
