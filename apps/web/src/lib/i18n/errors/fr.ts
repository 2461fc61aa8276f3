// French messages for every error code, by the API's code; the reference the other languages follow.
import type { ErrorMessages } from '../error-messages';

export const errorMessages = {
  REQUEST: {
    VALIDATION: 'Certaines informations ne sont pas valides. Vérifiez les champs signalés.',
    INVALID_JSON: 'La requête est mal formée. Rechargez la page et réessayez.',
    UNSUPPORTED_MEDIA_TYPE: 'La requête est mal formée. Rechargez la page et réessayez.',
    TOO_LARGE: 'Les informations envoyées sont trop volumineuses.',
    BAD_URL: 'Cette adresse est mal formée.',
    URI_TOO_LONG: 'Cette adresse est trop longue.',
    HEADERS_TOO_LARGE:
      'Cette requête est trop lourde (cookies ?). Effacez les cookies de ce site et réessayez.',
    MALFORMED: 'La requête est mal formée. Rechargez la page et réessayez.',
    NOT_FOUND: 'Cette page ou cette ressource n’existe pas.',
    METHOD_NOT_ALLOWED: 'Cette action n’est pas possible ici.',
    RATE_LIMITED: 'Trop de tentatives. Patientez une minute avant de réessayer.',
    CSRF: 'Votre connexion a changé. Rechargez la page et réessayez.',
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
    PUBLIC_SLUG_TAKEN: 'Une autre structure utilise déjà cette adresse publique.',
  },
  MEMBER: { NOT_FOUND: 'Cette personne n’est pas membre de la structure.' },
  MEMBER_INVITATION: {
    NOT_FOUND: 'Cette invitation n’existe pas ou a été annulée.',
    EXPIRED: 'Cette invitation a expiré. Demandez-en une nouvelle.',
    ALREADY_MEMBER: 'Vous êtes déjà membre de cette structure.',
    PASSWORD_REQUIRED: 'Choisissez un nom et un mot de passe pour créer votre compte.',
    OTHER_ACCOUNT:
      'Cette invitation a été envoyée à une autre adresse e-mail : connectez-vous avec cette adresse pour l’accepter.',
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
    TOO_LARGE: 'Le fichier dépasse la taille permise pour cet usage.',
    UNSUPPORTED_TYPE: 'Envoyez un PDF, une image JPEG ou PNG, ou un document ODT ou DOCX.',
    EMPTY: 'Le document est vide.',
  },
  MEDIA: {
    NOT_FOUND: 'Ce fichier n’existe pas ou a été supprimé.',
    QUOTA_EXCEEDED:
      'Ce fichier dépasserait l’espace de stockage de la structure. Supprimez des fichiers ou demandez plus d’espace.',
    RANGE_NOT_SATISFIABLE: 'Cette partie du fichier n’existe pas.',
    UPLOAD_INVALID: 'Cet envoi est mal formé. Rechargez la page et réessayez.',
    UPLOAD_CONFLICT:
      'Cet envoi a changé entre-temps. Choisissez de nouveau le fichier pour le reprendre.',
    SHARED_IN_LIBRARY:
      'Ce fichier est partagé dans la bibliothèque d’un réseau : retirez-le de la bibliothèque avant de le supprimer.',
  },
  LIBRARY: {
    NOT_FOUND: 'Cette fiche de la bibliothèque n’existe pas ou a été retirée.',
    UNKNOWN_TEMPLATE: 'Ce modèle de parcours n’existe pas dans votre structure.',
    UNKNOWN_MEDIA: 'Ce fichier n’existe pas ou n’est pas encore publié.',
    CONTENT_MISSING: 'Il manque le contenu à partager : voyez le champ indiqué.',
    NOT_OWNER: 'Seule la structure qui l’a partagée peut modifier cette fiche.',
    TAKEN_DOWN: 'Cette fiche a été retirée de la bibliothèque.',
    TAKEDOWN_NOT_FOUND: 'Cette demande de retrait n’existe pas.',
    TAKEDOWN_CLOSED: 'Cette demande de retrait a déjà été traitée.',
  },
  CARBON: {
    FACTOR_SET_NOT_FOUND: 'Cette version des facteurs n’existe pas.',
    INVALID_FACTORS: 'Ce jeu de facteurs a des champs erronés : voyez la liste.',
    PROJECT_NOT_FOUND: 'Ce projet n’existe pas ou a été supprimé.',
    SESSION_NOT_FOUND: 'Cette séance n’existe pas ou a été supprimée.',
    ARTIST_NOT_FOUND: 'Cet·te artiste n’existe pas ou a été supprimé·e.',
    CONFIRMATION_NOT_FOUND: 'Cette confirmation n’existe pas ou a déjà été retirée.',
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
  SPACE: {
    REFERENCE_NOT_FOUND:
      'Un fichier, une séance, un participant ou une ressource choisis n’existent plus.',
    NOT_PLAYABLE: 'Une playlist ne contient que de l’audio et de la vidéo.',
    UNKNOWN_STEP: 'Ce parcours n’a pas cette étape.',
    NOT_SHARED: 'Ce parcours n’a pas de modèle : rien ne peut être commun aux autres groupes.',
    ALREADY_PLACED: 'Cette ressource est déjà dans cette liste.',
    ORDER_MISMATCH: 'La liste a changé entre-temps : rechargez la page.',
    HELD_BACK:
      'Publication impossible : tous les participants visibles ou audibles doivent avoir donné leur accord.',
    SLUG_TAKEN: 'Un autre parcours utilise déjà cette adresse publique.',
    CAPTIONS_INVALID:
      'Ce fichier de sous-titres n’est pas un WebVTT valide (voir la ligne indiquée).',
    NOT_CAPTIONABLE: 'Seule une vidéo peut avoir des sous-titres.',
    TOO_MANY_CAPTIONS: 'Cette vidéo a déjà le nombre maximal de langues de sous-titres.',
    NOT_A_CONCERT:
      'Cette séance n’est pas un concert : seul un concert a un direct et un programme.',
    NOT_A_STEP:
      'Cette séance n’est pas une étape d’un parcours : son enregistrement n’a pas d’espace où aller.',
  },
  SPACE_RESOURCE: { NOT_FOUND: 'Cette ressource n’existe plus.' },
  SPACE_ENTRY: { NOT_FOUND: 'Cet élément a déjà été retiré de l’espace.' },
  CONCERT: {
    NOT_FOUND: 'Ce concert n’existe pas ou a été supprimé.',
    PRICE_ABOVE_CAP: 'Un prix dépasse le plafond de la structure.',
    UNKNOWN_TARIFF: 'Ce tarif n’existe plus : rechargez la page.',
    TARIFF_IN_USE: 'Des places ont été réservées à ce tarif : il ne peut plus être retiré.',
    AMOUNT_OUT_OF_RANGE: 'Le montant choisi sort de la fourchette du tarif.',
    SOLD_OUT: 'Il ne reste pas assez de places.',
    CLOSED: 'Les réservations de ce concert sont closes.',
    ORDER_NOT_FOUND: 'Cette réservation n’existe pas.',
  },
  PAYMENT: {
    NOT_FOUND: 'Ce paiement n’existe plus : rechargez la page.',
    NOTHING_DUE: 'Il ne reste rien à payer sur cette réservation.',
    ABOVE_DUE: 'Ce montant dépasse ce qui reste à payer.',
    NOTHING_PAID: 'Cette réservation n’a rien gardé à rembourser.',
    ABOVE_PAID: 'Ce montant dépasse ce que la réservation a payé.',
    REFUND_NOT_REMOVABLE:
      'Un remboursement ne se supprime pas : il reste dans l’historique des paiements.',
    REFUNDED: 'Une partie de ce paiement a été remboursée : il ne peut plus être supprimé.',
    ONLINE_NOT_REMOVABLE:
      'Un paiement en ligne se rembourse depuis HelloAsso ; il ne se supprime pas ici.',
    ONLINE_NOT_CONFIGURED: 'Le paiement en ligne n’est pas configuré.',
    SECRET_REQUIRED: 'Indiquez le secret du client HelloAsso.',
    BAD_SIGNATURE: 'La signature de la notification ne correspond pas.',
    BAD_NOTIFICATION: 'Cette notification n’est pas lisible.',
    PROVIDER_UNAVAILABLE:
      'HelloAsso ne répond pas pour le moment. Réessayez dans quelques minutes.',
    PROVIDER_REFUSED: 'HelloAsso refuse cet identifiant client et ce secret : vérifiez-les.',
    CAP_BELOW_TARIFFS: 'Des concerts à venir ont un tarif au-dessus de ce plafond.',
  },
  DOOR: {
    NOT_CONCERT_ARTIST:
      'Vous ne jouez pas à ce concert : son entrée est tenue par ses artistes et la coordination.',
    ORDER_NOT_OF_CONCERT: 'Cette réservation n’est pas celle de ce concert.',
    CONCERT_CANCELLED: 'Ce concert a été annulé.',
  },
  RELAY_SEATS: {
    ALLOCATION_NOT_FOUND: 'Ces places offertes n’existent pas ou ne vous sont pas confiées.',
    GUEST_NOT_FOUND: 'Cet invité n’existe pas ou a déjà été retiré.',
    UNKNOWN_PARTNER: 'Une structure choisie n’existe plus : rechargez la page.',
    UNKNOWN_GROUP: 'Ce groupe n’a pas suivi d’atelier avant ce concert.',
    BELOW_CLAIMED:
      'Des invités sont déjà nommés sur ces places : on ne peut pas en retirer davantage.',
    ALLOCATION_FULL: 'Toutes les places de cette attribution sont déjà nommées.',
    ALLOCATION_CLOSED:
      'Les nominations sont closes : les places non nommées sont revenues au public.',
    NO_SEATS_LEFT: 'La salle n’a plus assez de places libres pour cette attribution.',
  },
  WAITING_LIST: {
    NOT_FOUND: 'Cette inscription en liste d’attente n’existe pas.',
    SEATS_AVAILABLE: 'Il reste des places : réservez-les directement.',
    NO_OFFER: 'Aucune proposition de places n’est en cours pour cette inscription.',
    TOO_MANY_SEATS: 'Plus de places que le nombre proposé.',
    NOT_WAITING: 'Cette inscription n’est plus dans la liste d’attente : rechargez la page.',
  },
  GROUP_ORDER: { NOT_FOUND: 'Cette réservation de groupe n’existe pas.' },
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
  GROUP_SHARE_LINK: {
    NOT_FOUND: 'Ce lien de partage n’existe pas ou a été révoqué.',
  },
  RIGHTS: {
    UNKNOWN_PERSON: 'Cette personne n’existe pas dans votre structure.',
    UNKNOWN_RECEIVER: 'La personne qui a reçu la demande doit être membre de la structure.',
    INVALID_DATES:
      'Ces dates sont impossibles : pas de date future, et une réponse après la réception.',
    REQUEST_MISMATCH: 'Choisissez une demande d’effacement de cette personne.',
  },
  BACKUP: {
    RUNNING: 'Une sauvegarde est en cours ; son résultat apparaîtra sur cette page.',
    TOO_SOON: 'La dernière sauvegarde a moins de 10 minutes : elle est encore à jour.',
  },
  RIGHTS_REQUEST: {
    NOT_FOUND: 'Cette demande n’existe pas.',
  },
  GUEST: {
    LINK_INVALID: 'Ce lien a déjà servi ou a expiré. Demandez-en un nouveau.',
  },
  OUTBOX: {
    NOT_FOUND: 'Ce message n’existe plus.',
    NOT_FAILED: 'Seul un message en échec peut être renvoyé.',
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
  },
  OFFLINE: {
    RECORDED_IN_FUTURE: 'L’horloge de l’appareil est en avance : vérifiez sa date et son heure.',
  },
  COMMUNE: { NOT_FOUND: 'Aucune commune ne porte ce code.' },
  TERRITORY: {
    IMPORT_NOT_FOUND: 'Ce fichier déposé n’existe pas ou plus.',
    IMPORT_UNSUPPORTED_TYPE: 'Déposez le fichier officiel au format CSV.',
    IMPORT_TOO_LARGE: 'Le fichier dépasse 100\u00a0Mo.',
    IMPORT_EMPTY: 'Le fichier est vide.',
    IMPORT_NO_YEAR: 'Indiquez l’année des données\u00a0: le nom du fichier n’en contient pas.',
    IMPORT_BUSY:
      'Un autre fichier officiel est en cours de lecture\u00a0: réessayez dans un instant.',
    IMPORT_TOO_COMPLEX:
      'Ce fichier demande plus de mémoire que le serveur n’en accorde à sa lecture (TUTTI_REFERENCE_IMPORT_MEMORY_MB).',
    IMPORT_HAS_ERRORS:
      'Des lignes sont refusées, ou rien n’est à importer\u00a0: corrigez le fichier et déposez-le à nouveau.',
    IMPORT_NOT_PREVIEWED: 'Ce fichier a déjà été importé ou abandonné.',
    IMPORT_RUNNING:
      'Un autre fichier officiel est en cours d’import\u00a0: importez celui-ci ensuite.',
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
    UNDECIDED:
      'Des valeurs inconnues attendent un choix : créer, associer ou refuser leurs lignes.',
    UNKNOWN_REFERENCE: 'Cette valeur ne fait pas partie de l’aperçu.',
    UNKNOWN_TARGET: 'Ce à quoi associer la valeur n’existe pas ou plus.',
    CHOICE_NOT_ALLOWED: 'Ce choix n’est pas possible pour cette valeur.',
    TOO_MANY_COLUMNS:
      'Le fichier a plus de 200 colonnes remplies : gardez seulement celles à importer.',
    CELL_TOO_LONG: 'Une cellule dépasse 10 000 caractères : raccourcissez-la.',
    INFLATED_TOO_LARGE:
      'Ce classeur dépasse 150 Mo une fois décompressé : gardez seulement la feuille à importer, ou envoyez un CSV.',
    TOO_COMPLEX:
      'Ce fichier demande trop de mémoire pour être lu : découpez-le en plusieurs fichiers ou envoyez un CSV.',
    BUSY: 'Un autre import de la structure est en cours de lecture : réessayez quand il est terminé.',
  },
  CHOIR: {
    NOT_FOUND:
      'Ce chœur, cette pièce, cette répétition ou cet enregistrement n’existe pas ou plus.',
    REFERENCE_NOT_FOUND:
      'Un élément choisi (saison, pupitre, site, choriste) n’existe pas ou plus.',
    NOT_A_MEMBER: 'Vous ne chantez pas dans ce chœur.',
    NOT_SECTION_LEADER: 'Vous ne pouvez le faire que pour les pupitres dont vous êtes chef·fe.',
    INVALID_RULE:
      'Cette règle de répétitions n’est pas utilisable (hebdomadaire ou mensuelle, avec ses jours).',
    INVALID_DATES: 'La série se termine avant de commencer.',
    MEMBER_FIELDS: 'Un·e nouveau·elle choriste a besoin d’un prénom et d’une tranche d’âge.',
    CONTACT_EMAIL_REQUIRED: 'Les messages par e-mail demandent une adresse.',
    AUDIENCE_INCOMPLETE: 'Choisissez le pupitre ou le site à qui écrire.',
    NO_RECIPIENT: 'Personne de ce public ne peut recevoir ce message : il n’est pas parti.',
    TRACK_PART: 'Une piste de pupitre doit nommer son pupitre.',
    ALREADY_MEMBER: 'Cette personne chante déjà dans le chœur.',
    PART_CODE_TAKEN: 'Un autre pupitre porte déjà ce code.',
    REHEARSAL_CANCELLED: 'Cette répétition a été annulée : l’appel n’y est plus possible.',
    MEMBER_NOT_EXPECTED:
      'Cette personne ne chante pas dans cette saison : sa présence n’a pas été notée.',
    NOT_ENOUGH_COPIES: 'Il ne reste pas assez d’exemplaires sur l’étagère pour ce prêt.',
    LOAN_RETURNED: 'Ce prêt a déjà été rendu.',
  },
  CALL: {
    NOT_FOUND: 'Cet appel n’existe pas ou a été supprimé.',
    INVALID_DATES:
      'Vérifiez les dates : la clôture vient après l’ouverture, à une heure qui existe dans ce fuseau.',
    CRITERIA_FROZEN: 'Les critères sont publiés : ils ne changent plus une fois l’appel ouvert.',
    WRONG_PHASE: 'Ce n’est pas possible à cette étape de l’appel.',
    UNKNOWN_JUROR:
      'Les jurés sont des membres dont le rôle permet de juger (jamais un administrateur).',
    NOT_OPEN: 'Cet appel ne prend pas de candidatures en ce moment.',
    ALREADY_APPLIED: 'Une candidature à cet appel existe déjà pour cette adresse.',
    APPLICATION_SUBMITTED: 'Cette candidature est déjà déposée : elle ne se modifie plus.',
    INCOMPLETE: 'Il manque des informations : complétez les champs signalés.',
    RECORDING_TOO_LONG: 'Cet enregistrement dépasse la durée demandée.',
    RECORDING_STOP_UNKNOWN:
      'Cette séance n’est pas une étape de tournée proche de la commune avant la clôture de l’appel.',
    UNKNOWN_COMMUNE: 'Aucune commune ne correspond : vérifiez le nom ou le code postal.',
    SCORES_NOT_LOCKED:
      'La répartition par territoire ne s’affiche qu’une fois les notes closes : elle ne doit pas peser sur les notes.',
    UNKNOWN_CRITERION: 'Ce critère ne fait pas partie de la grille de l’appel.',
    SCORES_LOCKED: 'Les notes sont closes : elles ne changent plus.',
    OWN_SCORE_FIRST: 'Déposez d’abord vos propres notes pour lire celles des autres jurés.',
    JUROR_BLIND:
      'Vous êtes juré·e de cet appel : ses candidatures restent cachées jusqu’à la clôture des notes.',
    NOT_DECIDED: 'Les résultats ne sont pas encore arrêtés.',
  },
  CALL_APPLICATION: { NOT_FOUND: 'Cette candidature n’existe pas ou n’est plus accessible.' },
  CALL_RECORDING: { NOT_FOUND: 'Cet enregistrement n’existe pas ou a été effacé.' },
  CALL_ASSIGNMENT: { NOT_FOUND: 'Cette candidature ne vous est pas attribuée.' },
  ENSEMBLE: {
    NOT_FOUND: 'Cette fiche de l’annuaire n’existe pas, n’est pas publiée ou n’est plus à jour.',
    UNKNOWN_VENUE: 'Ce lieu n’existe pas ou plus dans la structure.',
    UNKNOWN_COMMUNE: 'Commune inconnue : choisissez-la dans la liste.',
    INVALID_RULE: 'Ce rythme de répétition n’est pas compris.',
    NOT_PENDING: 'Cette proposition a déjà été publiée.',
  },
  DIRECTORY: {
    GROUP_WITHOUT_COMMUNE:
      'Ce groupe n’a pas de commune : indiquez-en une pour chercher autour d’elle, ou ajoutez-la à la fiche du groupe.',
  },
  HANDOVER: {
    NOT_FOUND: 'Cette présentation n’existe pas ou plus.',
    CONSENT_REQUIRED:
      'Il faut l’accord de la personne (de son parent pour un·e mineur·e) : recueillez-le et indiquez-le, ou enregistrez-le d’abord sur sa fiche.',
    ENSEMBLE_UNREACHABLE: 'Cet ensemble n’a pas d’adresse e-mail : ajoutez-la à sa fiche.',
    ALREADY_AWAITING:
      'Cette personne est déjà présentée à cet ensemble, qui n’a pas encore répondu.',
    PARTICIPANT_ANONYMISED: 'Cette personne a été anonymisée.',
  },
  SUPPORT_REQUEST: { NOT_FOUND: 'Cette demande d’aide n’existe pas ou a été supprimée.' },

  TRAINING: {
    NOT_FOUND: 'Cette formation n’existe pas ou plus.',
    PERSON_NOT_FOUND: 'Cette personne n’est pas inscrite à la formation.',
    HALF_DAY_NOT_FOUND: 'Cette demi-journée ne fait pas partie de la formation.',
    UNKNOWN_NETWORK: 'Votre structure n’est pas membre de ce réseau.',
    UNKNOWN_ORGANISATION: 'Cette structure n’est pas membre du réseau de la formation.',
    UNSUITABLE_SURVEY:
      'Choisissez une enquête anonyme de votre structure, posée une seule fois (pas avant/après).',
  },
  CLIENT: {
    NETWORK: 'Impossible de joindre le serveur. Vérifiez votre connexion et réessayez.',
    UNKNOWN: 'Une erreur inattendue s’est produite. Réessayez dans un instant.',
  },
} satisfies ErrorMessages;
