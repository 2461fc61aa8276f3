// The directory's pages for one visitor (never cached, not indexed): the finder and its results,
// and the kit to start an ensemble where nothing is within reach. Classic forms, no script; the
// forms that write (confirmation, support, proposal) are in forms.routes.
import type { AgeBand } from '@tutti/contracts';
import type { TuttiDatabase } from '@tutti/db';
import type { App, AppDeps } from '../../platform/app-types';
import { AppError } from '../../platform/errors';
import { privatePageLanguage, sendPrivatePage } from '../../platform/public-pages';
import { communeReference } from '../communes';
import { FinderForm, type FinderValues, Kit, Results, SupportForm } from './finder-view';
import { directoryTexts } from './i18n';
import { matchIn } from './matching.service';
import { pageReplies } from './page-replies';
import { DIRECTORY_PATH, FINDER_PATH } from './public-pages';

export const KIT_PATH = '/annuaire/lancer';
export const SUPPORT_PATH = '/annuaire/soutien';

type Query = Record<string, string | string[] | undefined>;
const list = (value: string | string[] | undefined) =>
  (Array.isArray(value) ? value : value ? [value] : []).slice(0, 20);
const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

/** The age band of an age in years (the bands of groups and participants). */
export function ageBandOf(age: number): AgeBand {
  if (age <= 2) return '0-2';
  if (age <= 5) return '3-5';
  if (age <= 10) return '6-10';
  if (age <= 14) return '11-14';
  if (age <= 17) return '15-17';
  if (age <= 25) return '18-25';
  if (age <= 64) return '26-64';
  return '65+';
}

function finderValues(query: Query): FinderValues {
  return {
    commune: (first(query.commune) ?? '').trim().slice(0, 100),
    age: (first(query.age) ?? '').trim().slice(0, 3),
    kinds: list(query.kinds),
    genres: list(query.genres),
    days: list(query.days),
    language: (first(query.language) ?? '').trim().slice(0, 3),
    beginner: first(query.beginner) === 'true',
  };
}

/** The commune a visitor typed: one commune, several to choose from, or none. */
export async function resolveTyped(database: TuttiDatabase, typed: string) {
  const search = (await communeReference(database)).search();
  const found = search.search(typed, { limit: 8 });
  const exact = found.filter((m) => m.match === 'exact' || m.match === 'code');
  const single = exact.length === 1 ? exact[0] : found.length === 1 ? found[0] : undefined;
  if (single) return { commune: single.commune, choices: [] };
  return { commune: null, choices: found.map((m) => m.commune) };
}

export function registerFinderPages(app: App, deps: AppDeps) {
  const { config, database } = deps;

  const { missing, orgOf } = pageReplies(database, config.secureCookies);

  /** The finder: the form, and the results when a commune is given. */
  app.get('/p/:orgSlug/annuaire/trouver', { schema: { hide: true } }, async (request, reply) => {
    const org = await orgOf(request);
    if (!org) return missing(request, reply);
    const lang = privatePageLanguage(request, reply, config.secureCookies);
    const texts = directoryTexts[lang];
    const query = request.query as Query;
    const values = finderValues(query);
    const code = first(query.code);
    const problems: Record<string, string> = {};
    const age = values.age === '' ? null : Number(values.age);
    if (age !== null && !(Number.isInteger(age) && age >= 3 && age <= 120)) {
      problems.age = texts.ageProblem;
    }
    const orgUrl = (path: string) => `/p/${org.slug}${path}`;
    let commune: { id: string; name: string } | null = null;
    let choices: { id: string; name: string; postalCodes: string[] }[] = [];
    if (code && /^[0-9A-Za-z-]{2,20}$/.test(code)) {
      const resolved = await resolveTyped(database, code);
      commune = resolved.commune;
    } else if (values.commune) {
      const resolved = await resolveTyped(database, values.commune);
      commune = resolved.commune;
      choices = resolved.choices;
      if (!commune && choices.length === 0) problems.commune = texts.unknownCommune;
    }
    const { dataset } = await communeReference(database);
    const result =
      commune && Object.keys(problems).length === 0
        ? await database.withTenant({ orgId: org.id, userId: null }, (tx) =>
            matchIn({
              tx,
              dataset,
              osrm: config.osrm,
              orgId: org.id,
              query: {
                communeCode: commune!.id,
                ...(age !== null ? { ageBand: ageBandOf(age) } : {}),
                kinds: values.kinds.join(','),
                genres: values.genres.join(','),
                days: values.days.join(','),
                ...(values.language ? { languages: values.language } : {}),
                ...(values.beginner ? { beginner: 'true' as const } : {}),
                limit: 10,
              },
            }),
          )
        : null;
    const searchAgain = (communeId: string) => {
      const params = new URLSearchParams({ lang, code: communeId, commune: values.commune });
      for (const name of ['kinds', 'genres', 'days'] as const) {
        for (const value of values[name]) params.append(name, value);
      }
      if (values.age) params.set('age', values.age);
      if (values.language) params.set('language', values.language);
      if (values.beginner) params.set('beginner', 'true');
      return `${orgUrl(FINDER_PATH)}?${params}`;
    };
    const form = (
      <FinderForm
        action={orgUrl(FINDER_PATH)}
        lang={lang}
        values={commune ? { ...values, commune: values.commune || commune.name } : values}
        problems={problems}
      />
    );
    return sendPrivatePage(request, reply, lang, {
      status: Object.keys(problems).length > 0 ? 400 : 200,
      title: texts.findTitle,
      description: texts.findLead,
      organisationName: org.name,
      body: (
        <>
          <h1>{texts.findTitle}</h1>
          {!result && choices.length === 0 && <p class="lead">{texts.findLead}</p>}
          {choices.length > 0 && (
            <section aria-labelledby="choices">
              <h2 id="choices">{texts.chooseCommune}</h2>
              <ul>
                {choices.map((choice) => (
                  <li key={choice.id}>
                    <a href={searchAgain(choice.id)}>
                      {choice.name} ({choice.postalCodes[0] ?? choice.id})
                    </a>
                  </li>
                ))}
              </ul>
            </section>
          )}
          {result && (
            <Results
              result={result}
              lang={lang}
              orgUrl={orgUrl}
              kitPath={`${orgUrl(KIT_PATH)}?code=${result.commune.code}&lang=${lang}`}
              supportForm={
                <SupportForm
                  action={orgUrl(SUPPORT_PATH)}
                  lang={lang}
                  organisation={org.name}
                  communeCode={result.commune.code}
                  state={{ values: {}, problems: {} }}
                />
              }
            />
          )}
          {result ? (
            <details>
              <summary>{texts.searchAgain}</summary>
              {form}
            </details>
          ) : (
            form
          )}
          <p>
            <a href={`${orgUrl(DIRECTORY_PATH)}?lang=${lang}`}>{texts.backToDirectory}</a>
          </p>
        </>
      ),
    });
  });

  /** The kit to start a choir in a commune: steps, first rehearsals, halls nearby, a conductor. */
  app.get('/p/:orgSlug/annuaire/lancer', { schema: { hide: true } }, async (request, reply) => {
    const org = await orgOf(request);
    const code = first((request.query as Query).code) ?? '';
    if (!org || !/^[0-9A-Za-z-]{2,20}$/.test(code)) return missing(request, reply);
    const lang = privatePageLanguage(request, reply, config.secureCookies);
    const texts = directoryTexts[lang];
    const { dataset } = await communeReference(database);
    let result: Awaited<ReturnType<typeof matchIn>>;
    try {
      result = await database.withTenant({ orgId: org.id, userId: null }, (tx) =>
        matchIn({ tx, dataset, osrm: null, orgId: org.id, query: { communeCode: code, limit: 1 } }),
      );
    } catch (error) {
      if (error instanceof AppError && error.status === 400) return missing(request, reply);
      throw error;
    }
    const orgUrl = (path: string) => `/p/${org.slug}${path}`;
    return sendPrivatePage(request, reply, lang, {
      title: texts.kitTitle(result.commune.name),
      description: texts.kitLead,
      organisationName: org.name,
      body: (
        <>
          <h1>{texts.kitTitle(result.commune.name)}</h1>
          <Kit
            lang={lang}
            organisation={org.name}
            commune={result.commune.name}
            venues={result.venuesNearby}
          />
          <div class="card">
            <SupportForm
              action={orgUrl(SUPPORT_PATH)}
              lang={lang}
              organisation={org.name}
              communeCode={result.commune.code}
              state={{ values: {}, problems: {} }}
            />
          </div>
        </>
      ),
    });
  });
}
