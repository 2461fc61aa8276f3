// German strings of the territories page and of the commune picker other features' forms use.

import { de as geo } from '@tutti/geo';
import type { SameKeys } from '@/lib/i18n/translations';
import type { fr } from './fr';

export const de: SameKeys<typeof fr> = {
  nav: 'Gebiete',
  title: 'Gebiete',
  intro:
    'Wo ist Live-Musik weit von den Menschen entfernt? Die Gemeinden eines Gebiets nach Zugangsindex geordnet, mit ihren Gründen.',
  exportCsv: 'Als CSV exportieren',
  exportCsvHint: 'Tabelle (UTF-8, Semikolon), dieselben Zahlen wie die Rangliste',
  area: {
    title: 'Gebiet und Zeitraum',
    kind: 'Art des Gebiets',
    kinds: {
      department: 'Département',
      epci: 'Gemeindeverband (EPCI)',
      region: 'Region',
      communes: 'Liste von Gemeinden',
    },
    department: 'Département',
    departmentFilter: 'Département des Gemeindeverbands',
    epci: 'Gemeindeverband (EPCI)',
    region: 'Region',
    choose: 'Auswählen…',
    listLegend: 'Gemeinden des Gebiets (Frankreich, Belgien, Deutschland, Luxemburg)',
    listEmpty: 'Noch keine Gemeinde. Fügen Sie welche mit dem Feld unten hinzu.',
    add: 'Gemeinde hinzufügen',
    remove: '{{name}} entfernen',
    asOf: 'Ende des 12-Monats-Zeitraums',
    asOfHint: 'Es zählen die Termine und Konzerte der 12 Monate bis zu diesem Tag.',
    show: 'Anzeigen',
    pickFirst: 'Wählen Sie ein Gebiet, um Karte und Rangliste zu sehen.',
  },
  summary: {
    title: 'Kurz gesagt',
    line_one:
      '{{area}}: {{communes}} Gemeinde, {{population}} Einwohner·innen, vom {{from}} bis {{to}}.',
    line_other:
      '{{area}}: {{communes}} Gemeinden, {{population}} Einwohner·innen, vom {{from}} bis {{to}}.',
    far_one: '{{count}} Gemeinde ohne bekannte Live-Musik im Umkreis von 30 km.',
    far_other: '{{count}} Gemeinden ohne bekannte Live-Musik im Umkreis von 30 km.',
    priority_one: '{{count}} Gemeinde mit einem Fördergebiet.',
    priority_other: '{{count}} Gemeinden mit einem Fördergebiet.',
    activities_one: '{{count}} Gemeinde, in der die Organisation aktiv war.',
    activities_other: '{{count}} Gemeinden, in denen die Organisation aktiv war.',
    approximate_one:
      '{{count}} Gemeinde hat nur eine ungefähre Lage: ihre Entfernungen sind Schätzungen.',
    approximate_other:
      '{{count}} Gemeinden haben nur eine ungefähre Lage: ihre Entfernungen sind Schätzungen.',
    farFromOwn_one:
      '{{count}} Gemeinde mehr als 30 km von Ihren Orten entfernt, den einzigen bekannten Orten mit Live-Musik.',
    farFromOwn_other:
      '{{count}} Gemeinden mehr als 30 km von Ihren Orten entfernt, den einzigen bekannten Orten mit Live-Musik.',
    farUnknown: 'Entfernung zu Live-Musik unbekannt: kein Ort ist bekannt.',
  },
  data: {
    title: 'Datengrundlage des Index',
    intro:
      'Der Wert addiert vier Bestandteile. Ein Bestandteil ohne Daten wird nicht geschätzt: er zählt für keine Gemeinde, und jeder Wert ist der Anteil der Punkte, die die bekannten Daten geben können.',
    names: {
      distance: 'Entfernung zu Live-Musik',
      activities: 'Aktivitäten der Organisation',
      rurality: 'Dichte (Ländlichkeit)',
      priority: 'Fördergebiete',
    },
    inSentence: {
      distance: 'die Entfernung zu Live-Musik',
      rurality: 'die Dichte',
      priority: 'die Fördergebiete',
    },
    status: { present: 'vorhanden', partial: 'teilweise', missing: 'fehlt' },
    source: '{{name}} ({{publisher}}), Daten {{year}}.',
    distanceWith_one: '{{facilities}} importierte Einrichtungen mit Live-Musik und Ihr Ort.',
    distanceWith_other:
      '{{facilities}} importierte Einrichtungen mit Live-Musik und Ihre {{count}} Orte.',
    distanceOwnOnly_one:
      'Gemessen nur von Ihrem einen Ort: keine Datei der Kultureinrichtungen importiert, eine Gemeinde weit davon kann einen Saal in der Nähe haben.',
    distanceOwnOnly_other:
      'Gemessen nur von Ihren {{count}} Orten: keine Datei der Kultureinrichtungen importiert, eine Gemeinde weit davon kann einen Saal in der Nähe haben.',
    distanceMissing:
      'Kein Ort mit Live-Musik bekannt (weder importierte Kultureinrichtung noch Ort der Organisation): die Entfernung zählt nicht.',
    activities: 'Ihre Termine der 12 Monate, gezählt in der Gemeinde ihres Orts.',
    missing: {
      rurality: 'Kein Dichteraster importiert: die Ländlichkeit zählt nicht.',
      priority: 'Keine Liste der Fördergebiete importiert: der Vorrang zählt nicht.',
    },
    partialCommunes_one:
      'Bekannt für {{count}} Gemeinde von {{total}}; die anderen werden ohne sie eingestuft.',
    partialCommunes_other:
      'Bekannt für {{count}} Gemeinden von {{total}}; die anderen werden ohne sie eingestuft.',
    howToAdmin: 'Amtliche Dateien importieren',
    howToOthers:
      'Eine Administratorin oder ein Administrator der Organisation kann die amtlichen Dateien (Kulturorte, Dichteraster, Fördergebiete) auf der Seite Gebiete importieren.',
    rankingWithout:
      'Rangfolge ohne {{list}} berechnet: diese Daten fehlen und zählen für keine Gemeinde.',
    mapWithout: 'Farben ohne {{list}} berechnet (fehlende Daten).',
    allEqual:
      'Alle Gemeinden haben mit den bekannten Daten denselben Wert: die Rangfolge unterscheidet sie nicht.',
  },
  map: {
    title: 'Karte',
    label: 'Karte der Gemeinden des Gebiets, nach Zugangswert eingefärbt',
    description:
      '{{communes}} Gemeinden, gefärbt nach Zugangswert (von {{min}} bis {{max}}). {{venues}} Veranstaltungsorte der Organisation, {{facilities}} Einrichtungen mit Live-Musik. Am weitesten entfernt: {{top}}. Die Tabelle unten enthält dieselben Zahlen.',
    tilesUnavailable: 'Hintergrundkarte nicht verfügbar: die Daten werden trotzdem angezeigt.',
    zoomIn: 'Vergrößern',
    zoomOut: 'Verkleinern',
    legend: 'Legende',
    scoreScale: 'Zugangswert (je höher, desto weiter von Musik entfernt)',
    circles_one:
      '{{count}} Gemeinde ohne amtliche Grenze (im Ausland, in einer Überseegebietskörperschaft oder seit 2018 wiederhergestellt): ein Kreis nach Einwohnerzahl an ihrer Lage.',
    circles_other:
      '{{count}} Gemeinden ohne amtliche Grenze (im Ausland, in Überseegebietskörperschaften oder seit 2018 wiederhergestellt): Kreise nach Einwohnerzahl an ihrer Lage.',
    shapes:
      'Jede Gemeinde ist innerhalb ihrer amtlichen Grenze gefärbt (IGN — Admin Express COG 2018, vereinfacht).',
    shapesUnavailable:
      'Die Grenzen einiger Gemeinden konnten nicht geladen werden: sie werden als Kreise gezeichnet.',
    approximate: 'Gepunkteter Rand: ungefähre Lage',
    venue: 'Veranstaltungsort der Organisation',
    venueConcert: 'Veranstaltungsort der Organisation mit einem Konzert',
    facility: 'Kultureinrichtung mit Live-Musik',
    popupScore: 'Wert {{score}} · Rang {{rank}}',
    popupSessions_one: '{{count}} Termin im Zeitraum',
    popupSessions_other: '{{count}} Termine im Zeitraum',
    popupConcerts_one: 'davon {{count}} Konzert',
    popupConcerts_other: 'davon {{count}} Konzerte',
    requests: 'Anfragen zur Gründung eines Ensembles',
    requestsAt: 'Anfragen in {{commune}}',
    requestsCount_one: '{{count}} Anfrage zur Gründung eines Ensembles',
    requestsCount_other: '{{count}} Anfragen zur Gründung eines Ensembles',
    requestsWaiting_one: 'davon {{count}} wartend',
    requestsWaiting_other: 'davon {{count}} wartend',
    requestsDescription_one:
      'Gestrichelter orangefarbener Kreis: {{count}} Anfrage zur Gründung eines Ensembles (für Koordinierende sichtbar, ohne Namen).',
    requestsDescription_other:
      'Gestrichelte orangefarbene Kreise: {{count}} Anfragen zur Gründung eines Ensembles (für Koordinierende sichtbar, ohne Namen).',
  },
  table: {
    title: 'Rangliste',
    caption: 'Gemeinden nach absteigendem Zugangswert',
    rank: 'Rang',
    commune: 'Gemeinde',
    score: 'Wert',
    reasons: 'Gründe',
    population: '{{population}} Einw.',
    approximate: 'ungefähre Lage',
    priority: 'Fördergebiet',
    outOf: '{{points}} von {{possible}} Pkt.',
    tied: 'gleichauf',
    showMore_one: '{{count}} weitere Gemeinde anzeigen',
    showMore_other: '{{count}} weitere Gemeinden anzeigen',
    shown_one: '{{count}} von {{total}} Gemeinden angezeigt',
    shown_other: '{{count}} von {{total}} Gemeinden angezeigt',
    empty: 'Keine Gemeinde in diesem Gebiet.',
  },
  reference: {
    title: 'Amtliche Dateien',
    open: 'Amtliche Dateien',
    intro:
      'Die öffentlichen Dateien, die den Zugangsindex ergänzen. Sie dienen allen Organisationen dieser Tutti-Instanz.',
    back: 'Zurück zu den Gebieten',
    kinds: {
      'cultural-facilities': 'Kultureinrichtungen (Basilic, Kulturministerium)',
      'density-grid': 'Gemeindliches Dichteraster (INSEE)',
      'priority-areas': 'Fördergebiete der Stadtpolitik (ANCT)',
      'commune-centres': 'Gemeindezentren (communes-france, data.gouv.fr)',
    },
    kindHints: {
      'cultural-facilities':
        'base-des-lieux-et-des-equipements-culturels.csv (data.culture.gouv.fr): die Entfernung zu Live-Musik.',
      'density-grid':
        'grille_densite_7_niveaux_<Jahr>.csv (insee.fr), als CSV gespeichert: die Ländlichkeit.',
      'priority-areas': 'liste-quartiers-prioritaires-<Jahr>.csv (data.gouv.fr): der Vorrang.',
      'commune-centres':
        'communes-france-<Jahr>.csv (data.gouv.fr): amtliche Lage und Dichte der Gemeinden.',
    },
    upload: {
      title: 'Datei hochladen',
      kind: 'Art der Datei',
      choose: 'Auswählen…',
      file: 'CSV-Datei',
      fileHint: 'Eine Datei nach der anderen, wie veröffentlicht (höchstens 100 MB).',
      fileRequired: 'Wählen Sie eine Datei.',
      year: 'Jahr der Daten',
      yearInvalid: 'Ein Jahr zwischen 1990 und 2100.',
      yearHint: 'Aus dem Dateinamen erraten; ändern Sie es bei Bedarf.',
      preview: 'Vorschau',
      sendingLabel: 'Datei wird gesendet',
      sending: 'Datei wird gesendet: {{percent}}',
      reading: 'Der Server liest die Datei…',
    },
    preview: {
      title: 'Vorschau von {{file}}',
      source: '{{name}} ({{publisher}}, {{licence}}), Daten {{year}}',
      linesRead: 'Zeilen gelesen',
      recognised: 'erkannt',
      refused: 'abgelehnt',
      warnings: 'mit Hinweis',
      toApply: 'zu importieren',
      unknownCommunes: 'unbekannte Gemeindeschlüssel (übersprungen)',
      unplaced: 'ohne Lage (ausgelassen)',
      issues: 'Abgelehnte Zeilen und Hinweise',
      issuesShown_one: 'Die erste ist aufgeführt.',
      issuesShown_other: 'Die ersten {{count}} sind aufgeführt.',
      line: 'Zeile',
      column: 'Spalte',
      value: 'Wert',
      reason: 'Grund',
      wholeFile: 'Datei',
      error: 'abgelehnt',
      warning: 'Hinweis',
      firstLines: 'Erste Zeilen der Datei',
      notImportable:
        'Nichts kann importiert werden: die ganze Datei oder nichts. Korrigieren Sie die abgelehnten Zeilen oder wählen Sie die richtige Dateiart und laden Sie sie erneut hoch.',
      import: 'Importieren',
      discard: 'Verwerfen',
    },
    progress: {
      title: 'Import',
      queued: 'Wartet auf den Start…',
      reading: 'Datei wird gelesen…',
      writing: 'Schreiben: {{done}} von {{total}} Zeilen',
      finishing: 'Die neuen Daten werden in Betrieb genommen…',
      imported:
        '{{file}} ist importiert: der Zugangsindex aller Organisationen berücksichtigt sie.',
      failed: 'Der Import ist fehlgeschlagen, die Daten sind unverändert: {{error}}',
      discarded: 'Datei verworfen.',
      toTerritories: 'Zu den Gebieten',
    },
    history: {
      title: 'Importierte Dateien',
      empty: 'Noch keine amtliche Datei importiert.',
      caption: 'Importierte amtliche Dateien, neueste zuerst',
      kind: 'Art',
      year: 'Jahr',
      file: 'Datei',
      date: 'Importiert am',
      counts: 'Zeilen',
      countsValue: '{{read}} gelesen, {{applied}} übernommen, {{unknown}} übersprungen',
      current: 'in Betrieb',
    },
  },
  picker: {
    label: 'Gemeinde',
    hint: 'Geben Sie einen Namen oder eine Postleitzahl ein und wählen Sie aus der Liste.',
    suggestions_one: '{{count}} Gemeinde vorgeschlagen',
    suggestions_other: '{{count}} Gemeinden vorgeschlagen',
    none: 'Keine Gemeinde passt.',
    chosen: 'Gewählte Gemeinde: {{name}} ({{code}})',
    change: 'Ändern',
    approximate: 'ungefähre Lage',
    approximateHint:
      'Die Lage dieser Gemeinde ist ungefähr (Mittel der Nachbargemeinden): Entfernungen sind Schätzungen.',
  },
  geo,
};
