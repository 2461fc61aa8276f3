// What other features may use from the journey space: its module, the card a journey's page
// embeds (`<JourneySpaceCard orgId={…} journeyId={…} />`), and the one a session's page embeds for
// its recording (`<SessionRecordingsCard … />`).
export { SessionRecordingsCard } from './components/session-recordings-card';
export { JourneySpaceCard } from './components/space-card';
export { journeySpaceModule } from './module';
