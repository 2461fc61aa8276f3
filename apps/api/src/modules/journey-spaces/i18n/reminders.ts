// Texts of the space's reminder e-mails and of the pages that ask for them, confirm and stop
// them, in each language. E-mails are plain text, in the language of the page they were asked on.
import type { PublicLanguage } from '../../../platform/public-pages';

/** What one reminder tells: the session, where, and the links. */
export type ReminderFacts = {
  journey: string;
  group: string;
  organisation: string;
  /** "mercredi 9 décembre, de 10:00 à 11:00" */
  when: string;
  step: string;
  /** The venue's name and commune; null for an online session. */
  place: string | null;
  room: string | null;
  spaceUrl: string;
  stopUrl: string;
};

type ReminderTexts = {
  formTitle: string;
  formLead: string;
  emailLabel: string;
  formButton: string;
  sentTitle: string;
  sentText: string;
  badEmailTitle: string;
  badEmailText: string;
  tooManyTitle: string;
  tooManyText: string;
  crossSiteTitle: string;
  crossSiteText: string;
  goneTitle: string;
  goneText: string;
  manageTitle: string;
  pendingText: (journey: string, email: string) => string;
  activeText: (journey: string, email: string) => string;
  confirm: string;
  stop: string;
  badActionText: string;
  confirmedTitle: string;
  confirmedText: string;
  stoppedTitle: string;
  stoppedText: string;
  back: string;
  confirmSubject: (journey: string) => string;
  confirmBody: (o: {
    journey: string;
    group: string;
    organisation: string;
    link: string;
  }) => string;
  reminderSubject: (o: { step: string; when: string }) => string;
  reminderBody: (facts: ReminderFacts) => string;
  timeRange: (from: string, to: string) => string;
};

const fr: ReminderTexts = {
  formTitle: 'Un rappel avant chaque séance',
  formLead:
    'Recevez un e-mail la veille de chaque séance (et le lien de la salle pour une séance en ligne). Vous pourrez l’arrêter à tout moment depuis chaque e-mail.',
  emailLabel: 'Adresse e-mail',
  formButton: 'Recevoir les rappels',
  sentTitle: 'Vérifiez votre messagerie',
  sentText:
    'Un e-mail vient d’être envoyé à cette adresse : ouvrez son lien pour confirmer. Rien ne sera envoyé d’autre sans cette confirmation.',
  badEmailTitle: 'Adresse à vérifier',
  badEmailText: 'Indiquez une adresse e-mail valide.',
  tooManyTitle: 'Trop de demandes',
  tooManyText: 'Trop de demandes ont été faites. Réessayez dans une heure.',
  crossSiteTitle: 'Demande refusée',
  crossSiteText:
    'Ce formulaire a été envoyé depuis un autre site. Rouvrez l’espace et recommencez.',
  goneTitle: 'Ce lien n’est plus valable',
  goneText: 'Les rappels ont déjà été arrêtés, ou le parcours est terminé.',
  manageTitle: 'Rappels des séances',
  pendingText: (journey, email) =>
    `Confirmez-vous vouloir recevoir à ${email} un rappel avant chaque séance du parcours « ${journey} » ?`,
  activeText: (journey, email) =>
    `${email} reçoit un rappel avant chaque séance du parcours « ${journey} ».`,
  confirm: 'Oui, recevoir les rappels',
  badActionText: 'Choisissez de confirmer ou d’arrêter les rappels.',
  stop: 'Ne plus recevoir ces rappels',
  confirmedTitle: 'C’est noté',
  confirmedText: 'Vous recevrez un e-mail la veille de chaque séance.',
  stoppedTitle: 'Rappels arrêtés',
  stoppedText: 'Vous ne recevrez plus de rappel, et votre adresse a été effacée.',
  back: 'Retour à l’espace',
  confirmSubject: (journey) => `Confirmez les rappels du parcours « ${journey} »`,
  confirmBody: (o) =>
    `Bonjour,\n\nQuelqu’un (vous, sans doute) a demandé à recevoir à cette adresse un rappel avant chaque séance du parcours « ${o.journey} » (${o.group}), organisé par ${o.organisation}.\n\nPour confirmer, ouvrez ce lien :\n${o.link}\n\nSi ce n’est pas vous, ignorez cet e-mail : rien ne sera envoyé, et l’adresse sera effacée dans 30 jours.\n`,
  reminderSubject: (o) => `Rappel : ${o.step}, ${o.when}`,
  reminderBody: (f) =>
    `Bonjour,\n\nLa prochaine séance du parcours « ${f.journey} » (${f.group}) :\n\n${f.step}\n${f.when}\n${f.place ? `Lieu : ${f.place}\n` : ''}${f.room ? `En ligne : ${f.room}\nAvant de commencer, réglez le son pour la musique (voir « Mode musique » dans l’espace).\n` : ''}\nL’espace du parcours : ${f.spaceUrl}\n\n${f.organisation}\n\nPour ne plus recevoir ces rappels : ${f.stopUrl}\n`,
  timeRange: (from, to) => `de ${from} à ${to}`,
};

const en: ReminderTexts = {
  formTitle: 'A reminder before each session',
  formLead:
    'Get an e-mail the day before each session (with the room link for an online one). You can stop it at any time from each e-mail.',
  emailLabel: 'E-mail address',
  formButton: 'Get the reminders',
  sentTitle: 'Check your inbox',
  sentText:
    'An e-mail was just sent to this address: open its link to confirm. Nothing else is sent without this confirmation.',
  badEmailTitle: 'Check the address',
  badEmailText: 'Enter a valid e-mail address.',
  tooManyTitle: 'Too many requests',
  tooManyText: 'Too many requests were made. Try again in an hour.',
  crossSiteTitle: 'Request refused',
  crossSiteText: 'This form was sent from another site. Open the space again and start over.',
  goneTitle: 'This link no longer works',
  goneText: 'The reminders were already stopped, or the journey is over.',
  manageTitle: 'Session reminders',
  pendingText: (journey, email) =>
    `Do you confirm you want a reminder at ${email} before each session of the journey “${journey}”?`,
  activeText: (journey, email) =>
    `${email} gets a reminder before each session of the journey “${journey}”.`,
  confirm: 'Yes, send the reminders',
  badActionText: 'Choose to confirm or to stop the reminders.',
  stop: 'Stop these reminders',
  confirmedTitle: 'Done',
  confirmedText: 'You will get an e-mail the day before each session.',
  stoppedTitle: 'Reminders stopped',
  stoppedText: 'You will get no more reminders, and your address was deleted.',
  back: 'Back to the space',
  confirmSubject: (journey) => `Confirm the reminders of the journey “${journey}”`,
  confirmBody: (o) =>
    `Hello,\n\nSomeone (you, probably) asked for a reminder at this address before each session of the journey “${o.journey}” (${o.group}), run by ${o.organisation}.\n\nTo confirm, open this link:\n${o.link}\n\nIf it was not you, ignore this e-mail: nothing will be sent, and the address will be deleted within 30 days.\n`,
  reminderSubject: (o) => `Reminder: ${o.step}, ${o.when}`,
  reminderBody: (f) =>
    `Hello,\n\nThe next session of the journey “${f.journey}” (${f.group}):\n\n${f.step}\n${f.when}\n${f.place ? `Place: ${f.place}\n` : ''}${f.room ? `Online: ${f.room}\nBefore you start, set the sound up for music (see “Music mode” in the space).\n` : ''}\nThe journey's space: ${f.spaceUrl}\n\n${f.organisation}\n\nTo stop these reminders: ${f.stopUrl}\n`,
  timeRange: (from, to) => `from ${from} to ${to}`,
};

const de: ReminderTexts = {
  formTitle: 'Eine Erinnerung vor jedem Termin',
  formLead:
    'Erhalten Sie am Vortag jedes Termins eine E-Mail (mit dem Raum-Link bei einem Online-Termin). Sie können sie in jeder E-Mail jederzeit abbestellen.',
  emailLabel: 'E-Mail-Adresse',
  formButton: 'Erinnerungen erhalten',
  sentTitle: 'Sehen Sie in Ihr Postfach',
  sentText:
    'An diese Adresse wurde eben eine E-Mail gesendet: Öffnen Sie ihren Link zur Bestätigung. Ohne Bestätigung wird nichts weiter gesendet.',
  badEmailTitle: 'Adresse prüfen',
  badEmailText: 'Geben Sie eine gültige E-Mail-Adresse an.',
  tooManyTitle: 'Zu viele Anfragen',
  tooManyText: 'Es wurden zu viele Anfragen gestellt. Versuchen Sie es in einer Stunde wieder.',
  crossSiteTitle: 'Anfrage abgelehnt',
  crossSiteText:
    'Dieses Formular wurde von einer anderen Website gesendet. Öffnen Sie den Bereich erneut.',
  goneTitle: 'Dieser Link gilt nicht mehr',
  goneText: 'Die Erinnerungen wurden bereits abbestellt, oder der musikalische Weg ist beendet.',
  manageTitle: 'Terminerinnerungen',
  pendingText: (journey, email) =>
    `Bestätigen Sie, dass ${email} vor jedem Termin des musikalischen Wegs „${journey}“ eine Erinnerung erhalten soll?`,
  activeText: (journey, email) =>
    `${email} erhält vor jedem Termin des musikalischen Wegs „${journey}“ eine Erinnerung.`,
  confirm: 'Ja, Erinnerungen erhalten',
  badActionText: 'Wählen Sie, ob Sie die Erinnerungen bestätigen oder abbestellen.',
  stop: 'Diese Erinnerungen abbestellen',
  confirmedTitle: 'Erledigt',
  confirmedText: 'Sie erhalten am Vortag jedes Termins eine E-Mail.',
  stoppedTitle: 'Erinnerungen abbestellt',
  stoppedText: 'Sie erhalten keine Erinnerungen mehr, und Ihre Adresse wurde gelöscht.',
  back: 'Zurück zum Bereich',
  confirmSubject: (journey) => `Bestätigen Sie die Erinnerungen für den Weg „${journey}“`,
  confirmBody: (o) =>
    `Guten Tag,\n\njemand (vermutlich Sie) hat für diese Adresse eine Erinnerung vor jedem Termin des musikalischen Wegs „${o.journey}“ (${o.group}) von ${o.organisation} angefordert.\n\nZur Bestätigung öffnen Sie diesen Link:\n${o.link}\n\nWaren Sie es nicht, ignorieren Sie diese E-Mail: Es wird nichts gesendet, und die Adresse wird innerhalb von 30 Tagen gelöscht.\n`,
  reminderSubject: (o) => `Erinnerung: ${o.step}, ${o.when}`,
  reminderBody: (f) =>
    `Guten Tag,\n\nder nächste Termin des musikalischen Wegs „${f.journey}“ (${f.group}):\n\n${f.step}\n${f.when}\n${f.place ? `Ort: ${f.place}\n` : ''}${f.room ? `Online: ${f.room}\nStellen Sie vor Beginn den Ton für Musik ein (siehe „Musikmodus“ im Bereich).\n` : ''}\nDer Bereich des musikalischen Wegs: ${f.spaceUrl}\n\n${f.organisation}\n\nUm diese Erinnerungen abzubestellen: ${f.stopUrl}\n`,
  timeRange: (from, to) => `von ${from} bis ${to}`,
};

export const reminderTexts: Record<PublicLanguage, ReminderTexts> = { fr, en, de };
