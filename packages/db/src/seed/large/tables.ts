// Where each part of a large organisation's plan is written: its table and the columns of its
// rows, in the order the foreign keys need (projects and venues before the sessions that use them).
import type { ColumnType } from './bulk';
import type { LargePlan } from './plan';

type Columns = readonly (readonly [string, ColumnType])[];

export type LargeTable = {
  /** The plan's rows for this table. */
  rows: Exclude<keyof LargePlan, 'artistIds'>;
  table: string;
  columns: Columns;
};

const uuid = (name: string) => [name, 'uuid'] as const;
const text = (name: string) => [name, 'text'] as const;
const integer = (name: string) => [name, 'integer'] as const;
const timestamp = (name: string) => [name, 'timestamptz'] as const;
const place = [text('commune_code'), text('commune_name')] as const;
const position = [
  ['latitude', 'float8'],
  ['longitude', 'float8'],
] as const;
/** The columns of a mark taken on a phone: when, on which device, by which operation. */
const offline = [timestamp('recorded_at'), text('device_id'), uuid('op_id')] as const;

export const largeTables: readonly LargeTable[] = [
  {
    rows: 'projects',
    table: 'projects',
    columns: [
      uuid('id'),
      uuid('org_id'),
      text('name'),
      text('status'),
      ['starts_on', 'date'],
      ['ends_on', 'date'],
    ],
  },
  {
    rows: 'venues',
    table: 'venues',
    columns: [
      uuid('id'),
      uuid('org_id'),
      text('name'),
      text('kind'),
      ...place,
      ...position,
      integer('capacity'),
    ],
  },
  {
    rows: 'artists',
    table: 'artists',
    columns: [
      uuid('id'),
      uuid('org_id'),
      text('display_name'),
      text('home_commune_code'),
      text('home_commune_name'),
      ...position,
    ],
  },
  {
    rows: 'groups',
    table: 'groups',
    columns: [
      uuid('id'),
      uuid('org_id'),
      text('name'),
      text('kind'),
      ['listed_individually', 'boolean'],
      integer('expected_size'),
      text('age_band'),
      ...place,
    ],
  },
  {
    rows: 'participants',
    table: 'participants',
    columns: [
      uuid('id'),
      uuid('org_id'),
      uuid('group_id'),
      text('first_name'),
      text('age_band'),
      text('search_name'),
      ['retain_until', 'date'],
    ],
  },
  {
    rows: 'accessNeeds',
    table: 'participant_access_needs',
    columns: [uuid('participant_id'), uuid('org_id'), text('needs')],
  },
  {
    rows: 'sessions',
    table: 'sessions',
    columns: [
      uuid('id'),
      uuid('org_id'),
      uuid('project_id'),
      text('kind'),
      uuid('venue_id'),
      timestamp('starts_at'),
      timestamp('ends_at'),
      text('time_zone'),
      text('status'),
      timestamp('updated_at'),
    ],
  },
  {
    rows: 'sessionGroups',
    table: 'session_groups',
    columns: [uuid('org_id'), uuid('session_id'), uuid('group_id')],
  },
  {
    rows: 'sessionArtists',
    table: 'session_artists',
    columns: [uuid('org_id'), uuid('session_id'), uuid('artist_id')],
  },
  {
    rows: 'marks',
    table: 'attendance_marks',
    columns: [
      uuid('org_id'),
      uuid('session_id'),
      uuid('participant_id'),
      text('status'),
      ...offline,
    ],
  },
  {
    rows: 'headcounts',
    table: 'session_headcounts',
    columns: [
      uuid('id'),
      uuid('org_id'),
      uuid('session_id'),
      uuid('group_id'),
      integer('count'),
      ...offline,
    ],
  },
  {
    rows: 'tariffs',
    table: 'concert_tariffs',
    columns: [
      uuid('id'),
      uuid('org_id'),
      uuid('session_id'),
      text('kind'),
      integer('price_cents'),
      integer('position'),
    ],
  },
  {
    rows: 'orders',
    table: 'concert_orders',
    columns: [
      uuid('id'),
      uuid('org_id'),
      uuid('session_id'),
      text('secret'),
      text('name'),
      text('email'),
      integer('seats'),
      text('status'),
      timestamp('created_at'),
      timestamp('updated_at'),
    ],
  },
  {
    rows: 'orderLines',
    table: 'concert_order_lines',
    columns: [
      uuid('org_id'),
      uuid('order_id'),
      uuid('tariff_id'),
      integer('quantity'),
      integer('unit_price_cents'),
    ],
  },
];
