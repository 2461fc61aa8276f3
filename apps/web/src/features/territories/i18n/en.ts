// English strings of the territories page and of the commune picker other features' forms use.

import { en as geo } from '@tutti/geo';
import type { SameKeys } from '@/lib/i18n/translations';
import type { fr } from './fr';

export const en: SameKeys<typeof fr> = {
  nav: 'Territories',
  title: 'Territories',
  intro:
    'Where is live music far from people? The municipalities of an area ranked by access index, with their reasons.',
  exportCsv: 'Export as CSV',
  exportCsvHint: 'Spreadsheet (UTF-8, semicolons), same figures as the ranking',
  area: {
    title: 'Area and period',
    kind: 'Kind of area',
    kinds: {
      department: 'Department',
      epci: 'Inter-municipal grouping (EPCI)',
      region: 'Region',
      communes: 'List of municipalities',
    },
    department: 'Department',
    departmentFilter: 'Department of the grouping',
    epci: 'Inter-municipal grouping (EPCI)',
    region: 'Region',
    choose: 'Choose…',
    listLegend: 'Municipalities of the area (France, Belgium, Germany, Luxembourg)',
    listEmpty: 'No municipality yet. Add some with the field below.',
    add: 'Add a municipality',
    remove: 'Remove {{name}}',
    asOf: 'End of the 12-month period',
    asOfHint: 'Sessions and concerts of the 12 months ending that day count.',
    show: 'Show',
    pickFirst: 'Choose an area to see the map and the ranking.',
  },
  summary: {
    title: 'In short',
    line_one:
      '{{area}}: {{communes}} municipality, {{population}} inhabitants, from {{from}} to {{to}}.',
    line_other:
      '{{area}}: {{communes}} municipalities, {{population}} inhabitants, from {{from}} to {{to}}.',
    far_one: '{{count}} municipality with no known live music within 30 km.',
    far_other: '{{count}} municipalities with no known live music within 30 km.',
    priority_one: '{{count}} municipality with a priority neighbourhood.',
    priority_other: '{{count}} municipalities with a priority neighbourhood.',
    activities_one: '{{count}} municipality where the organisation had activities.',
    activities_other: '{{count}} municipalities where the organisation had activities.',
    approximate_one:
      '{{count}} municipality only has an approximate position: its distances are estimates.',
    approximate_other:
      '{{count}} municipalities only have an approximate position: their distances are estimates.',
    farFromOwn_one:
      '{{count}} municipality more than 30 km from your venues, the only live music known.',
    farFromOwn_other:
      '{{count}} municipalities more than 30 km from your venues, the only live music known.',
    farUnknown: 'Distance to live music unknown: no place is known.',
  },
  data: {
    title: 'What the index rests on',
    intro:
      'The score adds up four components. A component whose data is missing is not guessed: it counts for no municipality, and each score is the share of the points the known data can give.',
    names: {
      distance: 'Distance to live music',
      activities: 'Activities of the organisation',
      rurality: 'Density (rurality)',
      priority: 'Priority neighbourhoods',
    },
    inSentence: {
      distance: 'the distance to live music',
      rurality: 'the density',
      priority: 'the priority neighbourhoods',
    },
    status: { present: 'present', partial: 'partial', missing: 'missing' },
    source: '{{name}} ({{publisher}}), {{year}} data.',
    distanceWith_one: '{{facilities}} imported live-music facilities and your venue.',
    distanceWith_other: '{{facilities}} imported live-music facilities and your {{count}} venues.',
    distanceOwnOnly_one:
      'Measured from your one venue: no cultural facilities file is imported, a municipality far from it may have a hall next door.',
    distanceOwnOnly_other:
      'Measured from your {{count}} venues only: no cultural facilities file is imported, a municipality far from them may have a hall next door.',
    distanceMissing:
      'No live-music place known (no imported cultural facility, no venue of the organisation): the distance does not count.',
    activities: 'Your sessions of the 12 months, counted in their venue’s municipality.',
    missing: {
      rurality: 'No density grid imported: rurality does not count.',
      priority: 'No list of priority neighbourhoods imported: priority does not count.',
    },
    partialCommunes_one:
      'Known for {{count}} municipality of {{total}}; the others are ranked without it.',
    partialCommunes_other:
      'Known for {{count}} municipalities of {{total}}; the others are ranked without it.',
    howToAdmin: 'Import the official files',
    howToOthers:
      'An administrator of the organisation can import the official files (cultural places, density grid, priority neighbourhoods) from the Territories page.',
    rankingWithout:
      'Ranking computed without {{list}}: this data is missing and counts for no municipality.',
    mapWithout: 'Colours computed without {{list}} (missing data).',
    allEqual:
      'Every municipality has the same score with the data known: the ranking does not tell them apart.',
  },
  map: {
    title: 'Map',
    label: 'Map of the area’s municipalities, coloured by access score',
    description:
      '{{communes}} municipalities coloured by access score (from {{min}} to {{max}}). {{venues}} venues of the organisation, {{facilities}} live-music facilities. Furthest: {{top}}. The table below gives the same figures.',
    tilesUnavailable: 'Background map unavailable: the data is still shown.',
    zoomIn: 'Zoom in',
    zoomOut: 'Zoom out',
    legend: 'Legend',
    scoreScale: 'Access score (the higher, the further from music)',
    circles_one:
      '{{count}} municipality without an official boundary (abroad, overseas collectivities or restored since 2018): a circle sized by its population, at its position.',
    circles_other:
      '{{count}} municipalities without an official boundary (abroad, overseas collectivities or restored since 2018): circles sized by their population, at their position.',
    shapes:
      'Each municipality is coloured within its official boundary (IGN — Admin Express COG 2018, simplified).',
    shapesUnavailable:
      'The boundaries of some municipalities could not be loaded: they are drawn as circles.',
    approximate: 'Dotted outline: approximate position',
    venue: 'Venue of the organisation',
    venueConcert: 'Venue of the organisation that held a concert',
    facility: 'Live-music cultural facility',
    popupScore: 'Score {{score}} · rank {{rank}}',
    popupSessions_one: '{{count}} session in the period',
    popupSessions_other: '{{count}} sessions in the period',
    popupConcerts_one: '{{count}} of them a concert',
    popupConcerts_other: '{{count}} of them concerts',
    requests: 'Requests for help to start an ensemble',
    requestsAt: 'Requests for help in {{commune}}',
    requestsCount_one: '{{count}} request to start an ensemble',
    requestsCount_other: '{{count}} requests to start an ensemble',
    requestsWaiting_one: '{{count}} of them waiting',
    requestsWaiting_other: '{{count}} of them waiting',
    requestsDescription_one:
      'Dashed orange ring: {{count}} request for help to start an ensemble (shown to coordinators, without names).',
    requestsDescription_other:
      'Dashed orange rings: {{count}} requests for help to start an ensemble (shown to coordinators, without names).',
  },
  table: {
    title: 'Ranking',
    caption: 'Municipalities ranked by decreasing access score',
    rank: 'Rank',
    commune: 'Municipality',
    score: 'Score',
    reasons: 'Reasons',
    population: '{{population}} inhab.',
    approximate: 'approximate position',
    priority: 'priority neighbourhood',
    outOf: '{{points}} of {{possible}} pts',
    tied: 'tied',
    showMore_one: 'Show {{count}} more municipality',
    showMore_other: 'Show {{count}} more municipalities',
    shown_one: '{{count}} of {{total}} municipalities shown',
    shown_other: '{{count}} of {{total}} municipalities shown',
    empty: 'No municipality in this area.',
  },
  reference: {
    title: 'Official files',
    open: 'Official files',
    intro:
      'The public files that complete the access index. They serve every organisation of this Tutti instance.',
    back: 'Back to territories',
    kinds: {
      'cultural-facilities': 'Cultural facilities (Basilic, Ministry of Culture)',
      'density-grid': 'Municipal density grid (INSEE)',
      'priority-areas': 'Priority neighbourhoods of urban policy (ANCT)',
      'commune-centres': 'Municipality centres (communes-france, data.gouv.fr)',
    },
    kindHints: {
      'cultural-facilities':
        'base-des-lieux-et-des-equipements-culturels.csv (data.culture.gouv.fr): the distance to live music.',
      'density-grid': 'grille_densite_7_niveaux_<year>.csv (insee.fr), saved as CSV: rurality.',
      'priority-areas': 'liste-quartiers-prioritaires-<year>.csv (data.gouv.fr): priority.',
      'commune-centres':
        'communes-france-<year>.csv (data.gouv.fr): official positions and density of municipalities.',
    },
    upload: {
      title: 'Upload a file',
      kind: 'Kind of file',
      choose: 'Choose…',
      file: 'CSV file',
      fileHint: 'One file at a time, as published (100 MB at most).',
      fileRequired: 'Choose a file.',
      year: 'Year of the data',
      yearInvalid: 'A year between 1990 and 2100.',
      yearHint: 'Guessed from the file name; change it if needed.',
      preview: 'Preview',
      sendingLabel: 'Sending the file',
      sending: 'Sending the file: {{percent}}',
      reading: 'The server is reading the file…',
    },
    preview: {
      title: 'Preview of {{file}}',
      source: '{{name}} ({{publisher}}, {{licence}}), {{year}} data',
      linesRead: 'lines read',
      recognised: 'recognised',
      refused: 'refused',
      warnings: 'with a remark',
      toApply: 'to import',
      unknownCommunes: 'unknown municipality codes (skipped)',
      unplaced: 'without a position (left out)',
      issues: 'Refused lines and remarks',
      issuesShown_one: 'The first one is listed.',
      issuesShown_other: 'The first {{count}} are listed.',
      line: 'Line',
      column: 'Column',
      value: 'Value',
      reason: 'Reason',
      wholeFile: 'file',
      error: 'refused',
      warning: 'remark',
      firstLines: 'First lines of the file',
      notImportable:
        'Nothing can be imported: the whole file or nothing. Fix the refused lines, or choose the right kind of file, then upload it again.',
      import: 'Import',
      discard: 'Discard',
    },
    progress: {
      title: 'Import',
      queued: 'Waiting to start…',
      reading: 'Reading the file…',
      writing: 'Writing: {{done}} of {{total}} lines',
      finishing: 'Putting the new data into service…',
      imported: '{{file}} is imported: the access index of every organisation uses it.',
      failed: 'The import failed, the data has not changed: {{error}}',
      discarded: 'File discarded.',
      toTerritories: 'See the territories',
    },
    history: {
      title: 'Imported files',
      empty: 'No official file imported yet.',
      caption: 'Official files imported, newest first',
      kind: 'Kind',
      year: 'Year',
      file: 'File',
      date: 'Imported on',
      counts: 'Lines',
      countsValue: '{{read}} read, {{applied}} applied, {{unknown}} skipped',
      current: 'in use',
    },
  },
  picker: {
    label: 'Municipality',
    hint: 'Type a name or a postal code, then choose from the list.',
    suggestions_one: '{{count}} municipality suggested',
    suggestions_other: '{{count}} municipalities suggested',
    none: 'No municipality matches.',
    chosen: 'Chosen municipality: {{name}} ({{code}})',
    change: 'Change',
    approximate: 'approximate position',
    approximateHint:
      'This municipality’s position is approximate (mean of neighbouring municipalities): distances are estimates.',
  },
  geo,
};
