// What the app and other modules may use from attendance: its routes, offline operation kinds, and
// the count of conflicting marks (the home page).
export { registerAttendanceRoutes } from './attendance.routes';
export { countAttendanceConflicts } from './conflict-reads';
export { attendanceOperationKinds } from './operation-kinds';
