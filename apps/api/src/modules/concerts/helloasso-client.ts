// HelloAsso's API as Tutti uses it: an OAuth2 token by client credentials (POST /oauth2/token),
// a checkout intent created for an order (POST /v5/organizations/{slug}/checkout-intents) and read
// back when HelloAsso notifies a payment (GET …/checkout-intents/{id}). The base address is the
// server's setting (sandbox or production); the credentials are each organisation's own.
import { createHash } from 'node:crypto';
import { z } from 'zod';
import { AppError } from '../../platform/errors';

export type HelloAssoCredentials = {
  clientId: string;
  clientSecret: string;
  organizationSlug: string;
};

export type CheckoutRequest = {
  /** Cents; paid at once (no instalments): initialAmount = totalAmount. */
  amountCents: number;
  itemName: string;
  backUrl: string;
  errorUrl: string;
  returnUrl: string;
  metadata: Record<string, string>;
};

const Id = z.union([z.number().int(), z.string().min(1)]).transform(String);

const CreatedSchema = z.object({ id: Id, redirectUrl: z.url() });

const IntentSchema = z.object({
  id: Id,
  metadata: z.record(z.string(), z.unknown()).nullish(),
  order: z
    .object({
      id: Id.optional(),
      payments: z
        .array(
          z.object({
            id: Id,
            amount: z.number().int(),
            state: z.string(),
            date: z.string().optional(),
          }),
        )
        .nullish(),
    })
    .nullish(),
});
export type CheckoutIntent = z.infer<typeof IntentSchema>;

const TokenSchema = z.object({
  access_token: z.string().min(1),
  expires_in: z.number().positive().optional(),
});

type CachedToken = { token: string; expiresAt: number };

const unavailable = (why: string) =>
  new AppError('PAYMENT.PROVIDER_UNAVAILABLE', `HelloAsso did not answer: ${why}`);
const refused = (what: string, status: number) =>
  new AppError('PAYMENT.PROVIDER_REFUSED', `HelloAsso refused ${what} (HTTP ${status})`, {
    details: { status },
  });

/**
 * A client for one server's HelloAsso address. Tokens are kept in this process's memory until a
 * minute before they expire (a cache: any process can ask for its own).
 */
export function helloAssoClient(settings: { apiUrl: string; timeoutMs: number }) {
  const tokens = new Map<string, CachedToken>();
  const keyOf = (credentials: HelloAssoCredentials) =>
    createHash('sha256')
      .update(`${credentials.clientId}\u0000${credentials.clientSecret}`)
      .digest('hex');

  async function send(path: string, init: RequestInit): Promise<Response> {
    try {
      return await fetch(`${settings.apiUrl}${path}`, {
        ...init,
        signal: AbortSignal.timeout(settings.timeoutMs),
      });
    } catch (error) {
      throw unavailable(error instanceof Error ? error.name : 'network error');
    }
  }

  async function readJson<T>(response: Response, schema: z.ZodType<T>, what: string): Promise<T> {
    const parsed = schema.safeParse(await response.json().catch(() => null));
    if (!parsed.success) throw unavailable(`unexpected answer to ${what}`);
    return parsed.data;
  }

  async function token(credentials: HelloAssoCredentials): Promise<string> {
    const key = keyOf(credentials);
    const cached = tokens.get(key);
    if (cached && cached.expiresAt > Date.now() + 60_000) return cached.token;
    const response = await send('/oauth2/token', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        grant_type: 'client_credentials',
        client_id: credentials.clientId,
        client_secret: credentials.clientSecret,
      }).toString(),
    });
    if (response.status >= 500) throw unavailable(`HTTP ${response.status}`);
    if (!response.ok) throw refused('the client id and secret', response.status);
    const body = await readJson(response, TokenSchema, 'the token request');
    tokens.set(key, {
      token: body.access_token,
      expiresAt: Date.now() + (body.expires_in ?? 1800) * 1000,
    });
    return body.access_token;
  }

  /** A call with the organisation's token; a token HelloAsso no longer takes is asked again once. */
  async function call(credentials: HelloAssoCredentials, path: string, init: RequestInit = {}) {
    for (const attempt of [1, 2]) {
      const response = await send(path, {
        ...init,
        headers: {
          ...init.headers,
          accept: 'application/json',
          authorization: `Bearer ${await token(credentials)}`,
        },
      });
      if (response.status === 401 && attempt === 1) {
        tokens.delete(keyOf(credentials));
        continue;
      }
      return response;
    }
    throw unavailable('token refused twice');
  }

  const intentsPath = (credentials: HelloAssoCredentials) =>
    `/v5/organizations/${encodeURIComponent(credentials.organizationSlug)}/checkout-intents`;

  return {
    /** Checks the credentials by asking for a token (the settings page's test). */
    async checkCredentials(credentials: HelloAssoCredentials) {
      tokens.delete(keyOf(credentials));
      await token(credentials);
    },

    async createCheckout(credentials: HelloAssoCredentials, request: CheckoutRequest) {
      const response = await call(credentials, intentsPath(credentials), {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          totalAmount: request.amountCents,
          initialAmount: request.amountCents,
          itemName: request.itemName,
          backUrl: request.backUrl,
          errorUrl: request.errorUrl,
          returnUrl: request.returnUrl,
          containsDonation: false,
          metadata: request.metadata,
        }),
      });
      if (response.status >= 500) throw unavailable(`HTTP ${response.status}`);
      if (!response.ok) throw refused('the checkout', response.status);
      return readJson(response, CreatedSchema, 'the checkout');
    },

    /** The checkout intent as HelloAsso holds it: its metadata, and its order once paid. */
    async readCheckout(credentials: HelloAssoCredentials, intentId: string) {
      const response = await call(
        credentials,
        `${intentsPath(credentials)}/${encodeURIComponent(intentId)}`,
      );
      if (response.status >= 500) throw unavailable(`HTTP ${response.status}`);
      if (!response.ok) throw refused('reading the checkout', response.status);
      return readJson(response, IntentSchema, 'the checkout read');
    },
  };
}

export type HelloAssoClient = ReturnType<typeof helloAssoClient>;
