// German strings of the retention page.
import type { SameKeys } from '@/lib/i18n/translations';
import type { fr } from './fr';

export const de: SameKeys<typeof fr> = {
  nav: 'Aufbewahrung',
  title: 'Aufbewahrung der Daten',
  intro:
    'Jede Nacht löscht oder anonymisiert Tutti die personenbezogenen Daten, deren Aufbewahrungsfrist abgelaufen ist. Sie müssen nichts tun; hier stehen die angewandten Regeln und was die letzten Löschläufe entfernt haben.',
  rulesTitle: 'Aufbewahrungsregeln',
  rulesCaption: 'Wie lange jede Art personenbezogener Daten aufbewahrt wird',
  keptLabel: 'Aufbewahrt',
  records: {
    participants:
      'Teilnehmende: Name, Gemeinde, Einwilligungen der Sorgeberechtigten, Zugangsbedürfnisse',
    concertOrders: 'Konzertbuchungen: Name, E-Mail, Telefon, Zugangsbedürfnisse',
    spaceReminders: 'Von Familien angeforderte Terminerinnerungen (E-Mail-Adresse, Sprache)',
    supportRequests:
      'Bitten um Unterstützung bei der Gründung eines Ensembles (Name, E-Mail, Telefon, Nachricht)',
    callApplications:
      'Bewerbungen auf Ausschreibungen: Name, Adresse, Antworten, Begründung der Entscheidung',
    partnerContacts: 'Kontaktpersonen der Partner',
    rightsRequests: 'Anfragen von Personen zu ihren Daten (Art, Daten, Antwort)',
    memberInvitations: 'Einladungen in die Organisation (E-Mail-Adresse)',
    importFiles: 'Zeilen importierter Dateien, die auf Bestätigung warten',
    outboxMessages: 'Gesendete oder aufbewahrte E-Mails',
    choirMessages: 'Chornachrichten an die Singenden (Text, wer sie gelesen hat)',
    choirScoreLoans: 'An Singende verliehene Noten (wer, wie viele, wann, Notiz)',
    logins: 'Anmeldungen (angemeldete Browser)',
    accountTokens: 'Per E-Mail gesendete Links zum Zurücksetzen und Bestätigen',
    auditEvents:
      'Audit-Protokoll: Abrufe von Zugangsbedürfnissen, Exporte, Rollenänderungen (ohne deren Inhalt)',
    retentionReports: 'Berichte der Löschläufe (nur Zahlen)',
  },
  short: {
    participants: 'Teilnehmende',
    concertOrders: 'Buchungen',
    spaceReminders: 'Erinnerungen',
    supportRequests: 'Unterstützung',
    callApplications: 'Bewerbungen',
    partnerContacts: 'Kontakte',
    rightsRequests: 'Anfragen',
    memberInvitations: 'Einladungen',
    importFiles: 'Importe',
    outboxMessages: 'E-Mails',
    choirMessages: 'Chornachrichten',
    choirScoreLoans: 'Notenausleihen',
    logins: 'Anmeldungen',
    accountTokens: 'Links',
    auditEvents: 'Audit-Protokoll',
    retentionReports: 'Berichte',
  },
  kept: {
    participants: 'bis zum Ende des Schuljahres nach der letzten Anmeldung',
    concertOrders: '90 Tage nach dem Konzert (Plätze und Tarife bleiben, ohne Namen)',
    spaceReminders:
      '30 Tage nach dem letzten Termin des musikalischen Wegs (30 Tage nach der Anfrage, wenn sie nie bestätigt wurde)',
    supportRequests:
      '6 Monate nach ihrer Bearbeitung (1 Jahr nach dem Senden, wenn niemand sie bearbeitet hat); Gemeinde und Daten bleiben für die Karte, ohne Namen',
    callApplications:
      '1 Jahr nach Versand der Ergebnisse (oder Schluss einer Ausschreibung ohne Ergebnis), sobald die Aufnahmen gelöscht sind; Entwürfe werden gelöscht, die Bewertungen der Jury bleiben unter dem Code, ohne Namen',
    partnerContacts: '3 Jahre nach der Archivierung des Partners',
    rightsRequests:
      '3 Jahre nach der Antwort (Notizen werden gelöscht, sobald die Person anonymisiert ist)',
    memberInvitations: '90 Tage nach Annahme, Widerruf oder Ablauf',
    importFiles:
      '7 Tage nach dem Hochladen (gelöscht, sobald der Import übernommen oder verworfen ist)',
    outboxMessages: '90 Tage nach dem Schreiben (außer noch zu sendenden)',
    choirMessages: '1 Jahr nach dem Senden',
    choirScoreLoans:
      '1 Jahr nach der Rückgabe (Notiz gelöscht, sobald die Person anonymisiert ist)',
    logins: 'bis zum Ablauf (30 Tage ohne Nutzung)',
    accountTokens: '7 Tage nach Nutzung oder Ablauf',
    auditEvents: '1 Jahr nach dem Ereignis',
    retentionReports: '400 Tage',
  },
  action: { anonymise: 'anonymisiert', delete: 'gelöscht' },
  anonymiseNote:
    'Beim Anonymisieren bleiben Anwesenheit und Altersgruppe für die Statistik erhalten, ohne etwas, das die Person erkennen ließe.',
  accountNote: 'Daten persönlicher Konten, allen Organisationen gemeinsam.',
  reportsTitle: 'Letzte Löschläufe',
  reportsCaption: 'Pro täglichem Löschlauf entfernte Datensätze Ihrer Organisation',
  noReport:
    'Noch kein Löschlauf. Er läuft jede Nacht um 3:17 Uhr; eine Serveradministratorin kann ihn auch mit „npm run retention:purge“ starten.',
  date: 'Datum',
  total: 'Summe',
  nothing: 'Nichts zu entfernen',
};
