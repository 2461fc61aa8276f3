// Texts of the space's online meetings (room link, music mode, calendar), in each language.
// The music-mode advice is ours: menus move between versions, so it names what to look for.
import type { PublicLanguage } from '../../../platform/public-pages';

type MeetingTexts = {
  joinRoom: string;
  musicModeLink: string;
  musicModeTitle: string;
  musicModeLead: string;
  /** [tool, what to do] */
  musicModeTools: [string, string][];
  musicModeAlways: string;
  /** Between a tool's name and its advice. */
  colon: string;
  calendarTitle: string;
  calendarLink: string;
  calendarLead: string;
  roomLabel: string;
  onlineInstead: (kg: string) => string;
  onlineInsteadLead: string;
};

export const meetingTexts: Record<PublicLanguage, MeetingTexts> = {
  fr: {
    joinRoom: 'Rejoindre la salle en ligne',
    musicModeLink: 'régler le son pour la musique',
    musicModeTitle: 'Mode musique : que l’appel vidéo laisse passer la musique',
    musicModeLead:
      'Les appels vidéo sont faits pour la parole : ils coupent ce qu’ils prennent pour du bruit (un violon qui joue doucement, une note tenue) et baissent le son quand deux personnes jouent en même temps. Avant la séance, désactivez la suppression du bruit et, si l’outil le propose, l’annulation d’écho.',
    musicModeTools: [
      [
        'Zoom',
        'dans les paramètres Audio, cochez « Son original pour les musiciens », mettez la suppression du bruit de fond au plus bas ; pendant l’appel, vérifiez que le bouton « Son original » en haut de la fenêtre est activé.',
      ],
      [
        'Microsoft Teams',
        'dans Paramètres › Appareils, activez le mode musique haute fidélité et mettez la suppression du bruit sur « Désactivé ».',
      ],
      [
        'Google Meet',
        'dans Paramètres › Audio, désactivez la réduction du bruit (sur ordinateur) ; il n’y a pas de réglage de l’écho : prenez un casque.',
      ],
      [
        'Jitsi Meet',
        'dans le menu « … » › Paramètres › Audio, décochez la suppression du bruit, et aussi l’annulation d’écho et le gain automatique s’ils apparaissent.',
      ],
    ],
    colon: '\u00a0: ',
    musicModeAlways:
      'Dans tous les cas : un casque ou des écouteurs (sans annulation d’écho, le haut-parleur reviendrait dans le micro), le téléphone ou l’ordinateur à un mètre des instruments, branché sur le secteur.',
    calendarTitle: 'Dans mon agenda',
    calendarLink: 'Ajouter les séances à mon agenda',
    calendarLead:
      'Un abonnement : les dates, les changements et le lien de la salle se mettent à jour tout seuls.',
    roomLabel: 'Salle en ligne',
    onlineInstead: (kg: string) =>
      `Séance en ligne plutôt qu’un déplacement : ${kg} kg CO₂e évités`,
    onlineInsteadLead:
      'Estimation du module carbone : les trajets qu’aurait demandés la séance sur place, moins l’énergie de l’appel vidéo.',
  },
  en: {
    joinRoom: 'Join the online room',
    musicModeLink: 'set the sound up for music',
    musicModeTitle: 'Music mode: let the video call carry the music',
    musicModeLead:
      'Video calls are made for speech: they cut what they take for noise (a violin playing softly, a long note) and lower the sound when two people play at once. Before the session, turn noise suppression off and, where the tool offers it, echo cancellation too.',
    musicModeTools: [
      [
        'Zoom',
        'in the Audio settings, tick “Original sound for musicians” and set background noise suppression as low as it goes; during the call, check that the “Original sound” button at the top of the window is on.',
      ],
      [
        'Microsoft Teams',
        'in Settings › Devices, turn on high fidelity music mode and set noise suppression to “Off”.',
      ],
      [
        'Google Meet',
        'in Settings › Audio, turn noise cancellation off (on a computer); there is no echo setting: use headphones.',
      ],
      [
        'Jitsi Meet',
        'in the “…” menu › Settings › Audio, untick noise suppression, and echo cancellation and automatic gain too if they appear.',
      ],
    ],
    colon: ': ',
    musicModeAlways:
      'In every case: headphones or earbuds (without echo cancellation the speaker would come back into the microphone), the phone or computer a metre from the instruments, plugged in.',
    calendarTitle: 'In my calendar',
    calendarLink: 'Add the sessions to my calendar',
    calendarLead: 'A subscription: dates, changes and the room link update by themselves.',
    roomLabel: 'Online room',
    onlineInstead: (kg: string) => `Online meeting instead of travel: ${kg} kg CO₂e avoided`,
    onlineInsteadLead:
      'Estimated by the carbon module: the trips the session would have needed in person, less the energy of the video call.',
  },
  de: {
    joinRoom: 'Den Online-Raum betreten',
    musicModeLink: 'den Ton für Musik einstellen',
    musicModeTitle: 'Musikmodus: damit der Videoanruf die Musik durchlässt',
    musicModeLead:
      'Videoanrufe sind für Sprache gemacht: Sie schneiden ab, was sie für Rauschen halten (eine leise Geige, einen langen Ton), und dämpfen den Ton, wenn zwei zugleich spielen. Schalten Sie vor dem Termin die Rauschunterdrückung aus und, wo angeboten, auch die Echounterdrückung.',
    musicModeTools: [
      [
        'Zoom',
        'in den Audio-Einstellungen „Originalton für Musiker“ ankreuzen und die Hintergrundgeräuschunterdrückung so niedrig wie möglich stellen; im Anruf prüfen, dass die Schaltfläche „Originalton“ oben im Fenster an ist.',
      ],
      [
        'Microsoft Teams',
        'unter Einstellungen › Geräte den High-Fidelity-Musikmodus einschalten und die Rauschunterdrückung auf „Aus“ stellen.',
      ],
      [
        'Google Meet',
        'unter Einstellungen › Audio die Geräuschunterdrückung ausschalten (am Computer); eine Echo-Einstellung gibt es nicht: Kopfhörer nehmen.',
      ],
      [
        'Jitsi Meet',
        'im Menü „…“ › Einstellungen › Audio die Rauschunterdrückung abwählen, und auch Echounterdrückung und automatische Verstärkung, falls angezeigt.',
      ],
    ],
    colon: ': ',
    musicModeAlways:
      'In jedem Fall: Kopfhörer (ohne Echounterdrückung käme der Lautsprecher ins Mikrofon zurück), Telefon oder Computer einen Meter von den Instrumenten entfernt, am Strom.',
    calendarTitle: 'In meinem Kalender',
    calendarLink: 'Die Termine in meinen Kalender übernehmen',
    calendarLead:
      'Ein Abonnement: Termine, Änderungen und der Raum-Link aktualisieren sich selbst.',
    roomLabel: 'Online-Raum',
    onlineInstead: (kg: string) => `Online-Treffen statt Anreise: ${kg} kg CO₂e vermieden`,
    onlineInsteadLead:
      'Schätzung des CO₂-Moduls: die Fahrten, die der Termin vor Ort gebraucht hätte, abzüglich der Energie des Videoanrufs.',
  },
};
