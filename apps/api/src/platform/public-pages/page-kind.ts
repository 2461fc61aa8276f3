// What a feature gives to publish a kind of public page: its route, how it loads its data, how it
// renders it, its schema.org description and its sitemap entries. The mechanism does the rest:
// language, layout, canonical and alternate URLs, Open Graph, caching, ETag, QR codes.
import type { Tx } from '@tutti/db';
import type { ComponentChildren } from 'preact';
import type { PublicLanguage } from './languages';

/** An organisation that chose to publish, as its public pages see it. */
export type PublicOrganisation = {
  id: string;
  slug: string;
  name: string;
  description: string | null;
  region: string | null;
  timeZone: string;
  dataVersion: number;
};

export type PublicPageContext = {
  org: PublicOrganisation;
  lang: PublicLanguage;
  /** Today on the organisation's clocks; part of the cache key, so "upcoming" lists roll over. */
  today: string;
  /**
   * The time the page is made for: the start of the current slot for a kind with
   * `timeSlotMinutes` (part of its cache key), else the time of the request.
   */
  now: Date;
  /** The absolute address of a path under the organisation: `orgUrl('/e/k3v9')`. */
  orgUrl(path?: string): string;
};

/** What a renderer returns; the layout wraps it. */
export type PublicPageContent = {
  title: string;
  /** One or two sentences: the meta description and the Open Graph description. */
  description: string;
  body: ComponentChildren;
  /** Open Graph type; `website` by default. */
  ogType?: string;
};

/** A schema.org object (`@context` is added by the layout). */
export type JsonLd = { '@type': string } & Record<string, unknown>;

export type PublicPageKind<Params extends Record<string, string>, Data> = {
  /** Stable name, for the cache key and logs: 'organisation', 'event'. */
  id: string;
  /**
   * The path after `/p/:orgSlug`, with Fastify parameters: `''` for the organisation's own page,
   * `'/e/:code'` for an event. Every parameter must pass `parseParams`, or the page is a 404.
   */
  path: string;
  parseParams(raw: Record<string, string>): Params | null;
  /** Reads the page's data in a transaction that sees only this organisation; null: 404. */
  load?(tx: Tx, params: Params, context: PublicPageContext): Promise<Data | null>;
  /**
   * Instead of `load`, for a page of what several organisations share (a network's agenda):
   * reads outside any tenant transaction, through the module's own checks, only what the
   * members chose to publish. Its changes must move the organisation's data version.
   */
  loadShared?(params: Params, context: PublicPageContext): Promise<Data | null>;
  render(data: Data, context: PublicPageContext): PublicPageContent;
  jsonLd(data: Data, context: PublicPageContext): JsonLd;
  /**
   * For a page that changes with the time of day (a step shown once it took place): it is made
   * again at least every so many minutes, from `context.now` at the start of the slot.
   */
  timeSlotMinutes?: number;
  /** The paths (after `/p/<slug>`) of every page of this kind the organisation publishes. */
  sitemap?(tx: Tx, context: Omit<PublicPageContext, 'lang'>): Promise<string[]>;
  /** The same, for a kind that reads with `loadShared`: outside any tenant transaction. */
  sitemapShared?(context: Omit<PublicPageContext, 'lang'>): Promise<string[]>;
};

/** Declares a page kind with its types checked; the mechanism takes a list of them. */
export function definePublicPage<Params extends Record<string, string>, Data>(
  kind: PublicPageKind<Params, Data>,
): PublicPageKind<Params, Data> {
  return kind;
}

// biome-ignore lint/suspicious/noExplicitAny: a list holds kinds of any parameters and data.
export type AnyPublicPageKind = PublicPageKind<any, any>;
