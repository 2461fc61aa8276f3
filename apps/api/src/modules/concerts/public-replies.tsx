// Replies the concerts' private pages share: a page in the visitor's language, a short message
// (not found, refused, too many requests), and the check of the public booking forms' limit.
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { App } from '../../platform/app-types';
import type { Config } from '../../platform/config';
import { AppError } from '../../platform/errors';
import { clientAddress, limiter } from '../../platform/http/rate-limits';
import {
  type PrivatePage,
  type PublicLanguage,
  privatePageLanguage,
  sendPrivatePage,
} from '../../platform/public-pages';
import { concertTexts, waitingListTexts } from './i18n';

export type PageSender = (
  request: FastifyRequest,
  reply: FastifyReply,
  build: (lang: PublicLanguage) => PrivatePage,
) => FastifyReply;

export function pageSender(config: Config): PageSender {
  return (request, reply, build) => {
    const lang = privatePageLanguage(request, reply, config.secureCookies);
    return sendPrivatePage(request, reply, lang, build(lang));
  };
}

export function messagePage(
  status: number,
  title: string,
  text: string,
  organisationName: string | null,
): PrivatePage {
  return {
    status,
    title,
    description: text,
    organisationName,
    body: (
      <>
        <h1>{title}</h1>
        <p>{text}</p>
      </>
    ),
  };
}

export const crossSiteRefusal =
  (send: PageSender) => (request: FastifyRequest, reply: FastifyReply) =>
    send(request, reply, (lang) =>
      messagePage(403, concertTexts[lang].crossSiteTitle, concertTexts[lang].crossSiteText, null),
    );

/** Checks a limit; past it, answers the "too many requests" page (429) and returns true. */
export type LimitCheck = (request: FastifyRequest, reply: FastifyReply) => Promise<boolean>;

function pageLimit(
  check: (request: FastifyRequest, reply: FastifyReply) => Promise<void>,
  send: PageSender,
): LimitCheck {
  return async (request, reply) => {
    try {
      await check(request, reply);
      return false;
    } catch (error) {
      if (!(error instanceof AppError) || error.code !== 'REQUEST.RATE_LIMITED') throw error;
      send(request, reply, (lang) =>
        messagePage(
          429,
          waitingListTexts[lang].tooManyTitle,
          waitingListTexts[lang].tooManyText,
          null,
        ),
      );
      return true;
    }
  };
}

/**
 * Bookings, waiting list sign-ups and group requests from one network address: one count for
 * the three forms, in the database on PostgreSQL (every process shares it).
 */
export function bookingLimit(app: App, config: Config, send: PageSender): LimitCheck {
  const check = limiter(app, 'concertBookings', [
    {
      what: 'from this network address',
      max: config.concerts.bookingsPerIpPerHour,
      timeWindow: '1 hour',
      key: (request) => `concert-booking ${clientAddress(request)}`,
    },
  ]);
  return pageLimit(check, send);
}

/**
 * "Lost your link?" requests, counted per network address and per address asked for (known or
 * not), so that one inbox is not flooded from many clients.
 */
export function orderLinksLimit(
  app: App,
  config: Config,
  send: PageSender,
  addressOf: (request: FastifyRequest) => string,
): LimitCheck {
  const check = limiter(app, 'orderLinks', [
    {
      what: 'from this network address',
      max: config.concerts.orderLinksPerIpPerHour,
      timeWindow: '1 hour',
      key: (request) => `order-links ${clientAddress(request)}`,
    },
    {
      what: 'for this address',
      max: config.concerts.orderLinksPerAddressPerHour,
      timeWindow: '1 hour',
      key: (request) => `order-links ${addressOf(request)}`,
    },
  ]);
  return pageLimit(check, send);
}
