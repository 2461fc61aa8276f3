// German messages for every error code, by the API's code.
import type { SameKeys } from '../translations';
import type { errorMessages as french } from './fr';

export const errorMessages: SameKeys<typeof french> = {
  REQUEST: {
    VALIDATION: 'Einige Angaben sind ungültig. Bitte prüfen Sie die markierten Felder.',
    INVALID_JSON:
      'Die Anfrage war fehlerhaft. Laden Sie die Seite neu und versuchen Sie es erneut.',
    UNSUPPORTED_MEDIA_TYPE:
      'Die Anfrage war fehlerhaft. Laden Sie die Seite neu und versuchen Sie es erneut.',
    TOO_LARGE: 'Die gesendeten Daten sind zu groß.',
    BAD_URL: 'Diese Adresse ist fehlerhaft.',
    URI_TOO_LONG: 'Diese Adresse ist zu lang.',
    HEADERS_TOO_LARGE:
      'Diese Anfrage ist zu groß (Cookies?). Löschen Sie die Cookies dieser Website und versuchen Sie es erneut.',
    MALFORMED: 'Die Anfrage ist fehlerhaft. Laden Sie die Seite neu und versuchen Sie es erneut.',
    NOT_FOUND: 'Diese Seite oder dieser Eintrag existiert nicht.',
    METHOD_NOT_ALLOWED: 'Diese Aktion ist hier nicht möglich.',
    RATE_LIMITED: 'Zu viele Versuche. Warten Sie eine Minute und versuchen Sie es dann erneut.',
    CSRF: 'Ihre Anmeldung hat sich geändert. Laden Sie die Seite neu und versuchen Sie es erneut.',
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
    PUBLIC_SLUG_TAKEN: 'Eine andere Organisation verwendet diese öffentliche Adresse bereits.',
  },
  MEMBER: { NOT_FOUND: 'Diese Person ist kein Mitglied der Organisation.' },
  MEMBER_INVITATION: {
    NOT_FOUND: 'Diese Einladung existiert nicht oder wurde zurückgezogen.',
    EXPIRED: 'Diese Einladung ist abgelaufen. Fordern Sie eine neue an.',
    ALREADY_MEMBER: 'Sie sind bereits Mitglied dieser Organisation.',
    PASSWORD_REQUIRED: 'Wählen Sie einen Namen und ein Passwort, um Ihr Konto anzulegen.',
    OTHER_ACCOUNT:
      'Diese Einladung wurde an eine andere E-Mail-Adresse geschickt: Melden Sie sich mit dieser Adresse an, um sie anzunehmen.',
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
    TOO_LARGE: 'Die Datei ist größer, als es für diesen Zweck erlaubt ist.',
    UNSUPPORTED_TYPE:
      'Senden Sie ein PDF, ein JPEG- oder PNG-Bild oder ein ODT- oder DOCX-Dokument.',
    EMPTY: 'Das Dokument ist leer.',
  },
  MEDIA: {
    NOT_FOUND: 'Diese Datei existiert nicht oder wurde gelöscht.',
    QUOTA_EXCEEDED:
      'Diese Datei würde den Speicherplatz der Organisation überschreiten. Löschen Sie Dateien oder fragen Sie nach mehr Platz.',
    RANGE_NOT_SATISFIABLE: 'Dieser Teil der Datei existiert nicht.',
    UPLOAD_INVALID:
      'Dieser Upload ist fehlerhaft. Laden Sie die Seite neu und versuchen Sie es erneut.',
    UPLOAD_CONFLICT:
      'Dieser Upload hat sich inzwischen geändert. Wählen Sie die Datei erneut, um ihn fortzusetzen.',
    SHARED_IN_LIBRARY:
      'Diese Datei ist in der Bibliothek eines Netzwerks geteilt: Ziehen Sie sie dort zurück, bevor Sie sie löschen.',
  },
  LIBRARY: {
    NOT_FOUND: 'Dieser Bibliothekseintrag existiert nicht oder wurde zurückgezogen.',
    UNKNOWN_TEMPLATE: 'Diese Wegvorlage gibt es in Ihrer Organisation nicht.',
    UNKNOWN_MEDIA: 'Diese Datei gibt es nicht oder sie ist noch nicht veröffentlicht.',
    CONTENT_MISSING: 'Der zu teilende Inhalt fehlt: siehe das angegebene Feld.',
    NOT_OWNER: 'Nur die Organisation, die ihn geteilt hat, kann diesen Eintrag ändern.',
    TAKEN_DOWN: 'Dieser Eintrag wurde aus der Bibliothek entfernt.',
    TAKEDOWN_NOT_FOUND: 'Diese Entfernungsanfrage gibt es nicht.',
    TAKEDOWN_CLOSED: 'Über diese Entfernungsanfrage wurde bereits entschieden.',
  },
  CARBON: {
    FACTOR_SET_NOT_FOUND: 'Diese Faktorversion gibt es nicht.',
    INVALID_FACTORS: 'Dieser Faktorsatz hat fehlerhafte Felder: siehe Liste.',
    PROJECT_NOT_FOUND: 'Dieses Projekt gibt es nicht oder es wurde gelöscht.',
    SESSION_NOT_FOUND: 'Diesen Termin gibt es nicht oder er wurde gelöscht.',
    ARTIST_NOT_FOUND: 'Diese·n Künstler·in gibt es nicht oder er/sie wurde gelöscht.',
    CONFIRMATION_NOT_FOUND: 'Diese Bestätigung gibt es nicht oder sie wurde schon zurückgenommen.',
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
  SPACE: {
    REFERENCE_NOT_FOUND:
      'Eine gewählte Datei, ein Termin, eine Person oder ein Material gibt es nicht mehr.',
    NOT_PLAYABLE: 'Eine Playlist enthält nur Audio und Video.',
    UNKNOWN_STEP: 'Dieser Weg hat diese Etappe nicht.',
    NOT_SHARED: 'Dieser Weg hat keine Vorlage: Nichts kann mit anderen Gruppen geteilt werden.',
    ALREADY_PLACED: 'Dieses Material ist schon in dieser Liste.',
    ORDER_MISMATCH: 'Die Liste hat sich inzwischen geändert: Laden Sie die Seite neu.',
    HELD_BACK:
      'Veröffentlichung nicht möglich: Alle sichtbaren oder hörbaren Teilnehmenden müssen eingewilligt haben.',
    SLUG_TAKEN: 'Ein anderer Weg nutzt diese öffentliche Adresse schon.',
    CAPTIONS_INVALID: 'Diese Untertiteldatei ist kein gültiges WebVTT (siehe angegebene Zeile).',
    NOT_CAPTIONABLE: 'Nur ein Video kann Untertitel haben.',
    TOO_MANY_CAPTIONS: 'Dieses Video hat schon die höchste Zahl an Untertitelsprachen.',
    NOT_A_CONCERT:
      'Diese Einheit ist kein Konzert: Nur ein Konzert hat einen Livestream und ein Programm.',
    NOT_A_STEP:
      'Diese Einheit ist kein Schritt einer Reise: Ihre Aufnahme hat keinen Bereich, in den sie kommen kann.',
  },
  SPACE_RESOURCE: { NOT_FOUND: 'Dieses Material gibt es nicht mehr.' },
  SPACE_ENTRY: { NOT_FOUND: 'Dieses Element wurde schon aus dem Bereich genommen.' },
  CONCERT: {
    NOT_FOUND: 'Dieses Konzert existiert nicht oder wurde gelöscht.',
    PRICE_ABOVE_CAP: 'Ein Preis liegt über der Obergrenze der Organisation.',
    UNKNOWN_TARIFF: 'Dieser Tarif existiert nicht mehr: Laden Sie die Seite neu.',
    TARIFF_IN_USE: 'Zu diesem Tarif wurden Plätze gebucht: Er kann nicht mehr entfernt werden.',
    AMOUNT_OUT_OF_RANGE: 'Der gewählte Betrag liegt außerhalb der Spanne des Tarifs.',
    SOLD_OUT: 'Es sind nicht mehr genug Plätze frei.',
    CLOSED: 'Die Buchungen für dieses Konzert sind geschlossen.',
    ORDER_NOT_FOUND: 'Diese Buchung existiert nicht.',
  },
  PAYMENT: {
    NOT_FOUND: 'Diese Zahlung gibt es nicht mehr: Laden Sie die Seite neu.',
    NOTHING_DUE: 'Für diese Reservierung ist nichts mehr zu zahlen.',
    ABOVE_DUE: 'Dieser Betrag ist höher als der noch offene.',
    NOTHING_PAID: 'Für diese Reservierung ist nichts zu erstatten.',
    ABOVE_PAID: 'Dieser Betrag ist höher als das, was die Reservierung bezahlt hat.',
    REFUND_NOT_REMOVABLE:
      'Eine Erstattung kann nicht gelöscht werden: Sie bleibt im Zahlungsverlauf.',
    REFUNDED: 'Ein Teil dieser Zahlung wurde erstattet: Sie kann nicht mehr gelöscht werden.',
    ONLINE_NOT_REMOVABLE: 'Eine Online-Zahlung wird über HelloAsso erstattet, nicht hier gelöscht.',
    ONLINE_NOT_CONFIGURED: 'Die Online-Zahlung ist nicht eingerichtet.',
    SECRET_REQUIRED: 'Geben Sie das Client-Secret von HelloAsso ein.',
    BAD_SIGNATURE: 'Die Signatur der Benachrichtigung stimmt nicht.',
    BAD_NOTIFICATION: 'Diese Benachrichtigung ist nicht lesbar.',
    PROVIDER_UNAVAILABLE:
      'HelloAsso antwortet gerade nicht. Versuchen Sie es in einigen Minuten erneut.',
    PROVIDER_REFUSED: 'HelloAsso lehnt diese Client-ID und dieses Secret ab: Prüfen Sie sie.',
    CAP_BELOW_TARIFFS: 'Kommende Konzerte haben einen Tarif über dieser Obergrenze.',
  },
  DOOR: {
    NOT_CONCERT_ARTIST:
      'Sie spielen nicht bei diesem Konzert: Den Einlass betreuen seine Künstler und die Koordination.',
    ORDER_NOT_OF_CONCERT: 'Diese Buchung gehört nicht zu diesem Konzert.',
    CONCERT_CANCELLED: 'Dieses Konzert wurde abgesagt.',
  },
  RELAY_SEATS: {
    ALLOCATION_NOT_FOUND: 'Diese Freiplätze gibt es nicht oder sie sind Ihnen nicht anvertraut.',
    GUEST_NOT_FOUND: 'Diesen Gast gibt es nicht oder er wurde bereits entfernt.',
    UNKNOWN_PARTNER: 'Eine gewählte Einrichtung gibt es nicht mehr: Laden Sie die Seite neu.',
    UNKNOWN_GROUP: 'Diese Gruppe hat vor diesem Konzert keinen Workshop besucht.',
    BELOW_CLAIMED:
      'Für diese Plätze sind bereits Gäste benannt: Es kann nicht mehr entfernt werden.',
    ALLOCATION_FULL: 'Alle Plätze dieses Kontingents sind bereits benannt.',
    ALLOCATION_CLOSED:
      'Die Benennung ist geschlossen: Die nicht benannten Plätze gingen an das Publikum zurück.',
    NO_SEATS_LEFT: 'Im Saal sind nicht mehr genug Plätze für dieses Kontingent frei.',
  },
  WAITING_LIST: {
    NOT_FOUND: 'Dieser Wartelisteneintrag existiert nicht.',
    SEATS_AVAILABLE: 'Es sind noch Plätze frei: Buchen Sie direkt.',
    NO_OFFER: 'Für diesen Eintrag läuft kein Angebot.',
    TOO_MANY_SEATS: 'Mehr Plätze als angeboten.',
    NOT_WAITING: 'Dieser Eintrag steht nicht mehr auf der Warteliste: Laden Sie die Seite neu.',
  },
  GROUP_ORDER: { NOT_FOUND: 'Diese Gruppenbuchung existiert nicht.' },
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
  GROUP_SHARE_LINK: {
    NOT_FOUND: 'Dieser Freigabelink existiert nicht oder wurde widerrufen.',
  },
  RIGHTS: {
    UNKNOWN_PERSON: 'Diese Person gibt es in Ihrer Organisation nicht.',
    UNKNOWN_RECEIVER: 'Wer die Anfrage entgegengenommen hat, muss Mitglied der Organisation sein.',
    INVALID_DATES:
      'Diese Daten sind unmöglich: kein Datum in der Zukunft, und eine Antwort nach dem Eingang.',
    REQUEST_MISMATCH: 'Wählen Sie eine Löschanfrage dieser Person.',
  },
  BACKUP: {
    RUNNING: 'Eine Sicherung läuft; ihr Ergebnis erscheint auf dieser Seite.',
    TOO_SOON: 'Die letzte Sicherung ist weniger als 10 Minuten alt: Sie ist noch aktuell.',
  },
  RIGHTS_REQUEST: {
    NOT_FOUND: 'Diese Anfrage gibt es nicht.',
  },
  GUEST: {
    LINK_INVALID:
      'Dieser Link wurde schon benutzt oder ist abgelaufen. Fordern Sie einen neuen an.',
  },
  OUTBOX: {
    NOT_FOUND: 'Diese Nachricht gibt es nicht mehr.',
    NOT_FAILED: 'Nur eine fehlgeschlagene Nachricht kann erneut gesendet werden.',
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
  },
  OFFLINE: { RECORDED_IN_FUTURE: 'Die Uhr des Geräts geht vor: Prüfen Sie Datum und Uhrzeit.' },
  COMMUNE: { NOT_FOUND: 'Keine Gemeinde hat diesen Code.' },
  TERRITORY: {
    IMPORT_NOT_FOUND: 'Diese hochgeladene Datei existiert nicht (mehr).',
    IMPORT_UNSUPPORTED_TYPE: 'Laden Sie die amtliche Datei als CSV hoch.',
    IMPORT_TOO_LARGE: 'Die Datei ist größer als 100 MB.',
    IMPORT_EMPTY: 'Die Datei ist leer.',
    IMPORT_NO_YEAR: 'Geben Sie das Jahr der Daten an: der Dateiname enthält keines.',
    IMPORT_BUSY:
      'Eine andere amtliche Datei wird gerade gelesen: versuchen Sie es gleich noch einmal.',
    IMPORT_TOO_COMPLEX:
      'Diese Datei braucht mehr Speicher, als der Server ihrem Lesen gibt (TUTTI_REFERENCE_IMPORT_MEMORY_MB).',
    IMPORT_HAS_ERRORS:
      'Zeilen werden abgelehnt oder es gibt nichts zu importieren: korrigieren Sie die Datei und laden Sie sie erneut hoch.',
    IMPORT_NOT_PREVIEWED: 'Diese Datei wurde bereits importiert oder verworfen.',
    IMPORT_RUNNING:
      'Eine andere amtliche Datei wird gerade importiert: importieren Sie diese danach.',
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
    UNDECIDED:
      'Unbekannte Werte warten auf eine Entscheidung: anlegen, zuordnen oder ihre Zeilen ablehnen.',
    UNKNOWN_REFERENCE: 'Dieser Wert gehört nicht zur Vorschau.',
    UNKNOWN_TARGET: 'Das Ziel der Zuordnung existiert nicht (mehr).',
    CHOICE_NOT_ALLOWED: 'Diese Entscheidung ist für diesen Wert nicht möglich.',
    LINE_FAILED: 'Eine Zeile konnte nicht gespeichert werden: Es wurde nichts importiert.',
    TOO_MANY_COLUMNS:
      'Die Datei hat mehr als 200 ausgefüllte Spalten: Behalten Sie nur die zu importierenden.',
    CELL_TOO_LONG: 'Eine Zelle enthält mehr als 10.000 Zeichen: Kürzen Sie sie.',
    INFLATED_TOO_LARGE:
      'Diese Arbeitsmappe ist entpackt größer als 150 MB: Behalten Sie nur das zu importierende Blatt oder senden Sie eine CSV-Datei.',
    TOO_COMPLEX:
      'Diese Datei braucht zu viel Speicher zum Lesen: Teilen Sie sie auf oder senden Sie eine CSV-Datei.',
    BUSY: 'Ein anderer Import der Organisation wird gerade gelesen: Versuchen Sie es danach erneut.',
  },
  CHOIR: {
    NOT_FOUND: 'Dieser Chor, dieses Stück, diese Probe oder diese Aufnahme existiert nicht (mehr).',
    REFERENCE_NOT_FOUND:
      'Etwas Ausgewähltes (Saison, Stimme, Ort, Singende) existiert nicht (mehr).',
    NOT_A_MEMBER: 'Sie singen nicht in diesem Chor.',
    NOT_SECTION_LEADER: 'Das dürfen Sie nur für die Stimmen, die Sie leiten.',
    INVALID_RULE:
      'Diese Probenregel ist nicht verwendbar (wöchentlich oder monatlich, mit ihren Tagen).',
    INVALID_DATES: 'Die Reihe endet, bevor sie beginnt.',
    MEMBER_FIELDS: 'Neue Singende brauchen einen Vornamen und eine Altersgruppe.',
    CONTACT_EMAIL_REQUIRED: 'Nachrichten per E-Mail brauchen eine Adresse.',
    AUDIENCE_INCOMPLETE: 'Wählen Sie die Stimme oder den Ort, an die Sie schreiben.',
    NO_RECIPIENT:
      'Niemand in diesem Kreis kann sie erhalten: Die Nachricht wurde nicht verschickt.',
    TRACK_PART: 'Eine Stimmspur muss ihre Stimme nennen.',
    ALREADY_MEMBER: 'Diese Person singt bereits im Chor.',
    PART_CODE_TAKEN: 'Eine andere Stimme hat dieses Kürzel bereits.',
    REHEARSAL_CANCELLED: 'Diese Probe wurde abgesagt: keine Anwesenheit mehr möglich.',
    MEMBER_NOT_EXPECTED:
      'Diese Person singt in dieser Saison nicht: Ihre Anwesenheit wurde nicht erfasst.',
    NOT_ENOUGH_COPIES: 'Im Regal sind nicht mehr genug Exemplare für diese Ausleihe.',
    LOAN_RETURNED: 'Diese Ausleihe wurde bereits zurückgegeben.',
  },
  CALL: {
    NOT_FOUND: 'Diese Ausschreibung gibt es nicht oder sie wurde gelöscht.',
    INVALID_DATES:
      'Prüfen Sie die Daten: Der Schluss liegt nach dem Beginn, zu einer Uhrzeit, die es in dieser Zeitzone gibt.',
    CRITERIA_FROZEN:
      'Die Kriterien sind veröffentlicht: Nach dem Beginn ändern sie sich nicht mehr.',
    WRONG_PHASE: 'In dieser Phase der Ausschreibung ist das nicht möglich.',
    UNKNOWN_JUROR:
      'Jurymitglieder sind Mitglieder, deren Rolle bewerten darf (nie ein Administrator).',
    NOT_OPEN: 'Diese Ausschreibung nimmt derzeit keine Bewerbungen an.',
    ALREADY_APPLIED: 'Für diese Adresse gibt es bereits eine Bewerbung auf diese Ausschreibung.',
    APPLICATION_SUBMITTED:
      'Diese Bewerbung ist bereits eingereicht: Sie kann nicht mehr geändert werden.',
    INCOMPLETE: 'Es fehlen Angaben: Ergänzen Sie die markierten Felder.',
    RECORDING_TOO_LONG: 'Diese Aufnahme ist länger als erlaubt.',
    RECORDING_STOP_UNKNOWN:
      'Dieser Termin ist kein Tourneehalt in der Nähe der Gemeinde vor dem Ende der Ausschreibung.',
    UNKNOWN_COMMUNE: 'Kein Ort passt: Prüfen Sie den Namen oder die Postleitzahl.',
    SCORES_NOT_LOCKED:
      'Die Verteilung nach Gebiet erscheint erst, wenn die Bewertungen abgeschlossen sind: Sie darf die Bewertungen nicht beeinflussen.',
    UNKNOWN_CRITERION: 'Dieses Kriterium gehört nicht zum Bewertungsschema der Ausschreibung.',
    SCORES_LOCKED: 'Die Bewertungen sind geschlossen: Sie ändern sich nicht mehr.',
    OWN_SCORE_FIRST: 'Reichen Sie zuerst Ihre eigene Bewertung ein, um die der anderen zu lesen.',
    JUROR_BLIND:
      'Sie sitzen in der Jury dieser Ausschreibung: Ihre Bewerbungen bleiben Ihnen bis zum Abschluss der Bewertungen verborgen.',
    NOT_DECIDED: 'Die Ergebnisse stehen noch nicht fest.',
  },
  CALL_APPLICATION: {
    NOT_FOUND: 'Diese Bewerbung gibt es nicht oder sie ist nicht mehr zugänglich.',
  },
  CALL_RECORDING: { NOT_FOUND: 'Diese Aufnahme gibt es nicht oder sie wurde gelöscht.' },
  CALL_ASSIGNMENT: { NOT_FOUND: 'Diese Bewerbung ist Ihnen nicht zugeteilt.' },
  ENSEMBLE: {
    NOT_FOUND:
      'Dieser Verzeichniseintrag existiert nicht, ist nicht veröffentlicht oder nicht mehr aktuell.',
    UNKNOWN_VENUE: 'Dieser Ort existiert in der Organisation nicht mehr.',
    UNKNOWN_COMMUNE: 'Unbekannte Gemeinde: Wählen Sie sie aus der Liste.',
    INVALID_RULE: 'Dieser Probenrhythmus wird nicht verstanden.',
    NOT_PENDING: 'Dieser Vorschlag ist bereits veröffentlicht.',
  },
  DIRECTORY: {
    GROUP_WITHOUT_COMMUNE:
      'Diese Gruppe hat keine Gemeinde: Geben Sie eine an, um in ihrer Umgebung zu suchen, oder tragen Sie sie bei der Gruppe ein.',
  },
  HANDOVER: {
    NOT_FOUND: 'Diese Vorstellung existiert nicht mehr.',
    CONSENT_REQUIRED:
      'Das Einverständnis der Person (bei Minderjährigen der Eltern) ist nötig: Holen Sie es ein und tragen Sie es ein, oder erfassen Sie es zuerst auf ihrer Seite.',
    ENSEMBLE_UNREACHABLE: 'Dieses Ensemble hat keine E-Mail-Adresse: Ergänzen Sie sie im Eintrag.',
    ALREADY_AWAITING:
      'Diese Person ist diesem Ensemble bereits vorgestellt, das noch nicht geantwortet hat.',
    PARTICIPANT_ANONYMISED: 'Diese Person wurde anonymisiert.',
  },
  SUPPORT_REQUEST: { NOT_FOUND: 'Diese Bitte um Unterstützung gibt es nicht oder nicht mehr.' },

  TRAINING: {
    NOT_FOUND: 'Diese Fortbildung gibt es nicht (mehr).',
    PERSON_NOT_FOUND: 'Diese Person ist nicht zur Fortbildung angemeldet.',
    HALF_DAY_NOT_FOUND: 'Dieser Halbtag gehört nicht zur Fortbildung.',
    UNKNOWN_NETWORK: 'Ihre Einrichtung ist nicht Mitglied dieses Netzwerks.',
    UNKNOWN_ORGANISATION: 'Diese Einrichtung ist nicht Mitglied im Netzwerk der Fortbildung.',
    UNSUITABLE_SURVEY:
      'Wählen Sie eine anonyme Umfrage Ihrer Einrichtung, die einmal beantwortet wird (nicht vorher/nachher).',
  },
  CLIENT: {
    NETWORK:
      'Der Server ist nicht erreichbar. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.',
    UNKNOWN: 'Ein unerwarteter Fehler ist aufgetreten. Versuchen Sie es gleich noch einmal.',
  },
};
