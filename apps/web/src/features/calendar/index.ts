// What the rest of the app may use from the calendar: sessions in a range, conflicts, moves.
export { type Option, useLookup } from './api/lookups';
export { useCalendar, useSession } from './api/sessions';
export { ConflictList, conflictsOf, useConflictText } from './components/conflict-list';
export { CreatedFeed } from './components/created-feed';
export { MoveDialog } from './components/move-dialog';
export { SessionChip } from './components/session-chip';
export { calendarModule } from './module';
