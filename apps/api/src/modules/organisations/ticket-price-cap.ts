// The organisation's price cap of concert seats, set by the box office's settings inside their
// own transaction (which first checks the concerts' tariffs against it).
import * as organisations from './organisations.repository';

export function updateTicketPriceCap(
  ...args: Parameters<typeof organisations.updateTicketPriceCap>
) {
  return organisations.updateTicketPriceCap(...args);
}
