// A stand-in for HelloAsso's API inside the test process (node:http on a free port): OAuth2
// client credentials, checkout intents created and read back, and what a test needs to play
// HelloAsso's part: a visitor paying (any amount), the notification HelloAsso would post and
// its x-ha-signature. Shapes follow HelloAsso's public API documentation (v5).
import { createHmac, randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type StandInIntent = {
  id: number;
  organizationSlug: string;
  body: {
    totalAmount: number;
    initialAmount: number;
    itemName: string;
    backUrl: string;
    errorUrl: string;
    returnUrl: string;
    containsDonation: boolean;
    metadata?: Record<string, unknown>;
  };
  order: {
    id: number;
    payments: { id: number; amount: number; state: string; date: string }[];
  } | null;
};

type Account = { clientId: string; clientSecret: string };

async function readBody(request: IncomingMessage) {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function answer(response: ServerResponse, status: number, body: unknown) {
  response.writeHead(status, { 'content-type': 'application/json' });
  response.end(JSON.stringify(body));
}

/** On a free port unless `port` says (a person trying the flow by hand uses a fixed one). */
export async function startHelloAssoStandIn(accounts: Account[], { port: wanted = 0 } = {}) {
  const intents = new Map<number, StandInIntent>();
  const tokens = new Set<string>();
  const requests: { method: string; path: string }[] = [];
  let nextId = 75_698_000;
  /** Set by a test: the next calls answer this status (HelloAsso down). */
  let failWith: number | null = null;

  const server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://stand-in');
    requests.push({ method: request.method ?? '', path: url.pathname });
    const text = await readBody(request);
    if (failWith) return answer(response, failWith, { message: 'unavailable' });
    if (request.method === 'POST' && url.pathname === '/oauth2/token') {
      const form = new URLSearchParams(text);
      const known = accounts.some(
        (account) =>
          account.clientId === form.get('client_id') &&
          account.clientSecret === form.get('client_secret'),
      );
      if (form.get('grant_type') !== 'client_credentials' || !known) {
        return answer(response, 400, { error: 'unauthorized_client' });
      }
      const token = randomBytes(24).toString('base64url');
      tokens.add(token);
      return answer(response, 200, {
        access_token: token,
        refresh_token: randomBytes(24).toString('base64url'),
        token_type: 'bearer',
        expires_in: 1800,
      });
    }
    const bearer = request.headers.authorization?.replace(/^Bearer /, '') ?? '';
    if (!tokens.has(bearer)) return answer(response, 401, { message: 'Unauthorized' });
    const match = /^\/v5\/organizations\/([^/]+)\/checkout-intents(?:\/(\d+))?$/.exec(url.pathname);
    if (!match) return answer(response, 404, { message: 'Not found' });
    const [, slug, id] = match;
    if (request.method === 'POST' && !id) {
      const body = JSON.parse(text) as StandInIntent['body'];
      const problems = [
        !Number.isInteger(body.totalAmount) && 'totalAmount',
        body.initialAmount !== body.totalAmount && 'initialAmount',
        !(body.itemName?.length > 0 && body.itemName.length <= 250) && 'itemName',
        ...(['backUrl', 'errorUrl', 'returnUrl'] as const).filter((key) => !body[key]),
        typeof body.containsDonation !== 'boolean' && 'containsDonation',
      ].filter(Boolean);
      if (problems.length > 0) return answer(response, 400, { errors: problems });
      nextId += 1;
      intents.set(nextId, { id: nextId, organizationSlug: slug!, body, order: null });
      return answer(response, 200, {
        id: nextId,
        redirectUrl: `${standIn.url}/associations/${slug}/checkout/${nextId}`,
      });
    }
    if (request.method === 'GET' && id) {
      const intent = intents.get(Number(id));
      if (!intent || intent.organizationSlug !== slug) {
        return answer(response, 404, { message: 'Not found' });
      }
      return answer(response, 200, {
        id: intent.id,
        redirectUrl: `${standIn.url}/associations/${slug}/checkout/${intent.id}`,
        metadata: intent.body.metadata,
        ...(intent.order
          ? {
              order: {
                id: intent.order.id,
                checkoutIntentId: intent.id,
                amount: { total: intent.order.payments.reduce((s, p) => s + p.amount, 0) },
                payments: intent.order.payments,
              },
            }
          : {}),
      });
    }
    return answer(response, 405, { message: 'Method not allowed' });
  });
  await new Promise<void>((resolve) => server.listen(wanted, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  const standIn = {
    url: `http://127.0.0.1:${port}`,
    intents,
    requests,
    /** The intent created last. */
    lastIntent() {
      return [...intents.values()].at(-1);
    },
    /** The visitor pays on HelloAsso's page: an order with one authorised payment. */
    pay(intentId: number, options: { amount?: number; state?: string } = {}) {
      const intent = intents.get(intentId);
      if (!intent) throw new Error(`no intent ${intentId}`);
      nextId += 1;
      intent.order = {
        id: nextId,
        payments: [
          {
            id: nextId + 500_000,
            amount: options.amount ?? intent.body.totalAmount,
            state: options.state ?? 'Authorized',
            date: new Date().toISOString(),
          },
        ],
      };
      return intent.order;
    },
    /** The body HelloAsso posts to the notification URL for this intent's payment. */
    notification(intentId: number, eventType: 'Payment' | 'Order' = 'Payment') {
      const intent = intents.get(intentId)!;
      const payment = intent.order?.payments[0];
      const data =
        eventType === 'Payment'
          ? {
              order: { id: intent.order?.id, formType: 'Checkout', formSlug: 'default' },
              id: payment?.id,
              amount: payment?.amount,
              state: payment?.state,
              paymentMeans: 'Card',
            }
          : {
              id: intent.order?.id,
              checkoutIntentId: intent.id,
              formType: 'Checkout',
              payments: intent.order?.payments ?? [],
            };
      return JSON.stringify({ data, eventType, metadata: intent.body.metadata });
    },
    sign(body: string, key: string) {
      return createHmac('sha256', key).update(body).digest('hex');
    },
    failNextCallsWith(status: number | null) {
      failWith = status;
    },
    close() {
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
  return standIn;
}

export type HelloAssoStandIn = Awaited<ReturnType<typeof startHelloAssoStandIn>>;
