// The shape of the error messages: one per API error code, grouped by module (errors/<locale>.ts).
import type { AnyErrorCode } from '../api-client';

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
  | 'MEMBER_INVITATION'
  | 'DEMO'
  | 'PARTNER'
  | 'VENUE'
  | 'ARTIST'
  | 'FILE'
  | 'MEDIA'
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
  | 'SPACE'
  | 'SPACE_RESOURCE'
  | 'SPACE_ENTRY'
  | 'SESSION'
  | 'CALENDAR'
  | 'CALENDAR_FEED'
  | 'GROUP'
  | 'PARTICIPANT'
  | 'CONSENT'
  | 'ATTENDANCE'
  | 'OFFLINE'
  | 'IMPORT'
  | 'RELAY_SEATS'
  | 'CHOIR'
  | 'CALL'
  | 'CALL_APPLICATION'
  | 'CALL_RECORDING'
  | 'CALL_ASSIGNMENT'
  | 'ENSEMBLE'
  | 'DIRECTORY'
  | 'HANDOVER'
  | 'SUPPORT_REQUEST'
  | 'CLIENT';

/** `errors.AUTH.INVALID_CREDENTIALS`: one entry per code, grouped by its owning module. */
export type ErrorMessages = Pick<AllErrorMessages, ScreenedGroups> &
  Partial<Omit<AllErrorMessages, ScreenedGroups>>;
