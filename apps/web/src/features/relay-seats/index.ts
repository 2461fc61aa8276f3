// What other features may use from free seats through relays: its module, the card a concert's
// page embeds (`<SeatLayersCard orgId={…} sessionId={…} />`) and the relay's home card.
export { RelaySeatsHome } from './components/relay-seats-home';
export { SeatLayersCard } from './components/seat-layers-card';
export { relaySeatsModule } from './module';
