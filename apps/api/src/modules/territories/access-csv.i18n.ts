// Column titles and notes of the access CSV export, in the three languages of Tutti.
import type { AccessDimension, CoordinatesSource, Locale } from '@tutti/contracts';

export type CsvTexts = {
  columns: string[];
  yes: string;
  no: string;
  unknown: string;
  /** Components as the "missing data" column and notes name them. */
  dimensions: Record<AccessDimension, string>;
  /** Notes on what the scores rest on: missing components, distance from own places, ties. */
  missing: (names: string) => string;
  ownPlacesOnly: (places: number) => string;
  allEqual: string;
  facility: string;
  venue: string;
  coordinatesSource: Record<CoordinatesSource, string>;
  notes: (p: { area: string; from: string; to: string; sources: string }) => string[];
};

const scoreFormula = {
  fr: 'Score d’accès (0 à 100, plus il est élevé, plus la commune est loin de la musique vivante et prioritaire) = 45 × min(1 ; distance à vol d’oiseau au lieu de musique vivante le plus proche / 30 km) + 25 × (1 − min(1 ; activités Tutti pour 1 000 habitants / 10)) + 15 × (niveau de densité − 1) / 6 + 15 × (1 si la commune a un quartier prioritaire). Une composante dont la donnée manque n’est pas devinée : elle est laissée de côté et le score est la part des points possibles obtenus × 100.',
  en: 'Access score (0 to 100, higher = further from live music and higher priority) = 45 × min(1; great-circle distance to the nearest live-music place / 30 km) + 25 × (1 − min(1; Tutti activities per 1,000 inhabitants / 10)) + 15 × (density level − 1) / 6 + 15 × (1 when the municipality has a priority neighbourhood). A component whose data is missing is not guessed: it is left out, and the score is the share of the possible points obtained × 100.',
  de: 'Zugangswert (0 bis 100, je höher, desto weiter von Live-Musik entfernt und vorrangiger) = 45 × min(1; Luftlinie zum nächsten Ort mit Live-Musik / 30 km) + 25 × (1 − min(1; Tutti-Aktivitäten je 1.000 Einwohner / 10)) + 15 × (Dichtestufe − 1) / 6 + 15 × (1 wenn die Gemeinde ein Fördergebiet hat). Ein Bestandteil ohne Daten wird nicht geschätzt: er bleibt außen vor, und der Wert ist der Anteil der erreichten möglichen Punkte × 100.',
};

export const csvTexts: Record<Locale, CsvTexts> = {
  fr: {
    columns: [
      'Rang',
      'Code commune',
      'Commune',
      'Département',
      'Population',
      'Score d’accès (0-100)',
      'Points distance (sur 45)',
      'Points activités (sur 25)',
      'Points ruralité (sur 15)',
      'Points priorité (sur 15)',
      'Points possibles (sur 100)',
      'Données manquantes',
      'Distance à la musique vivante (km, vol d’oiseau)',
      'Temps estimé en voiture (min)',
      'Lieu de musique vivante le plus proche',
      'Activités Tutti (12 mois)',
      'Activités pour 1 000 habitants',
      'Niveau de densité (1-7)',
      'Quartier prioritaire',
      'Position approchée',
      'Source de la position',
      'Raisons',
    ],
    yes: 'oui',
    no: 'non',
    unknown: 'inconnu',
    dimensions: {
      distance: 'distance à la musique vivante',
      activities: 'activités',
      rurality: 'densité',
      priority: 'quartiers prioritaires',
    },
    missing: (names) =>
      `Données manquantes : ${names}. Ces composantes ne comptent dans aucun score (colonnes vides) ; un·e administrateur·rice peut importer les fichiers officiels depuis la page Territoires.`,
    ownPlacesOnly: (places) =>
      `Distance : aucune base des équipements culturels importée ; la musique vivante connue se limite aux ${places} lieux de la structure. Une commune loin d’eux peut avoir une salle tout près.`,
    allEqual:
      'Toutes les communes ont le même score avec les données connues : le rang ne les départage pas.',
    facility: 'équipement culturel',
    venue: 'lieu de la structure',
    coordinatesSource: {
      official: 'contour officiel (IGN Admin Express 2018)',
      imported: 'fichier officiel importé',
      geonames: 'GeoNames',
      approximate: 'approchée (communes voisines)',
    },
    notes: ({ area, from, to, sources }) => [
      `Zone : ${area} ; période : du ${from} au ${to}.`,
      scoreFormula.fr,
      'Musique vivante : équipements culturels importés (conservatoires, écoles de musique, opéras, salles de concert, scènes) et tous les lieux de la structure, y compris ceux de ses séances de la période ou prévues. Activités : séances non annulées de la période, comptées dans la commune de leur lieu.',
      'Position des communes françaises : le point de leur contour officiel (IGN Admin Express COG 2018) le plus éloigné de ses limites ; pour une commune fusionnée depuis, dans le territoire de l’ancienne commune chef-lieu.',
      'Position approchée : moyenne des communes voisines localisées (erreur médiane ≈ 4 km) ; la distance est alors une estimation.',
      `Sources : ${sources}.`,
    ],
  },
  en: {
    columns: [
      'Rank',
      'Municipality code',
      'Municipality',
      'Department',
      'Population',
      'Access score (0-100)',
      'Distance points (of 45)',
      'Activity points (of 25)',
      'Rurality points (of 15)',
      'Priority points (of 15)',
      'Possible points (of 100)',
      'Missing data',
      'Distance to live music (km, great circle)',
      'Estimated car time (min)',
      'Nearest live-music place',
      'Tutti activities (12 months)',
      'Activities per 1,000 inhabitants',
      'Density level (1-7)',
      'Priority neighbourhood',
      'Approximate position',
      'Position source',
      'Reasons',
    ],
    yes: 'yes',
    no: 'no',
    unknown: 'unknown',
    dimensions: {
      distance: 'distance to live music',
      activities: 'activities',
      rurality: 'density',
      priority: 'priority neighbourhoods',
    },
    missing: (names) =>
      `Missing data: ${names}. These components count in no score (empty columns); an administrator can import the official files from the Territories page.`,
    ownPlacesOnly: (places) =>
      `Distance: no cultural facilities file imported; the live music known is limited to the organisation’s ${places} venues. A municipality far from them may have a hall next door.`,
    allEqual:
      'Every municipality has the same score with the data known: the rank does not tell them apart.',
    facility: 'cultural facility',
    venue: 'organisation venue',
    coordinatesSource: {
      official: 'official boundary (IGN Admin Express 2018)',
      imported: 'imported official file',
      geonames: 'GeoNames',
      approximate: 'approximate (neighbouring municipalities)',
    },
    notes: ({ area, from, to, sources }) => [
      `Area: ${area}; period: ${from} to ${to}.`,
      scoreFormula.en,
      'Live music: imported cultural facilities (conservatories, music schools, opera houses, concert halls, stages) and every venue of the organisation, including those of its sessions of the period or planned. Activities: sessions of the period not cancelled, counted in their venue’s municipality.',
      'Position of French municipalities: the point of their official boundary (IGN Admin Express COG 2018) farthest from its edges; for a municipality merged since, within the former municipality holding its seat.',
      'Approximate position: mean of located neighbouring municipalities (median error ≈ 4 km); the distance is then an estimate.',
      `Sources: ${sources}.`,
    ],
  },
  de: {
    columns: [
      'Rang',
      'Gemeindeschlüssel',
      'Gemeinde',
      'Département',
      'Einwohner',
      'Zugangswert (0-100)',
      'Punkte Entfernung (von 45)',
      'Punkte Aktivitäten (von 25)',
      'Punkte Ländlichkeit (von 15)',
      'Punkte Vorrang (von 15)',
      'Mögliche Punkte (von 100)',
      'Fehlende Daten',
      'Entfernung zu Live-Musik (km, Luftlinie)',
      'Geschätzte Fahrzeit mit dem Auto (min)',
      'Nächster Ort mit Live-Musik',
      'Tutti-Aktivitäten (12 Monate)',
      'Aktivitäten je 1.000 Einwohner',
      'Dichtestufe (1-7)',
      'Fördergebiet',
      'Ungefähre Lage',
      'Quelle der Lage',
      'Gründe',
    ],
    yes: 'ja',
    no: 'nein',
    unknown: 'unbekannt',
    dimensions: {
      distance: 'Entfernung zu Live-Musik',
      activities: 'Aktivitäten',
      rurality: 'Dichte',
      priority: 'Fördergebiete',
    },
    missing: (names) =>
      `Fehlende Daten: ${names}. Diese Bestandteile zählen in keinem Wert (leere Spalten); eine Administratorin oder ein Administrator kann die amtlichen Dateien auf der Seite Gebiete importieren.`,
    ownPlacesOnly: (places) =>
      `Entfernung: keine Datei der Kultureinrichtungen importiert; bekannte Live-Musik beschränkt sich auf die ${places} Veranstaltungsorte der Organisation. Eine Gemeinde weit davon kann einen Saal in der Nähe haben.`,
    allEqual:
      'Alle Gemeinden haben mit den bekannten Daten denselben Wert: der Rang unterscheidet sie nicht.',
    facility: 'Kultureinrichtung',
    venue: 'Veranstaltungsort der Organisation',
    coordinatesSource: {
      official: 'amtliche Grenze (IGN Admin Express 2018)',
      imported: 'importierte amtliche Datei',
      geonames: 'GeoNames',
      approximate: 'ungefähr (Nachbargemeinden)',
    },
    notes: ({ area, from, to, sources }) => [
      `Gebiet: ${area}; Zeitraum: ${from} bis ${to}.`,
      scoreFormula.de,
      'Live-Musik: importierte Kultureinrichtungen (Konservatorien, Musikschulen, Opernhäuser, Konzertsäle, Bühnen) und alle Veranstaltungsorte der Organisation, auch die ihrer Termine des Zeitraums oder geplanten. Aktivitäten: nicht abgesagte Termine des Zeitraums, gezählt in der Gemeinde ihres Veranstaltungsorts.',
      'Lage französischer Gemeinden: der Punkt ihrer amtlichen Grenze (IGN Admin Express COG 2018), der am weitesten von ihren Rändern entfernt ist; bei einer seither fusionierten Gemeinde im Gebiet der früheren Gemeinde mit dem Verwaltungssitz.',
      'Ungefähre Lage: Mittel der verorteten Nachbargemeinden (Median-Fehler ≈ 4 km); die Entfernung ist dann eine Schätzung.',
      `Quellen: ${sources}.`,
    ],
  },
};
