// What the app and other modules may use from attendance: its routes and offline operation kinds.
export { registerAttendanceRoutes } from './attendance.routes';
export { attendanceOperationKinds } from './operation-kinds';
