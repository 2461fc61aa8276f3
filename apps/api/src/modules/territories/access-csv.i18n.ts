// Column titles and notes of the access CSV export, in the three languages of Tutti.
import type { CoordinatesSource, Locale } from '@tutti/contracts';

export type CsvTexts = {
  columns: string[];
  yes: string;
  no: string;
  facility: string;
  venue: string;
  coordinatesSource: Record<CoordinatesSource, string>;
  notes: (p: { area: string; from: string; to: string; sources: string }) => string[];
};

const scoreFormula = {
  fr: 'Score d’accès (0 à 100, plus il est élevé, plus la commune est loin de la musique vivante et prioritaire) = 45 × min(1 ; distance à vol d’oiseau au lieu de musique vivante le plus proche / 30 km) + 25 × (1 − min(1 ; activités Tutti pour 1 000 habitants / 10)) + 15 × (niveau de densité − 1) / 6 (0,5 si inconnu) + 15 × (1 si la commune a un quartier prioritaire).',
  en: 'Access score (0 to 100, higher = further from live music and higher priority) = 45 × min(1; great-circle distance to the nearest live-music place / 30 km) + 25 × (1 − min(1; Tutti activities per 1,000 inhabitants / 10)) + 15 × (density level − 1) / 6 (0.5 when unknown) + 15 × (1 when the municipality has a priority neighbourhood).',
  de: 'Zugangswert (0 bis 100, je höher, desto weiter von Live-Musik entfernt und vorrangiger) = 45 × min(1; Luftlinie zum nächsten Ort mit Live-Musik / 30 km) + 25 × (1 − min(1; Tutti-Aktivitäten je 1.000 Einwohner / 10)) + 15 × (Dichtestufe − 1) / 6 (0,5 wenn unbekannt) + 15 × (1 wenn die Gemeinde ein Fördergebiet hat).',
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
      'Musique vivante : équipements culturels importés (conservatoires, écoles de musique, opéras, salles de concert, scènes) et lieux de la structure ayant accueilli un concert sur la période. Activités : séances non annulées de la période, comptées dans la commune de leur lieu.',
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
      'Live music: imported cultural facilities (conservatories, music schools, opera houses, concert halls, stages) and the organisation’s venues that held a concert in the period. Activities: sessions of the period not cancelled, counted in their venue’s municipality.',
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
      'Live-Musik: importierte Kultureinrichtungen (Konservatorien, Musikschulen, Opernhäuser, Konzertsäle, Bühnen) und Veranstaltungsorte der Organisation mit einem Konzert im Zeitraum. Aktivitäten: nicht abgesagte Termine des Zeitraums, gezählt in der Gemeinde ihres Veranstaltungsorts.',
      'Lage französischer Gemeinden: der Punkt ihrer amtlichen Grenze (IGN Admin Express COG 2018), der am weitesten von ihren Rändern entfernt ist; bei einer seither fusionierten Gemeinde im Gebiet der früheren Gemeinde mit dem Verwaltungssitz.',
      'Ungefähre Lage: Mittel der verorteten Nachbargemeinden (Median-Fehler ≈ 4 km); die Entfernung ist dann eine Schätzung.',
      `Quellen: ${sources}.`,
    ],
  },
};
