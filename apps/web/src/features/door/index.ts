// What other features may use from the door: its module, and the door's summary that a concert's
// box office card shows (`<DoorSummary orgId={…} sessionId={…} />`).
export { DoorSummary } from './components/door-summary';
export { doorModule } from './module';
