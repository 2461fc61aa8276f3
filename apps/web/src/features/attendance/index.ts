// What the rest of the app may use from attendance.
export { MarkChoice } from './components/mark-choice';
export { attendanceModule } from './module';
