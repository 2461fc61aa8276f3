// German strings of carbon accounting pages; the carbon model's own (sources, modes, levers,
// reductions, notes) are merged under `model` from @tutti/carbon, so one text serves the API's
// exports and the app.

import { de as carbonModel } from '@tutti/carbon';
import type { SameKeys } from '@/lib/i18n/translations';
import type { fr } from './fr';

export const de: SameKeys<typeof fr> = {
  nav: 'CO2-Fußabdruck',
  title: 'CO2-Fußabdruck',
  intro:
    'Fahrten von Künstler·innen, Publikum und Gruppen, Material und Online-Sitzungen, in kg CO2e.',
  year: 'Jahr',
  show: 'Anzeigen',
  factorVersion: 'Emissionsfaktoren: {{version}}',
  factorSets: 'Faktorversionen',
  download: 'Herunterladen',
  downloadCsv: 'CSV-Tabelle',
  downloadXlsx: 'XLSX-Arbeitsmappe',
  downloadScenariosCsv: 'Szenarien (CSV)',
  kg: '{{value}} kg CO2e',
  noFigure: '—',
  empty: 'Noch kein Termin zu zählen.',
  notes: 'Wie diese Zahlen entstehen',
  chart: {
    title: 'Fußabdruck nach Monat, {{year}}',
    description: 'Balkendiagramm: kg CO2e je Monat. Die Zahlen stehen in der folgenden Tabelle.',
    table: 'Fußabdruck nach Monat und Quelle, {{year}} (kg CO2e)',
    month: 'Monat',
    total: 'Gesamt',
  },
  projects: {
    title: 'Nach Projekt',
    table: 'Fußabdruck nach Projekt, {{year}} (kg CO2e)',
    project: 'Projekt',
    open: 'Fußabdruck von {{name}} ansehen',
    empty: 'Kein Projekt hat in diesem Jahr einen Termin.',
  },
  panel: {
    title: 'CO2-Fußabdruck',
    total: 'Gesamt',
    perBeneficiary: 'Je Teilnehmende·n',
    perHour: 'Je Aktivitätsstunde',
    beneficiaries_one: '{{count}} Teilnehmende·r: {{detail}}',
    beneficiaries_other: '{{count}} Teilnehmende: {{detail}}',
    listed_one: '{{count}} angemeldet oder anwesend',
    listed_other: '{{count}} angemeldet oder anwesend',
    counted_one: '{{count}} gezählt',
    counted_other: '{{count}} gezählt',
    hours: '{{hours}} h Aktivität',
    bySource: 'Nach Quelle',
    share: '{{value}} kg CO2e, {{pct}} %',
    details: 'Fahrten im Einzelnen ansehen',
    scenarios: 'Szenarien zur Verringerung',
  },
  scope: {
    sessions_one:
      'Diese Summe zählt {{count}} Termin: {{held}} stattgefunden, {{planned}} geplant (nach Anmeldungen geschätzt).',
    sessions_other:
      'Diese Summe zählt {{count}} Termine: {{held}} stattgefunden, {{planned}} geplant (nach Anmeldungen geschätzt).',
    leftOut_one:
      'Sie lässt {{count}} zu prüfende Zeile ({{kg}} kg CO2e) weg, bis sie bestätigt ist.',
    leftOut_other:
      'Sie lässt {{count}} zu prüfende Zeilen ({{kg}} kg CO2e) weg, bis sie bestätigt sind.',
    notCounted_one:
      '{{count}} fehlende Angabe verhindert, dass Fahrten gezählt werden: siehe „Zu prüfen“.',
    notCounted_other:
      '{{count}} fehlende Angaben verhindern, dass Fahrten gezählt werden: siehe „Zu prüfen“.',
    complete: 'Keine Zeile wird weggelassen.',
    heldOnly_one:
      'Nur stattgefundene Termine: {{kg}} kg CO2e für {{count}} Teilnehmende·n, also {{per}} kg CO2e je Teilnehmende·n; das zeigt die Seite Wirkung für denselben Zeitraum.',
    heldOnly_other:
      'Nur stattgefundene Termine: {{kg}} kg CO2e für {{count}} Teilnehmende, also {{per}} kg CO2e je Teilnehmende·n; das zeigt die Seite Wirkung für denselben Zeitraum.',
    perBeneficiary:
      'Je Teilnehmende·n: diese Summe geteilt durch die Menschen, die diese Termine erreicht haben, jede·r Teilnehmende einmal gezählt, egal wie viele Termine, dazu die gezählten, nicht angemeldeten Personen. Die Seite Wirkung zeigt für dieselben Termine dieselbe Zahl.',
  },
  flags: {
    title: 'Zu prüfen',
    intro:
      'Diese Zeilen wiegen schwer oder wirken unplausibel: korrigieren Sie die Angabe oder bestätigen Sie, dass sie stimmt, damit sie in der Summe zählt.',
    none: 'Keine unplausible oder dominierende Zeile: nichts zu prüfen.',
    yearIntro:
      'Zeilen, die bis zur Bestätigung nicht in der Summe sind, und fehlende Angaben. Jedes Projekt sagt, was zu korrigieren ist.',
    session: '{{session}}, {{date}}',
    trip: '{{kind}}: {{from}} → {{to}}',
    people: 'Wer: {{people}}',
    check: {
      'audience-far_one':
        '{{count}} Person gezählt, die aus {{from}} kommt, {{km}} km (einfache Strecke) vom Ort: mehr als 100 km für einen Termin, stimmt das?',
      'audience-far_other':
        '{{count}} Personen gezählt, die aus {{from}} kommen, {{km}} km (einfache Strecke) vom Ort: mehr als 100 km für einen Termin, stimmt das?',
      'dominant-share':
        'Diese Zeile macht {{pct}} % des Fußabdrucks des Projekts aus ({{kg}} kg CO2e): ein Fehler hier würde die ganze Zahl ändern.',
      'venue-unlocated_one':
        'Ort ohne Position: die Anfahrt zu {{count}} Termin wird nicht gezählt.',
      'venue-unlocated_other':
        'Ort ohne Position: die Anfahrt zu {{count}} Terminen wird nicht gezählt.',
      'artist-home-unknown_one':
        'Wohnort von {{artist}} unbekannt: die Fahrten zu {{count}} Termin werden nicht gezählt.',
      'artist-home-unknown_other':
        'Wohnort von {{artist}} unbekannt: die Fahrten zu {{count}} Terminen werden nicht gezählt.',
      'group-origin-unknown_one':
        'Gemeinde der Gruppe {{group}} unbekannt: ihre Anfahrt zu {{count}} Termin wird nicht gezählt.',
      'group-origin-unknown_other':
        'Gemeinde der Gruppe {{group}} unbekannt: ihre Anfahrten zu {{count}} Terminen werden nicht gezählt.',
      'group-size-unknown_one':
        'Gruppe {{group}}: weder Liste noch erwartete Größe, ihre Personen werden nicht gezählt ({{count}} Termin).',
      'group-size-unknown_other':
        'Gruppe {{group}}: weder Liste noch erwartete Größe, ihre Personen werden nicht gezählt ({{count}} Termine).',
    },
    leftOut: 'Nicht in der Summe: {{kg}} kg CO2e.',
    confirmedBy: 'Bestätigt von {{name}} am {{date}}: in der Summe gezählt.',
    confirmedByUnknown: 'Bestätigt am {{date}} (Konto gelöscht): in der Summe gezählt.',
    notCounted: 'Für diese Fahrten wird nichts gezählt, solange die Angabe fehlt.',
    fixLabel: 'Korrigieren:',
    fix: {
      group: 'Die Gruppe „{{name}}“',
      groupUnnamed: 'Die Gruppe',
      venue: 'Der Ort',
      artist: 'Künstler·in {{name}}',
      artistUnnamed: 'Künstler·in',
      session: 'Der Termin',
      attendance: 'Anwesenheit und Zählungen',
      'session-carbon': 'Der Transporter des Termins',
    },
    fixByCoordinator: 'Die Koordination korrigiert oder bestätigt diese Zeilen.',
    confirm: 'Bestätigen, dass es stimmt',
    withdraw: 'Bestätigung zurücknehmen',
    confirmed: 'Zeile bestätigt: sie zählt in der Summe.',
    withdrawn: 'Bestätigung zurückgenommen: die Zeile ist nicht in der Summe.',
    openProject: 'Projekt {{name}} ansehen',
    openProjectUnnamed: 'Projekt ansehen',
    leftOutBadge: 'zu prüfen',
  },
  lines: {
    title: 'Fahrten im Einzelnen',
    caption: 'Jede gezählte Fahrt mit km, Verkehrsmittel, Insassen, Faktorversion und kg CO2e',
    date: 'Datum',
    trip: 'Fahrt',
    who: 'Wer',
    mode: 'Verkehrsmittel',
    distance: 'Km (einfach)',
    roundTrip: 'hin und zurück',
    oneWay: 'einfach',
    vehicles: 'Fahrzeuge',
    travellers: 'Personen',
    factor: 'Faktor',
    co2e: 'kg CO2e',
    remarks: 'Hinweise',
    from: '{{from}} → {{to}}',
    kinds: {
      artist: 'Künstler·innen',
      audience: 'Publikum',
      group: 'Gruppe',
      equipment: 'Material',
      digital: 'Online',
    },
    units: {
      'vehicle-km': 'kg je Fahrzeug-km',
      'passenger-km': 'kg je Personen-km',
      'device-hour': 'kg je Gerätestunde',
    },
    scroll: 'Seitlich scrollende Tabelle',
  },
  project: {
    title: 'CO2-Fußabdruck: {{name}}',
    back: 'Fußabdruck der Organisation',
    sessions: 'Nach Termin',
    sessionsTable: 'Fußabdruck nach Termin (kg CO2e)',
    session: 'Termin',
    venue: 'Veranstaltungsort',
    openSession: 'Einzelheiten des Termins am {{date}}',
  },
  settings: {
    title: 'Annahmen des Projekts',
    intro:
      'Wie das Publikum kommt, wie Gruppen reisen, und der Transporter für das Material. Ohne Einstellung gilt die Standardaufteilung der Gemeinde des Ortes (ländlich oder städtisch).',
    split: 'Verkehrsmittel des Publikums (%)',
    useDefault: 'Standardaufteilung (ländlich oder städtisch nach der Gemeinde des Ortes)',
    useOwn: 'Eigene Aufteilung des Projekts',
    carOccupancy: 'Personen je Auto',
    groupMode: 'Gruppen kommen mit',
    vanKm: 'Transporter-km je Termin (hin und zurück)',
    vanKmHint: 'Leer lassen, wenn kein Transporter fährt.',
    vanKinds: 'Termine mit Transporter',
    save: 'Annahmen speichern',
    saved: 'Annahmen gespeichert: die Zahlen werden neu berechnet.',
    readOnly: 'Nur Koordinator·innen und Administrator·innen ändern diese Annahmen.',
  },
  session: {
    title: 'CO2-Fußabdruck: {{name}}',
    back: 'Fußabdruck des Projekts',
    van: 'Transporter dieses Termins',
    vanKm: 'Transporter-km (hin und zurück)',
    vanKmHint: 'Leer: die Einstellung des Projekts gilt. 0: kein Transporter.',
    save: 'Speichern',
    saved: 'Transporter gespeichert.',
  },
  scenarios: {
    title: 'Szenarien: {{name}}',
    intro:
      'Jede Änderung wird allein auf dieselben Fahrten angewandt, mit derselben Faktorversion. Reisezeit zählt in Personenstunden.',
    table: 'Szenarien nebeneinander',
    scenario: 'Szenario',
    total: 'kg CO2e',
    delta: 'Differenz (kg CO2e)',
    deltaPct: 'Differenz (%)',
    travel: 'Reisezeit (h)',
    deltaTravel: 'Differenz Reisezeit (h)',
    baseline: 'Aktuelle Lage',
    assumptions: 'Annahmen: {{lever}}',
    assumption: '{{name}}: {{value}} ({{source}})',
    reductions: 'Was am meisten spart',
    compare: 'Zwei Szenarien vergleichen',
    first: 'Erstes Szenario',
    second: 'Zweites Szenario',
    compareButton: 'Vergleichen',
    less: '„{{b}}“ verursacht {{kg}} kg CO2e weniger als „{{a}}“ ({{pct}} %).',
    more: '„{{b}}“ verursacht {{kg}} kg CO2e mehr als „{{a}}“ ({{pct}} %).',
    same: '„{{b}}“ und „{{a}}“ verursachen gleich viel.',
    timeMore: 'Es kostet {{hours}} Stunden mehr Reisezeit (Personenstunden).',
    timeLess: 'Es spart {{hours}} Stunden Reisezeit (Personenstunden).',
    timeSame: 'Die Reisezeit bleibt gleich.',
    back: 'Fußabdruck des Projekts',
    leftOut_one:
      'Wie die Summe des Projekts lassen die Szenarien {{count}} zu prüfende Zeile weg ({{kg}} kg CO2e).',
    leftOut_other:
      'Wie die Summe des Projekts lassen die Szenarien {{count}} zu prüfende Zeilen weg ({{kg}} kg CO2e).',
    unchangedTitle: 'Warum manche Szenarien nichts ändern',
    unchangedItem: '{{lever}}: {{reason}}',
    source: {
      tutti: 'Annahme von Tutti',
      planner: 'Planer',
      'factor-set': 'Faktoren {{version}}',
    },
    value: {
      km: '{{value}} km',
      people_one: '{{count}} Person',
      people_other: '{{count}} Personen',
      sessions_one: '{{count}} Termin',
      sessions_other: '{{count}} Termine',
      days_one: '{{count}} Tag',
      days_other: '{{count}} Tage',
      min: '{{value}} min',
      h: '{{value}} h',
      'kg-per-device-hour': '{{value}} kg CO2e pro Gerät und Stunde',
      share: '{{value}} %',
      ratio: '× {{value}}',
      yes: 'ja',
      no: 'nein',
    },
  },
  factors: {
    title: 'Versionen der Emissionsfaktoren',
    intro:
      'Jede Zahl nennt die Version, mit der sie berechnet wurde. Eine Version wird nie geändert: eine Korrektur ist eine neue Version.',
    list: 'Verfügbare Versionen',
    builtIn: 'mit Tutti geliefert',
    own: 'eigene der Organisation',
    current: 'in Gebrauch',
    use: '{{version}} verwenden',
    chosen: 'Neue Zahlen verwenden jetzt {{version}}.',
    add: 'Version hinzufügen',
    addIntro:
      'Fügen Sie den Faktorsatz als JSON ein: beginnen Sie mit der Version in Gebrauch, ändern Sie Namen und Werte. Jedes fehlerhafte Feld wird genannt.',
    json: 'Faktorsatz (JSON)',
    invalidJson: 'Dieser Text ist kein gültiges JSON.',
    makeCurrent: 'Sofort verwenden',
    create: 'Version hinzufügen',
    created: 'Version {{version}} hinzugefügt.',
    published: 'veröffentlicht {{date}}',
    adminOnly: 'Nur Administrator·innen fügen eine Version hinzu oder wählen eine.',
  },
  model: carbonModel.carbon,
};
