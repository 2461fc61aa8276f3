// Texts of a space's offline pack (its "Hors ligne" page, the script's messages, the note on the
// pages kept on the phone), in each language. `{size}`, `{date}`, `{done}` and `{total}` are
// filled in by the page's script.
import type { PublicLanguage } from '../../../platform/public-pages';
import type { PackPart } from '../offline-pack';

type OfflineTexts = {
  tab: string;
  title: string;
  lead: string;
  choose: string;
  part: Record<PackPart, (count: number, size: string) => string>;
  total: (size: string) => string;
  unsupported: string;
  save: string;
  update: string;
  saving: string;
  saved: string;
  failed: string;
  full: string;
  removed: string;
  remove: string;
  keptNote: (date: string) => string;
};

const fr: OfflineTexts = {
  tab: 'Hors ligne',
  title: 'Emporter l’espace sur ce téléphone',
  lead: 'Pour écouter et lire sans réseau, par exemple après être passé par le Wi-Fi de la salle. Rien n’est téléchargé avant que vous appuyiez sur le bouton ; la taille est indiquée avant.',
  choose: 'Ce qui sera enregistré',
  part: {
    pages: (count, size) =>
      `Les pages, les paroles et les fiches (${count} pages, environ ${size})`,
    playlist: (count, size) =>
      count === 1
        ? `La playlist : 1 morceau (${size})`
        : `La playlist : ${count} morceaux (${size})`,
    documents: (count, size) =>
      count === 1
        ? `Les partitions et documents : 1 fichier (${size})`
        : `Les partitions et documents : ${count} fichiers (${size})`,
    videos: (count, size) =>
      count === 1 ? `Les vidéos : 1 vidéo (${size})` : `Les vidéos : ${count} vidéos (${size})`,
  },
  total: (size) => `Taille choisie : ${size}`,
  unsupported:
    'Ce navigateur ne permet pas d’enregistrer l’espace. Avec un navigateur récent (Chrome, Firefox, Safari), le bouton apparaît ici.',
  save: 'Enregistrer sur ce téléphone ({size})',
  update: 'Mettre à jour ({size})',
  saving: 'Enregistrement : {done} sur {total}…',
  saved: 'Disponible hors ligne : enregistré le {date} ({size}).',
  failed: 'L’enregistrement n’a pas abouti. Réessayez avec du réseau.',
  full: 'Il n’y a pas assez de place sur ce téléphone : décochez les vidéos ou libérez de la place.',
  removed: 'L’espace a été retiré de ce téléphone.',
  remove: 'Retirer de ce téléphone',
  keptNote: (date) => `Disponible hors ligne : version enregistrée sur ce téléphone le ${date}.`,
};

const en: OfflineTexts = {
  tab: 'Offline',
  title: 'Keep the space on this phone',
  lead: 'To listen and read without a network, for instance after passing by the hall’s Wi-Fi. Nothing is downloaded before you press the button; the size is shown first.',
  choose: 'What will be saved',
  part: {
    pages: (count, size) => `The pages, lyrics and sheets (${count} pages, about ${size})`,
    playlist: (count, size) =>
      count === 1 ? `The playlist: 1 track (${size})` : `The playlist: ${count} tracks (${size})`,
    documents: (count, size) =>
      count === 1
        ? `Scores and documents: 1 file (${size})`
        : `Scores and documents: ${count} files (${size})`,
    videos: (count, size) =>
      count === 1 ? `Videos: 1 video (${size})` : `Videos: ${count} videos (${size})`,
  },
  total: (size) => `Size chosen: ${size}`,
  unsupported:
    'This browser cannot keep the space. With a recent browser (Chrome, Firefox, Safari), the button appears here.',
  save: 'Save on this phone ({size})',
  update: 'Update ({size})',
  saving: 'Saving: {done} of {total}…',
  saved: 'Available offline: saved on {date} ({size}).',
  failed: 'Saving did not finish. Try again with a network.',
  full: 'There is not enough room on this phone: untick the videos or free some space.',
  removed: 'The space was removed from this phone.',
  remove: 'Remove from this phone',
  keptNote: (date) => `Available offline: the copy saved on this phone on ${date}.`,
};

const de: OfflineTexts = {
  tab: 'Offline',
  title: 'Den Bereich auf diesem Telefon speichern',
  lead: 'Zum Hören und Lesen ohne Netz, etwa nachdem Sie im WLAN des Saals waren. Nichts wird heruntergeladen, bevor Sie die Schaltfläche drücken; die Größe steht vorher da.',
  choose: 'Was gespeichert wird',
  part: {
    pages: (count, size) => `Die Seiten, Liedtexte und Blätter (${count} Seiten, etwa ${size})`,
    playlist: (count, size) =>
      count === 1 ? `Die Playlist: 1 Stück (${size})` : `Die Playlist: ${count} Stücke (${size})`,
    documents: (count, size) =>
      count === 1
        ? `Noten und Dokumente: 1 Datei (${size})`
        : `Noten und Dokumente: ${count} Dateien (${size})`,
    videos: (count, size) =>
      count === 1 ? `Videos: 1 Video (${size})` : `Videos: ${count} Videos (${size})`,
  },
  total: (size) => `Gewählte Größe: ${size}`,
  unsupported:
    'Dieser Browser kann den Bereich nicht speichern. Mit einem aktuellen Browser (Chrome, Firefox, Safari) erscheint hier die Schaltfläche.',
  save: 'Auf diesem Telefon speichern ({size})',
  update: 'Aktualisieren ({size})',
  saving: 'Speichern: {done} von {total}…',
  saved: 'Offline verfügbar: gespeichert am {date} ({size}).',
  failed: 'Das Speichern wurde nicht beendet. Versuchen Sie es mit Netz erneut.',
  full: 'Auf diesem Telefon ist nicht genug Platz: Wählen Sie die Videos ab oder schaffen Sie Platz.',
  removed: 'Der Bereich wurde von diesem Telefon entfernt.',
  remove: 'Von diesem Telefon entfernen',
  keptNote: (date) => `Offline verfügbar: die am ${date} auf diesem Telefon gespeicherte Fassung.`,
};

export const offlineTexts: Record<PublicLanguage, OfflineTexts> = { fr, en, de };
