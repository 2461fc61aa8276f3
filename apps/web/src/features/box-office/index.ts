// What other features may use from the box office: its module, and the card a concert's session
// page embeds (`<BoxOfficeCard orgId={…} sessionId={…} />`).
export { BoxOfficeCard } from './components/box-office-card';
export { boxOfficeModule } from './module';
