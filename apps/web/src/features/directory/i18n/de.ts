// German strings of the directory of amateur practice.
import type { SameKeys } from '@/lib/i18n/translations';
import type { fr } from './fr';

export const de: SameKeys<typeof fr> = {
  nav: 'Verzeichnis',
  title: 'Verzeichnis der Amateurmusik',
  intro:
    'Chöre, Bands, Blasorchester, Orchester und Musikschulen, denen Teilnehmende nach einem Projekt beitreten können. Jeder Eintrag wird alle sechs Monate vom Ensemble bestätigt und verschwindet nach zwölf Monaten ohne Bestätigung von den öffentlichen Seiten.',
  searchLabel: 'Name oder Gemeinde',
  kindFilter: 'Art',
  view: {
    label: 'Anzeigen',
    all: 'Alle Einträge',
    pending: 'Zu prüfende Vorschläge',
    due: 'Neu zu bestätigen (über 6 Monate)',
    hidden: 'Ausgeblendet (über 12 Monate)',
  },
  count_one: '{{count}} Eintrag',
  count_other: '{{count}} Einträge',
  empty: 'Hier gibt es keinen Eintrag.',
  list: 'Einträge des Verzeichnisses',
  pending: 'Zu prüfender Vorschlag',
  confirmation: { current: 'Aktuell', due: 'Neu zu bestätigen', hidden: 'Ausgeblendet' },
  source: { organisation: 'Vom Team angelegt', import: 'Importiert', proposal: 'Vorgeschlagen' },
  confirmedOn: 'bestätigt am {{date}}',
  approve: '„{{name}}“ veröffentlichen',
  confirm: '„{{name}}“ bestätigen (nach einem Anruf)',
  support: {
    title: 'Anfragen zur Gründung eines Ensembles',
    empty: 'Noch keine Anfrage.',
  },
  forGroup: {
    link: 'Für eine Gruppe',
    title: 'Wohin nach dem Projekt?',
    intro:
      'Die Ensembles in Reichweite der Gemeinde der Gruppe, die ihr Alter aufnehmen, das passendste zuerst.',
    group: 'Gruppe',
    choose: 'Gruppe wählen',
    radius: 'Umkreis von {{km}} km um {{commune}} ({{area}} Gemeinde).',
    area: { dense: 'dicht besiedelte', intermediate: 'mitteldicht besiedelte', rural: 'ländliche' },
    estimatedDensity: 'Dichte aus der Einwohnerzahl geschätzt (INSEE-Raster nicht importiert).',
    estimate: 'Fahrzeiten sind Schätzungen (Luftlinie × 1,3 bei 60 km/h).',
    routed: 'Fahrzeiten von OSRM.',
    km: '{{km}} km',
    minutes_one: 'etwa {{count}} Min.',
    minutes_other: 'etwa {{count}} Min.',
    nothing: 'Nichts im Umkreis von {{km}} km um {{commune}} für diese Gruppe.',
    nearest: 'Am nächsten: {{name}} ({{commune}}, {{km}} km).',
    startTitle: 'Hier einen Chor gründen',
    startIntro:
      'Die bekannten Räume des Vereins in Reichweite, für die ersten Proben; das öffentliche Paket „Hier einen Chor gründen“ nennt die Schritte.',
    noVenue: 'Kein bekannter Raum in Reichweite: das Rathaus ist der erste Kontakt.',
  },
};
