// Texts of a concert step on the space's pages (its live stream, its programme) and of the
// programme's PDF, in each language.
import type { PublicLanguage } from '../../../platform/public-pages';

type ConcertTexts = {
  liveTitle: string;
  liveLead: (title: string, until: string) => string;
  watchLive: string;
  liveElsewhere: string;
  streamLater: (date: string, time: string) => string;
  programmeLink: string;
  programmeLinkNote: string;
  /** The PDF's title, its pieces' heading and table, its facts. */
  programmeTitle: string;
  pieces: string;
  columns: [string, string, string];
  noPieces: string;
  date: string;
  venue: string;
  journey: string;
  group: string;
  timeRange: (from: string, to: string) => string;
  page: (page: number, pages: number) => string;
  fileName: string;
};

export const concertTexts: Record<PublicLanguage, ConcertTexts> = {
  fr: {
    liveTitle: 'Le concert en direct',
    liveLead: (title, until) => `${title} : retransmis en direct maintenant, jusqu’à ${until}.`,
    watchLive: 'Regarder le direct',
    liveElsewhere: 'Le direct s’ouvre sur le site de diffusion choisi par l’équipe.',
    streamLater: (date, time) =>
      `Retransmis en direct : le lien s’affichera ici le ${date} à partir de ${time}.`,
    programmeLink: 'Le programme du concert',
    programmeLinkNote: 'PDF',
    programmeTitle: 'Programme du concert',
    pieces: 'Les œuvres',
    columns: ['N°', 'Œuvre', 'Auteurs, compositeurs'],
    noPieces: 'Le programme n’est pas encore publié.',
    date: 'Date',
    venue: 'Lieu',
    journey: 'Parcours',
    group: 'Groupe',
    timeRange: (from, to) => `de ${from} à ${to}`,
    page: (page, pages) => `Page ${page} sur ${pages}`,
    fileName: 'programme',
  },
  en: {
    liveTitle: 'The concert, live',
    liveLead: (title, until) => `${title}: streamed live now, until ${until}.`,
    watchLive: 'Watch live',
    liveElsewhere: 'The stream opens on the streaming site the team chose.',
    streamLater: (date, time) => `Streamed live: the link will show here on ${date} from ${time}.`,
    programmeLink: 'The concert’s programme',
    programmeLinkNote: 'PDF',
    programmeTitle: 'Concert programme',
    pieces: 'The pieces',
    columns: ['No.', 'Piece', 'Authors, composers'],
    noPieces: 'The programme is not published yet.',
    date: 'Date',
    venue: 'Venue',
    journey: 'Journey',
    group: 'Group',
    timeRange: (from, to) => `from ${from} to ${to}`,
    page: (page, pages) => `Page ${page} of ${pages}`,
    fileName: 'programme',
  },
  de: {
    liveTitle: 'Das Konzert live',
    liveLead: (title, until) => `${title}: jetzt live übertragen, bis ${until} Uhr.`,
    watchLive: 'Live ansehen',
    liveElsewhere: 'Der Livestream öffnet sich auf der Seite, die das Team gewählt hat.',
    streamLater: (date, time) =>
      `Live übertragen: Der Link erscheint hier am ${date} ab ${time} Uhr.`,
    programmeLink: 'Das Konzertprogramm',
    programmeLinkNote: 'PDF',
    programmeTitle: 'Konzertprogramm',
    pieces: 'Die Werke',
    columns: ['Nr.', 'Werk', 'Autoren, Komponisten'],
    noPieces: 'Das Programm ist noch nicht veröffentlicht.',
    date: 'Datum',
    venue: 'Ort',
    journey: 'Musikalischer Weg',
    group: 'Gruppe',
    timeRange: (from, to) => `von ${from} bis ${to} Uhr`,
    page: (page, pages) => `Seite ${page} von ${pages}`,
    fileName: 'programm',
  },
};
