// What the rest of the app may use from attendance.
export { attendanceModule } from './module';
