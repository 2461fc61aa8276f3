// What the app and other modules may use from attendance: its routes, for the app to mount.
export { registerAttendanceRoutes } from './attendance.routes';
