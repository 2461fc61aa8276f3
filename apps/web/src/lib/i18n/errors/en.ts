// English messages for every error code, by the API's code.
import type { SameKeys } from '../translations';
import type { errorMessages as french } from './fr';

export const errorMessages: SameKeys<typeof french> = {
  REQUEST: {
    VALIDATION: 'Some information is not valid. Check the highlighted fields.',
    INVALID_JSON: 'The request was malformed. Reload the page and try again.',
    UNSUPPORTED_MEDIA_TYPE: 'The request was malformed. Reload the page and try again.',
    TOO_LARGE: 'What you sent is too large.',
    BAD_URL: 'This address is malformed.',
    URI_TOO_LONG: 'This address is too long.',
    HEADERS_TOO_LARGE:
      'This request carries too much (cookies?). Clear this site’s cookies and try again.',
    MALFORMED: 'The request was malformed. Reload the page and try again.',
    NOT_FOUND: 'This page or item does not exist.',
    METHOD_NOT_ALLOWED: 'This action is not possible here.',
    RATE_LIMITED: 'Too many attempts. Wait a minute before trying again.',
    CSRF: 'Your sign-in changed. Reload the page and try again.',
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
    PUBLIC_SLUG_TAKEN: 'Another organisation already uses this public address.',
  },
  MEMBER: { NOT_FOUND: 'This person is not a member of the organisation.' },
  MEMBER_INVITATION: {
    NOT_FOUND: 'This invitation does not exist or was revoked.',
    EXPIRED: 'This invitation has expired. Ask for a new one.',
    ALREADY_MEMBER: 'You are already a member of this organisation.',
    PASSWORD_REQUIRED: 'Choose a name and a password to create your account.',
    OTHER_ACCOUNT:
      'This invitation was sent to another e-mail address: sign in with that address to accept it.',
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
    TOO_LARGE: 'The file is larger than this use allows.',
    UNSUPPORTED_TYPE: 'Send a PDF, a JPEG or PNG image, or an ODT or DOCX document.',
    EMPTY: 'The document is empty.',
  },
  MEDIA: {
    NOT_FOUND: 'This file does not exist or was deleted.',
    QUOTA_EXCEEDED:
      'This file would exceed the organisation’s storage. Delete files or ask for more space.',
    RANGE_NOT_SATISFIABLE: 'This part of the file does not exist.',
    UPLOAD_INVALID: 'This upload is malformed. Reload the page and try again.',
    UPLOAD_CONFLICT: 'This upload changed meanwhile. Choose the file again to resume it.',
  },
  CARBON: {
    FACTOR_SET_NOT_FOUND: 'This factor version does not exist.',
    INVALID_FACTORS: 'This factor set has wrong fields: see the list.',
    PROJECT_NOT_FOUND: 'This project does not exist or was deleted.',
    SESSION_NOT_FOUND: 'This session does not exist or was deleted.',
    ARTIST_NOT_FOUND: 'This artist does not exist or was deleted.',
    CONFIRMATION_NOT_FOUND: 'This confirmation does not exist or was already withdrawn.',
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
  CONCERT: {
    NOT_FOUND: 'This concert does not exist or was deleted.',
    PRICE_ABOVE_CAP: 'A price is above the organisation’s cap.',
    UNKNOWN_TARIFF: 'This tariff no longer exists: reload the page.',
    TARIFF_IN_USE: 'Seats were booked at this tariff: it can no longer be removed.',
    AMOUNT_OUT_OF_RANGE: 'The amount chosen is outside the tariff’s range.',
    SOLD_OUT: 'There are not enough seats left.',
    CLOSED: 'Bookings for this concert are closed.',
    ORDER_NOT_FOUND: 'This booking does not exist.',
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
  GROUP_SHARE_LINK: {
    NOT_FOUND: 'This share link does not exist or was revoked.',
  },
  RIGHTS: {
    UNKNOWN_PERSON: 'This person does not exist in your organisation.',
    UNKNOWN_RECEIVER: 'The person who received the request must be a member of the organisation.',
    INVALID_DATES: 'These dates are impossible: no future date, and an answer after receipt.',
    REQUEST_MISMATCH: 'Choose an erasure request of this person.',
  },
  BACKUP: {
    RUNNING: 'A backup is running; its result will appear on this page.',
    TOO_SOON: 'The last backup is less than 10 minutes old: it is still up to date.',
  },
  RIGHTS_REQUEST: {
    NOT_FOUND: 'This request does not exist.',
  },
  GUEST: {
    LINK_INVALID: 'This link was already used or has expired. Ask for a new one.',
  },
  OUTBOX: {
    NOT_FOUND: 'This message no longer exists.',
    NOT_FAILED: 'Only a failed message can be sent again.',
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
  },
  OFFLINE: { RECORDED_IN_FUTURE: 'The device clock is ahead: check its date and time.' },
  COMMUNE: { NOT_FOUND: 'No municipality has this code.' },
  TERRITORY: {
    IMPORT_NOT_FOUND: 'This uploaded file does not exist (any more).',
    IMPORT_UNSUPPORTED_TYPE: 'Upload the official file as CSV.',
    IMPORT_TOO_LARGE: 'The file is larger than 100 MB.',
    IMPORT_EMPTY: 'The file is empty.',
    IMPORT_NO_YEAR: 'Give the year of the data: the file name has none.',
    IMPORT_BUSY: 'Another official file is being read: try again in a moment.',
    IMPORT_TOO_COMPLEX:
      'This file needs more memory than the server gives to reading it (TUTTI_REFERENCE_IMPORT_MEMORY_MB).',
    IMPORT_HAS_ERRORS:
      'Some lines are refused, or there is nothing to import: fix the file and upload it again.',
    IMPORT_NOT_PREVIEWED: 'This file was already imported or discarded.',
    IMPORT_RUNNING: 'Another official file is being imported: import this one afterwards.',
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
    UNDECIDED: 'Unknown values wait for a choice: create, map or refuse their lines.',
    UNKNOWN_REFERENCE: 'This value is not part of the preview.',
    UNKNOWN_TARGET: 'What the value should map to does not exist (any more).',
    CHOICE_NOT_ALLOWED: 'This choice is not possible for this value.',
    LINE_FAILED: 'A line could not be saved: nothing was imported.',
    TOO_MANY_COLUMNS: 'The file has over 200 filled columns: keep only those to import.',
    CELL_TOO_LONG: 'A cell holds over 10,000 characters: shorten it.',
    INFLATED_TOO_LARGE:
      'This workbook is over 150 MB once unzipped: keep only the sheet to import, or send a CSV.',
    TOO_COMPLEX:
      'This file needs too much memory to be read: split it into several files or send a CSV.',
    BUSY: 'Another import of the organisation is being read: try again when it is done.',
  },
  CLIENT: {
    NETWORK: 'The server could not be reached. Check your connection and try again.',
    UNKNOWN: 'Something unexpected went wrong. Try again in a moment.',
  },
};
