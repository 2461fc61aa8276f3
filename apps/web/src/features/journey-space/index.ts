// What other features may use from the journey space: its module, and the card a journey's page
// embeds (`<JourneySpaceCard orgId={…} journeyId={…} />`).
export { JourneySpaceCard } from './components/space-card';
export { journeySpaceModule } from './module';
