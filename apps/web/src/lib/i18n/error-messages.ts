// User-facing messages for every error code, checked against the API's list of codes.
import type { AnyErrorCode } from '../api-client';
import type { SameKeys } from './translations';

type Group<Code> = Code extends `${infer G}.${string}` ? G : never;

type AllErrorMessages = {
  [G in Group<AnyErrorCode>]: {
    [Code in AnyErrorCode as Code extends `${G}.${infer Rest}` ? Rest : never]: string;
  };
};

/**
 * Groups whose every code must have a message: those the web app has screens for. A feature that
 * brings screens for a new API module adds its group here and its messages below; codes of other
 * groups fall back to a general sentence until then.
 */
type ScreenedGroups =
  | 'REQUEST'
  | 'SERVER'
  | 'AUTH'
  | 'ORG'
  | 'MEMBER'
  | 'INVITATION'
  | 'DEMO'
  | 'PARTNER'
  | 'VENUE'
  | 'ARTIST'
  | 'FILE'
  | 'CARBON'
  | 'COMMUNE'
  | 'TERRITORY'
  | 'IMPACT'
  | 'SURVEY'
  | 'REPORT'
  | 'PLANNING'
  | 'PROJECT'
  | 'JOURNEY_TEMPLATE'
  | 'JOURNEY'
  | 'SESSION'
  | 'CALENDAR'
  | 'CALENDAR_FEED'
  | 'GROUP'
  | 'PARTICIPANT'
  | 'CONSENT'
  | 'ATTENDANCE'
  | 'IMPORT'
  | 'CLIENT';

/** `errors.AUTH.INVALID_CREDENTIALS`: one entry per code, grouped by its owning module. */
export type ErrorMessages = Pick<AllErrorMessages, ScreenedGroups> &
  Partial<Omit<AllErrorMessages, ScreenedGroups>>;

export const errorMessagesFr = {
  REQUEST: {
    VALIDATION: 'Certaines informations ne sont pas valides. Vérifiez les champs signalés.',
    INVALID_JSON: 'La requête est mal formée. Rechargez la page et réessayez.',
    UNSUPPORTED_MEDIA_TYPE: 'La requête est mal formée. Rechargez la page et réessayez.',
    TOO_LARGE: 'Les informations envoyées sont trop volumineuses.',
    BAD_URL: 'Cette adresse est mal formée.',
    URI_TOO_LONG: 'Cette adresse est trop longue.',
    NOT_FOUND: 'Cette page ou cette ressource n’existe pas.',
    METHOD_NOT_ALLOWED: 'Cette action n’est pas possible ici.',
    RATE_LIMITED: 'Trop de tentatives. Patientez une minute avant de réessayer.',
    CSRF: 'Votre session a changé. Rechargez la page et réessayez.',
  },
  SERVER: {
    INTERNAL: 'Une erreur inattendue s’est produite. Réessayez dans un instant.',
    UNAVAILABLE: 'Le service est momentanément indisponible. Réessayez dans un instant.',
  },
  AUTH: {
    UNAUTHENTICATED: 'Connectez-vous pour continuer.',
    INVALID_CREDENTIALS: 'Adresse e-mail ou mot de passe incorrect.',
    INVALID_TOKEN: 'Ce lien n’est plus valable. Demandez-en un nouveau.',
    FORBIDDEN: 'Votre rôle ne permet pas cette action.',
    EMAIL_NOT_VERIFIED:
      'Confirmez d’abord votre adresse e-mail avec le lien que nous vous avons envoyé.',
  },
  ORG: {
    NOT_FOUND: 'Cette structure n’existe pas ou vous n’en êtes pas membre.',
    LAST_ADMIN: 'La structure doit garder au moins un·e administrateur·rice.',
  },
  MEMBER: { NOT_FOUND: 'Cette personne n’est pas membre de la structure.' },
  INVITATION: {
    NOT_FOUND: 'Cette invitation n’existe pas ou a été annulée.',
    EXPIRED: 'Cette invitation a expiré. Demandez-en une nouvelle.',
    ALREADY_MEMBER: 'Vous êtes déjà membre de cette structure.',
    PASSWORD_REQUIRED: 'Choisissez un nom et un mot de passe pour créer votre compte.',
  },
  DEMO: { REFUSED_IN_PRODUCTION: 'Les données de démonstration sont désactivées ici.' },
  PARTNER: {
    NOT_FOUND: 'Cette structure partenaire n’existe pas ou a été supprimée.',
    IN_USE: 'Des projets, groupes ou lieux s’y rattachent : archivez-la plutôt.',
    CONTACT_NOT_FOUND: 'Ce contact n’existe pas ou a été supprimé.',
    AGREEMENT_NOT_FOUND: 'Cette convention n’existe pas ou a été supprimée.',
  },
  VENUE: {
    NOT_FOUND: 'Ce lieu n’existe pas ou a été supprimé.',
    IN_USE: 'Des séances ont lieu ici : archivez ce lieu plutôt.',
    UNKNOWN_PARTNER: 'Choisissez une structure partenaire de la liste.',
  },
  ARTIST: {
    NOT_FOUND: 'Cette fiche d’artiste n’existe pas ou a été supprimée.',
    IN_USE: 'Cet·te artiste intervient dans des séances : archivez sa fiche plutôt.',
    USER_NOT_ARTIST: 'Ce compte doit être membre de la structure avec le rôle artiste.',
    USER_ALREADY_LINKED: 'Ce compte est déjà lié à une autre fiche d’artiste.',
  },
  FILE: {
    NOT_FOUND: 'Ce document n’existe pas ou a été retiré.',
    TOO_LARGE: 'Le document dépasse 10 Mo.',
    UNSUPPORTED_TYPE: 'Envoyez un PDF, une image JPEG ou PNG, ou un document ODT ou DOCX.',
    EMPTY: 'Le document est vide.',
  },
  CARBON: {
    FACTOR_SET_NOT_FOUND: 'Cette version des facteurs n’existe pas.',
    INVALID_FACTORS: 'Ce jeu de facteurs a des champs erronés : voyez la liste.',
    PROJECT_NOT_FOUND: 'Ce projet n’existe pas ou a été supprimé.',
    SESSION_NOT_FOUND: 'Cette séance n’existe pas ou a été supprimée.',
    ARTIST_NOT_FOUND: 'Cet·te artiste n’existe pas ou a été supprimé·e.',
  },
  PROJECT: {
    NOT_FOUND: 'Ce projet n’existe pas ou a été supprimé.',
    REFERENCE_NOT_FOUND: 'Une structure partenaire choisie n’existe plus.',
    INVALID_TRANSITION: 'Ce changement de statut n’est pas possible depuis le statut actuel.',
    IN_USE: 'Ce projet a des parcours ou des séances : archivez-le plutôt.',
  },
  JOURNEY_TEMPLATE: {
    NOT_FOUND: 'Ce modèle de parcours n’existe pas ou a été supprimé.',
    IN_USE: 'Des parcours ont été créés à partir de ce modèle : archivez-le plutôt.',
  },
  JOURNEY: {
    NOT_FOUND: 'Ce parcours n’existe pas ou a été supprimé.',
    REFERENCE_NOT_FOUND: 'Le modèle, le groupe ou le lieu choisi n’existe plus.',
    HAS_HISTORY: 'Des séances de ce parcours ont eu lieu : annulez plutôt les suivantes.',
  },
  SESSION: {
    NOT_FOUND: 'Cette séance n’existe pas ou a été supprimée.',
    REFERENCE_NOT_FOUND: 'Un projet, lieu, artiste ou groupe choisi n’existe plus.',
    INVALID: 'Cette séance n’est pas possible ainsi. Vérifiez les champs signalés.',
    CONFLICT: 'Cette séance entre en conflit avec le planning.',
    NOT_EDITABLE: 'Une séance réalisée ou annulée ne se modifie plus.',
    NOT_STARTED: 'La séance n’a pas encore commencé.',
    HAS_ATTENDANCE: 'Des présences sont relevées pour cette séance : annulez-la plutôt.',
  },
  CALENDAR: { RANGE_TOO_LONG: 'Affichez au plus six semaines à la fois.' },
  CALENDAR_FEED: {
    NOT_FOUND: 'Cette adresse d’agenda n’existe pas ou a été révoquée.',
    TARGET_NOT_FOUND: 'Cet artiste ou ce groupe n’existe pas.',
  },
  GROUP: {
    NOT_FOUND: 'Ce groupe n’existe pas ou vous n’y avez pas accès.',
    IN_USE:
      'Ce groupe a encore des participant·es, des séances ou des parcours : archivez-le plutôt.',
    UNKNOWN_PARTNER: 'Cette structure partenaire n’existe pas.',
    INVALID_RELAY:
      'La personne relais doit être membre de la structure avec le rôle « personne relais ».',
  },
  PARTICIPANT: {
    NOT_FOUND: 'Cette personne n’existe pas ou vous n’y avez pas accès.',
    UNKNOWN_GROUP: 'Choisissez un groupe auquel vous avez accès.',
    GROUP_COUNTED_ONLY: 'Ce groupe est seulement compté : personne n’y est inscrit nominativement.',
    HAS_ATTENDANCE:
      'Cette personne a des présences enregistrées : anonymisez sa fiche plutôt que de la supprimer.',
    ANONYMISED: 'Cette fiche est anonymisée : elle ne peut plus être modifiée.',
  },
  CONSENT: {
    NOT_FOUND: 'Cette autorisation n’existe pas.',
    INVALID_DATES:
      'Ces dates sont impossibles : pas de date future, et un retrait après la signature.',
    ALREADY_WITHDRAWN: 'Cette autorisation a déjà été retirée.',
  },
  ATTENDANCE: {
    SESSION_NOT_FOUND: 'Cette séance n’existe plus.',
    SESSION_CANCELLED: 'Cette séance a été annulée.',
    NOT_SESSION_ARTIST: 'Vous n’intervenez pas sur cette séance.',
    PARTICIPANT_NOT_FOUND: 'Cette personne n’est plus inscrite.',
    PARTICIPANT_NOT_IN_SESSION: 'Cette personne n’est plus dans un groupe de la séance.',
    GROUP_NOT_IN_SESSION: 'Ce groupe ne participe plus à la séance.',
    GROUP_LISTED_INDIVIDUALLY: 'Ce groupe est inscrit nominativement : marquez chaque personne.',
    RECORDED_IN_FUTURE: 'L’horloge de l’appareil est en avance : vérifiez sa date et son heure.',
  },
  COMMUNE: { NOT_FOUND: 'Aucune commune ne porte ce code.' },
  TERRITORY: {
    NOT_FOUND: 'Ce département, cette région ou cette intercommunalité n’existe pas.',
    UNKNOWN_AREA:
      'Cette zone est inconnue\u00a0: vérifiez le département, la région, l’intercommunalité ou les communes choisies.',
  },
  IMPACT: { PROJECT_NOT_FOUND: 'Ce projet n’existe pas ou plus.' },
  SURVEY: {
    NOT_FOUND: 'Cette enquête n’existe pas ou plus.',
    REFERENCE_NOT_FOUND: 'Le projet ou le parcours choisi n’existe pas.',
    NOT_EDITABLE: 'Les questions ne changent plus une fois l’enquête ouverte ou remplie.',
    NOT_OPEN: 'Cette enquête n’est pas ouverte.',
    INVALID_ANSWERS: 'Certaines réponses ne conviennent pas aux questions\u00a0: vérifiez-les.',
    WRONG_RESPONDENT: 'Choisissez la personne ou le groupe observé.',
    RESPONDENT_NOT_FOUND: 'Cette personne ou ce groupe ne fait pas partie de cette enquête.',
    OPERATION_REUSED: 'Cette réponse a déjà été envoyée pour une autre enquête. Rechargez la page.',
  },
  REPORT: {
    NOT_FOUND: 'Ce rapport n’existe pas ou plus.',
    REFERENCE_NOT_FOUND: 'Un projet ou une enquête choisis n’existent pas.',
    NOT_READY: 'Ce rapport n’est pas encore prêt.',
  },
  PLANNING: {
    NOT_FOUND: 'Ce calcul de tournée n’existe pas ou plus.',
    REFERENCE_NOT_FOUND: 'Un projet, une séance ou un·e artiste choisi·e n’existe pas ou plus.',
    INVALID:
      'Certaines séances ou certains choix ne peuvent pas être planifiés. Vérifiez les champs signalés.',
    NOTHING_TO_PLAN: 'Rien à planifier : aucune séance possible, ou aucun·e artiste pour la mener.',
    NOT_READY: 'Ce calcul n’est pas terminé.',
    ALREADY_ACCEPTED: 'Ce plan a déjà été accepté.',
    NOT_CANCELLABLE: 'Ce calcul est déjà terminé.',
    STALE: 'Des séances ont été modifiées depuis le calcul : relancez-le avant d’accepter.',
    CONFLICT: 'Le plan entre en conflit avec le calendrier actuel : relancez le calcul.',
  },
  IMPORT: {
    NOT_FOUND: 'Cet aperçu d’import n’existe pas ou plus.',
    UNSUPPORTED_TYPE: 'Déposez un fichier CSV ou Excel (.xlsx).',
    TOO_LARGE: 'Le fichier dépasse 10 Mo : découpez-le en plusieurs fichiers.',
    EMPTY: 'Le fichier est vide, ou n’a aucune ligne sous sa ligne d’en-tête.',
    UNREADABLE:
      'Ce fichier ne peut pas être lu. Les anciens fichiers Excel (.xls) sont à enregistrer en .xlsx ou en CSV.',
    TOO_MANY_LINES: 'Le fichier dépasse 50 000 lignes : découpez-le en plusieurs fichiers.',
    NO_HEADER:
      'Aucune ligne d’en-tête reconnue : la première ligne doit nommer les colonnes (Prénom, Nom…).',
    MISSING_COLUMNS: 'Il manque une colonne obligatoire.',
    UNKNOWN_GROUP: 'Choisissez un groupe de la structure.',
    HAS_ERRORS: 'Des lignes sont en erreur : corrigez le fichier et déposez-le à nouveau.',
    STALE:
      'Les données ont changé depuis l’aperçu (un groupe, une fiche…) : déposez le fichier à nouveau.',
    NOT_PREVIEWED: 'Cet aperçu a déjà été importé ou abandonné.',
    LINE_FAILED: 'Une ligne n’a pas pu être enregistrée : rien n’a été importé.',
  },
  CLIENT: {
    NETWORK: 'Impossible de joindre le serveur. Vérifiez votre connexion et réessayez.',
    UNKNOWN: 'Une erreur inattendue s’est produite. Réessayez dans un instant.',
  },
} satisfies ErrorMessages;

export const errorMessagesEn: SameKeys<typeof errorMessagesFr> = {
  REQUEST: {
    VALIDATION: 'Some information is not valid. Check the highlighted fields.',
    INVALID_JSON: 'The request was malformed. Reload the page and try again.',
    UNSUPPORTED_MEDIA_TYPE: 'The request was malformed. Reload the page and try again.',
    TOO_LARGE: 'What you sent is too large.',
    BAD_URL: 'This address is malformed.',
    URI_TOO_LONG: 'This address is too long.',
    NOT_FOUND: 'This page or item does not exist.',
    METHOD_NOT_ALLOWED: 'This action is not possible here.',
    RATE_LIMITED: 'Too many attempts. Wait a minute before trying again.',
    CSRF: 'Your session changed. Reload the page and try again.',
  },
  SERVER: {
    INTERNAL: 'Something unexpected went wrong. Try again in a moment.',
    UNAVAILABLE: 'The service is temporarily unavailable. Try again in a moment.',
  },
  AUTH: {
    UNAUTHENTICATED: 'Sign in to continue.',
    INVALID_CREDENTIALS: 'Wrong e-mail address or password.',
    INVALID_TOKEN: 'This link is no longer valid. Ask for a new one.',
    FORBIDDEN: 'Your role does not allow this action.',
    EMAIL_NOT_VERIFIED: 'First confirm your e-mail address with the link we sent you.',
  },
  ORG: {
    NOT_FOUND: 'This organisation does not exist or you are not a member.',
    LAST_ADMIN: 'The organisation must keep at least one administrator.',
  },
  MEMBER: { NOT_FOUND: 'This person is not a member of the organisation.' },
  INVITATION: {
    NOT_FOUND: 'This invitation does not exist or was revoked.',
    EXPIRED: 'This invitation has expired. Ask for a new one.',
    ALREADY_MEMBER: 'You are already a member of this organisation.',
    PASSWORD_REQUIRED: 'Choose a name and a password to create your account.',
  },
  DEMO: { REFUSED_IN_PRODUCTION: 'Demo data is turned off here.' },
  PARTNER: {
    NOT_FOUND: 'This partner organisation does not exist or was deleted.',
    IN_USE: 'Projects, groups or venues refer to it: archive it instead.',
    CONTACT_NOT_FOUND: 'This contact does not exist or was deleted.',
    AGREEMENT_NOT_FOUND: 'This agreement does not exist or was deleted.',
  },
  VENUE: {
    NOT_FOUND: 'This venue does not exist or was deleted.',
    IN_USE: 'Sessions take place here: archive the venue instead.',
    UNKNOWN_PARTNER: 'Choose a partner organisation from the list.',
  },
  ARTIST: {
    NOT_FOUND: 'This artist does not exist or was deleted.',
    IN_USE: 'This artist is booked on sessions: archive the record instead.',
    USER_NOT_ARTIST: 'This account must be a member of the organisation with the artist role.',
    USER_ALREADY_LINKED: 'This account is already linked to another artist.',
  },
  FILE: {
    NOT_FOUND: 'This document does not exist or was removed.',
    TOO_LARGE: 'The document is larger than 10 MB.',
    UNSUPPORTED_TYPE: 'Send a PDF, a JPEG or PNG image, or an ODT or DOCX document.',
    EMPTY: 'The document is empty.',
  },
  CARBON: {
    FACTOR_SET_NOT_FOUND: 'This factor version does not exist.',
    INVALID_FACTORS: 'This factor set has wrong fields: see the list.',
    PROJECT_NOT_FOUND: 'This project does not exist or was deleted.',
    SESSION_NOT_FOUND: 'This session does not exist or was deleted.',
    ARTIST_NOT_FOUND: 'This artist does not exist or was deleted.',
  },
  PROJECT: {
    NOT_FOUND: 'This project does not exist or was deleted.',
    REFERENCE_NOT_FOUND: 'A chosen partner organisation no longer exists.',
    INVALID_TRANSITION: 'This status change is not possible from the current status.',
    IN_USE: 'This project has journeys or sessions: archive it instead.',
  },
  JOURNEY_TEMPLATE: {
    NOT_FOUND: 'This journey template does not exist or was deleted.',
    IN_USE: 'Journeys were created from this template: archive it instead.',
  },
  JOURNEY: {
    NOT_FOUND: 'This journey does not exist or was deleted.',
    REFERENCE_NOT_FOUND: 'The chosen template, group or venue no longer exists.',
    HAS_HISTORY: 'Sessions of this journey took place: cancel the remaining ones instead.',
  },
  SESSION: {
    NOT_FOUND: 'This session does not exist or was deleted.',
    REFERENCE_NOT_FOUND: 'A chosen project, venue, artist or group no longer exists.',
    INVALID: 'This session is not possible like this. Check the fields marked.',
    CONFLICT: 'This session conflicts with the plan.',
    NOT_EDITABLE: 'A session that is done or cancelled no longer changes.',
    NOT_STARTED: 'The session has not started yet.',
    HAS_ATTENDANCE: 'Attendance was taken for this session: cancel it instead.',
  },
  CALENDAR: { RANGE_TOO_LONG: 'Show at most six weeks at once.' },
  CALENDAR_FEED: {
    NOT_FOUND: 'This calendar address does not exist or was revoked.',
    TARGET_NOT_FOUND: 'This artist or group does not exist.',
  },
  GROUP: {
    NOT_FOUND: 'This group does not exist or you have no access to it.',
    IN_USE: 'This group still has participants, sessions or journeys: archive it instead.',
    UNKNOWN_PARTNER: 'This partner organisation does not exist.',
    INVALID_RELAY: 'The relay person must be a member of the organisation with the relay role.',
  },
  PARTICIPANT: {
    NOT_FOUND: 'This person does not exist or you have no access to them.',
    UNKNOWN_GROUP: 'Choose a group you have access to.',
    GROUP_COUNTED_ONLY: 'This group is only counted: nobody is listed in it by name.',
    HAS_ATTENDANCE:
      'This person has attendance records: anonymise the record instead of deleting it.',
    ANONYMISED: 'This record is anonymised: it can no longer be changed.',
  },
  CONSENT: {
    NOT_FOUND: 'This consent does not exist.',
    INVALID_DATES:
      'These dates are impossible: no future date, and a withdrawal after the signature.',
    ALREADY_WITHDRAWN: 'This consent was already withdrawn.',
  },
  ATTENDANCE: {
    SESSION_NOT_FOUND: 'This session no longer exists.',
    SESSION_CANCELLED: 'This session was cancelled.',
    NOT_SESSION_ARTIST: 'You are not an artist of this session.',
    PARTICIPANT_NOT_FOUND: 'This person is no longer enrolled.',
    PARTICIPANT_NOT_IN_SESSION: 'This person is no longer in a group of the session.',
    GROUP_NOT_IN_SESSION: 'This group no longer takes part in the session.',
    GROUP_LISTED_INDIVIDUALLY: 'This group is listed by name: mark each person.',
    RECORDED_IN_FUTURE: 'The device clock is ahead: check its date and time.',
  },
  COMMUNE: { NOT_FOUND: 'No municipality has this code.' },
  TERRITORY: {
    NOT_FOUND: 'This department, region or inter-municipal grouping does not exist.',
    UNKNOWN_AREA:
      'This area is unknown: check the department, region, grouping or municipalities chosen.',
  },
  IMPACT: { PROJECT_NOT_FOUND: 'This project does not exist (any more).' },
  SURVEY: {
    NOT_FOUND: 'This survey does not exist (any more).',
    REFERENCE_NOT_FOUND: 'The chosen project or journey does not exist.',
    NOT_EDITABLE: 'Questions no longer change once the survey is open or answered.',
    NOT_OPEN: 'This survey is not open.',
    INVALID_ANSWERS: 'Some answers do not fit their questions: check them.',
    WRONG_RESPONDENT: 'Choose the person or group observed.',
    RESPONDENT_NOT_FOUND: 'This person or group is not part of this survey.',
    OPERATION_REUSED: 'This answer was already sent for another survey. Reload the page.',
  },
  REPORT: {
    NOT_FOUND: 'This report does not exist (any more).',
    REFERENCE_NOT_FOUND: 'A chosen project or survey does not exist.',
    NOT_READY: 'This report is not ready yet.',
  },
  PLANNING: {
    NOT_FOUND: 'This planning run does not exist (any more).',
    REFERENCE_NOT_FOUND: 'A chosen project, session or artist does not exist (any more).',
    INVALID: 'Some sessions or choices cannot be planned. Check the highlighted fields.',
    NOTHING_TO_PLAN: 'Nothing to plan: no session can be placed, or no artist leads them.',
    NOT_READY: 'This run has not finished.',
    ALREADY_ACCEPTED: 'This plan was accepted already.',
    NOT_CANCELLABLE: 'This run has finished already.',
    STALE: 'Sessions changed since the run: plan again before accepting.',
    CONFLICT: 'The plan conflicts with the calendar as it is now: plan again.',
  },
  IMPORT: {
    NOT_FOUND: 'This import preview does not exist any more.',
    UNSUPPORTED_TYPE: 'Drop a CSV or Excel (.xlsx) file.',
    TOO_LARGE: 'The file is over 10 MB: split it into several files.',
    EMPTY: 'The file is empty, or has no line under its header row.',
    UNREADABLE: 'This file cannot be read. Save old Excel files (.xls) as .xlsx or CSV.',
    TOO_MANY_LINES: 'The file has over 50,000 lines: split it into several files.',
    NO_HEADER:
      'No header row recognised: the first line must name the columns (First name, Last name…).',
    MISSING_COLUMNS: 'A required column is missing.',
    UNKNOWN_GROUP: 'Choose a group of the organisation.',
    HAS_ERRORS: 'Some lines have errors: fix the file and drop it again.',
    STALE: 'The data changed since the preview (a group, a record…): drop the file again.',
    NOT_PREVIEWED: 'This preview was already imported or discarded.',
    LINE_FAILED: 'A line could not be saved: nothing was imported.',
  },
  CLIENT: {
    NETWORK: 'The server could not be reached. Check your connection and try again.',
    UNKNOWN: 'Something unexpected went wrong. Try again in a moment.',
  },
};

export const errorMessagesDe: SameKeys<typeof errorMessagesFr> = {
  REQUEST: {
    VALIDATION: 'Einige Angaben sind ungültig. Bitte prüfen Sie die markierten Felder.',
    INVALID_JSON:
      'Die Anfrage war fehlerhaft. Laden Sie die Seite neu und versuchen Sie es erneut.',
    UNSUPPORTED_MEDIA_TYPE:
      'Die Anfrage war fehlerhaft. Laden Sie die Seite neu und versuchen Sie es erneut.',
    TOO_LARGE: 'Die gesendeten Daten sind zu groß.',
    BAD_URL: 'Diese Adresse ist fehlerhaft.',
    URI_TOO_LONG: 'Diese Adresse ist zu lang.',
    NOT_FOUND: 'Diese Seite oder dieser Eintrag existiert nicht.',
    METHOD_NOT_ALLOWED: 'Diese Aktion ist hier nicht möglich.',
    RATE_LIMITED: 'Zu viele Versuche. Warten Sie eine Minute und versuchen Sie es dann erneut.',
    CSRF: 'Ihre Sitzung hat sich geändert. Laden Sie die Seite neu und versuchen Sie es erneut.',
  },
  SERVER: {
    INTERNAL: 'Ein unerwarteter Fehler ist aufgetreten. Versuchen Sie es gleich noch einmal.',
    UNAVAILABLE:
      'Der Dienst ist vorübergehend nicht erreichbar. Versuchen Sie es gleich noch einmal.',
  },
  AUTH: {
    UNAUTHENTICATED: 'Melden Sie sich an, um fortzufahren.',
    INVALID_CREDENTIALS: 'E-Mail-Adresse oder Passwort ist falsch.',
    INVALID_TOKEN: 'Dieser Link ist nicht mehr gültig. Fordern Sie einen neuen an.',
    FORBIDDEN: 'Ihre Rolle erlaubt diese Aktion nicht.',
    EMAIL_NOT_VERIFIED:
      'Bestätigen Sie zuerst Ihre E-Mail-Adresse mit dem Link, den wir Ihnen geschickt haben.',
  },
  ORG: {
    NOT_FOUND: 'Diese Organisation existiert nicht oder Sie sind kein Mitglied.',
    LAST_ADMIN:
      'Die Organisation braucht mindestens eine Administratorin oder einen Administrator.',
  },
  MEMBER: { NOT_FOUND: 'Diese Person ist kein Mitglied der Organisation.' },
  INVITATION: {
    NOT_FOUND: 'Diese Einladung existiert nicht oder wurde zurückgezogen.',
    EXPIRED: 'Diese Einladung ist abgelaufen. Fordern Sie eine neue an.',
    ALREADY_MEMBER: 'Sie sind bereits Mitglied dieser Organisation.',
    PASSWORD_REQUIRED: 'Wählen Sie einen Namen und ein Passwort, um Ihr Konto anzulegen.',
  },
  DEMO: { REFUSED_IN_PRODUCTION: 'Demodaten sind hier deaktiviert.' },
  PARTNER: {
    NOT_FOUND: 'Diese Partnereinrichtung existiert nicht oder wurde gelöscht.',
    IN_USE: 'Projekte, Gruppen oder Orte verweisen auf sie: Archivieren Sie sie stattdessen.',
    CONTACT_NOT_FOUND: 'Dieser Kontakt existiert nicht oder wurde gelöscht.',
    AGREEMENT_NOT_FOUND: 'Diese Vereinbarung existiert nicht oder wurde gelöscht.',
  },
  VENUE: {
    NOT_FOUND: 'Dieser Veranstaltungsort existiert nicht oder wurde gelöscht.',
    IN_USE: 'Hier finden Termine statt: Archivieren Sie den Ort stattdessen.',
    UNKNOWN_PARTNER: 'Wählen Sie eine Partnereinrichtung aus der Liste.',
  },
  ARTIST: {
    NOT_FOUND: 'Dieses Künstler·innenprofil existiert nicht oder wurde gelöscht.',
    IN_USE:
      'Diese·r Künstler·in ist für Termine eingeplant: Archivieren Sie das Profil stattdessen.',
    USER_NOT_ARTIST: 'Dieses Konto muss Mitglied der Organisation mit der Rolle Künstler·in sein.',
    USER_ALREADY_LINKED: 'Dieses Konto ist bereits mit einem anderen Profil verknüpft.',
  },
  FILE: {
    NOT_FOUND: 'Dieses Dokument existiert nicht oder wurde entfernt.',
    TOO_LARGE: 'Das Dokument ist größer als 10 MB.',
    UNSUPPORTED_TYPE:
      'Senden Sie ein PDF, ein JPEG- oder PNG-Bild oder ein ODT- oder DOCX-Dokument.',
    EMPTY: 'Das Dokument ist leer.',
  },
  CARBON: {
    FACTOR_SET_NOT_FOUND: 'Diese Faktorversion gibt es nicht.',
    INVALID_FACTORS: 'Dieser Faktorsatz hat fehlerhafte Felder: siehe Liste.',
    PROJECT_NOT_FOUND: 'Dieses Projekt gibt es nicht oder es wurde gelöscht.',
    SESSION_NOT_FOUND: 'Diesen Termin gibt es nicht oder er wurde gelöscht.',
    ARTIST_NOT_FOUND: 'Diese·n Künstler·in gibt es nicht oder er/sie wurde gelöscht.',
  },
  PROJECT: {
    NOT_FOUND: 'Dieses Projekt existiert nicht oder wurde gelöscht.',
    REFERENCE_NOT_FOUND: 'Eine gewählte Partnereinrichtung existiert nicht mehr.',
    INVALID_TRANSITION: 'Dieser Statuswechsel ist vom aktuellen Status aus nicht möglich.',
    IN_USE: 'Dieses Projekt hat Wege oder Termine: Archivieren Sie es stattdessen.',
  },
  JOURNEY_TEMPLATE: {
    NOT_FOUND: 'Diese Vorlage existiert nicht oder wurde gelöscht.',
    IN_USE: 'Aus dieser Vorlage wurden Wege angelegt: Archivieren Sie sie stattdessen.',
  },
  JOURNEY: {
    NOT_FOUND: 'Dieser musikalische Weg existiert nicht oder wurde gelöscht.',
    REFERENCE_NOT_FOUND: 'Die gewählte Vorlage, Gruppe oder der Ort existiert nicht mehr.',
    HAS_HISTORY: 'Termine dieses Weges haben stattgefunden: Sagen Sie die übrigen stattdessen ab.',
  },
  SESSION: {
    NOT_FOUND: 'Dieser Termin existiert nicht oder wurde gelöscht.',
    REFERENCE_NOT_FOUND:
      'Ein gewähltes Projekt, Ort, Künstler·in oder Gruppe existiert nicht mehr.',
    INVALID: 'Dieser Termin ist so nicht möglich. Prüfen Sie die markierten Felder.',
    CONFLICT: 'Dieser Termin steht im Konflikt mit der Planung.',
    NOT_EDITABLE: 'Ein stattgefundener oder abgesagter Termin ändert sich nicht mehr.',
    NOT_STARTED: 'Der Termin hat noch nicht begonnen.',
    HAS_ATTENDANCE: 'Für diesen Termin wurde Anwesenheit erfasst: Sagen Sie ihn stattdessen ab.',
  },
  CALENDAR: { RANGE_TOO_LONG: 'Zeigen Sie höchstens sechs Wochen auf einmal.' },
  CALENDAR_FEED: {
    NOT_FOUND: 'Diese Kalenderadresse existiert nicht oder wurde widerrufen.',
    TARGET_NOT_FOUND: 'Diese·r Künstler·in oder Gruppe existiert nicht.',
  },
  GROUP: {
    NOT_FOUND: 'Diese Gruppe gibt es nicht, oder Sie haben keinen Zugang zu ihr.',
    IN_USE:
      'Diese Gruppe hat noch Teilnehmende, Termine oder Wege: Archivieren Sie sie stattdessen.',
    UNKNOWN_PARTNER: 'Diese Partnereinrichtung gibt es nicht.',
    INVALID_RELAY:
      'Die Vermittlungsperson muss Mitglied der Organisation mit der Rolle Vermittlungsperson sein.',
  },
  PARTICIPANT: {
    NOT_FOUND: 'Diese Person gibt es nicht, oder Sie haben keinen Zugang zu ihr.',
    UNKNOWN_GROUP: 'Wählen Sie eine Gruppe, zu der Sie Zugang haben.',
    GROUP_COUNTED_ONLY: 'Diese Gruppe wird nur gezählt: Niemand ist namentlich eingetragen.',
    HAS_ATTENDANCE:
      'Für diese Person ist Anwesenheit erfasst: Anonymisieren Sie den Eintrag, statt ihn zu löschen.',
    ANONYMISED: 'Dieser Eintrag ist anonymisiert und kann nicht mehr geändert werden.',
  },
  CONSENT: {
    NOT_FOUND: 'Dieses Einverständnis gibt es nicht.',
    INVALID_DATES:
      'Diese Daten sind unmöglich: kein Datum in der Zukunft, Widerruf nach der Unterschrift.',
    ALREADY_WITHDRAWN: 'Dieses Einverständnis wurde bereits widerrufen.',
  },
  ATTENDANCE: {
    SESSION_NOT_FOUND: 'Diesen Termin gibt es nicht mehr.',
    SESSION_CANCELLED: 'Dieser Termin wurde abgesagt.',
    NOT_SESSION_ARTIST: 'Sie sind bei diesem Termin nicht als Künstler·in eingeplant.',
    PARTICIPANT_NOT_FOUND: 'Diese Person ist nicht mehr angemeldet.',
    PARTICIPANT_NOT_IN_SESSION: 'Diese Person ist in keiner Gruppe dieses Termins mehr.',
    GROUP_NOT_IN_SESSION: 'Diese Gruppe nimmt nicht mehr an dem Termin teil.',
    GROUP_LISTED_INDIVIDUALLY: 'Diese Gruppe ist namentlich erfasst: Markieren Sie jede Person.',
    RECORDED_IN_FUTURE: 'Die Uhr des Geräts geht vor: Prüfen Sie Datum und Uhrzeit.',
  },
  COMMUNE: { NOT_FOUND: 'Keine Gemeinde hat diesen Code.' },
  TERRITORY: {
    NOT_FOUND: 'Dieses Département, diese Region oder dieser Gemeindeverband existiert nicht.',
    UNKNOWN_AREA:
      'Dieses Gebiet ist unbekannt: prüfen Sie Département, Region, Gemeindeverband oder die gewählten Gemeinden.',
  },
  IMPACT: { PROJECT_NOT_FOUND: 'Dieses Projekt existiert nicht (mehr).' },
  SURVEY: {
    NOT_FOUND: 'Diese Befragung existiert nicht (mehr).',
    REFERENCE_NOT_FOUND: 'Das gewählte Projekt oder der gewählte Weg existiert nicht.',
    NOT_EDITABLE:
      'Die Fragen ändern sich nicht mehr, sobald die Befragung offen ist oder Antworten hat.',
    NOT_OPEN: 'Diese Befragung ist nicht offen.',
    INVALID_ANSWERS: 'Einige Antworten passen nicht zu ihren Fragen: Bitte prüfen.',
    WRONG_RESPONDENT: 'Wählen Sie die beobachtete Person oder Gruppe.',
    RESPONDENT_NOT_FOUND: 'Diese Person oder Gruppe gehört nicht zu dieser Befragung.',
    OPERATION_REUSED:
      'Diese Antwort wurde schon für eine andere Befragung gesendet. Laden Sie die Seite neu.',
  },
  REPORT: {
    NOT_FOUND: 'Dieser Bericht existiert nicht (mehr).',
    REFERENCE_NOT_FOUND: 'Ein gewähltes Projekt oder eine gewählte Befragung existiert nicht.',
    NOT_READY: 'Dieser Bericht ist noch nicht fertig.',
  },
  PLANNING: {
    NOT_FOUND: 'Diese Tourneeberechnung gibt es nicht (mehr).',
    REFERENCE_NOT_FOUND:
      'Ein gewähltes Projekt, ein Termin oder eine Person existiert nicht (mehr).',
    INVALID:
      'Einige Termine oder Angaben lassen sich nicht planen. Prüfen Sie die markierten Felder.',
    NOTHING_TO_PLAN: 'Nichts zu planen: kein Termin lässt sich legen, oder niemand leitet ihn.',
    NOT_READY: 'Diese Berechnung ist noch nicht fertig.',
    ALREADY_ACCEPTED: 'Dieser Plan wurde bereits übernommen.',
    NOT_CANCELLABLE: 'Diese Berechnung ist bereits beendet.',
    STALE: 'Termine wurden seit der Berechnung geändert: bitte vor dem Übernehmen neu planen.',
    CONFLICT: 'Der Plan steht im Konflikt mit dem aktuellen Kalender: bitte neu planen.',
  },
  IMPORT: {
    NOT_FOUND: 'Diese Importvorschau gibt es nicht mehr.',
    UNSUPPORTED_TYPE: 'Legen Sie eine CSV- oder Excel-Datei (.xlsx) ab.',
    TOO_LARGE: 'Die Datei ist größer als 10 MB: teilen Sie sie in mehrere Dateien auf.',
    EMPTY: 'Die Datei ist leer oder hat keine Zeile unter der Kopfzeile.',
    UNREADABLE:
      'Diese Datei kann nicht gelesen werden. Alte Excel-Dateien (.xls) bitte als .xlsx oder CSV speichern.',
    TOO_MANY_LINES: 'Die Datei hat mehr als 50.000 Zeilen: teilen Sie sie in mehrere Dateien auf.',
    NO_HEADER:
      'Keine Kopfzeile erkannt: Die erste Zeile muss die Spalten benennen (Vorname, Nachname…).',
    MISSING_COLUMNS: 'Eine Pflichtspalte fehlt.',
    UNKNOWN_GROUP: 'Wählen Sie eine Gruppe der Organisation.',
    HAS_ERRORS:
      'Einige Zeilen sind fehlerhaft: Korrigieren Sie die Datei und legen Sie sie erneut ab.',
    STALE:
      'Die Daten haben sich seit der Vorschau geändert (eine Gruppe, ein Eintrag…): Legen Sie die Datei erneut ab.',
    NOT_PREVIEWED: 'Diese Vorschau wurde bereits importiert oder verworfen.',
    LINE_FAILED: 'Eine Zeile konnte nicht gespeichert werden: Es wurde nichts importiert.',
  },
  CLIENT: {
    NETWORK:
      'Der Server ist nicht erreichbar. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.',
    UNKNOWN: 'Ein unerwarteter Fehler ist aufgetreten. Versuchen Sie es gleich noch einmal.',
  },
};
