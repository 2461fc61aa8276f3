// Relay allocations and their guests as the API answers them: never a database row.
import type {
  OrderStatus,
  RelayAllocation,
  RelayAllocationView,
  RelayGuest,
} from '@tutti/contracts';
import type { ConcertSession } from '../sessions';
import type { AllocationState } from './seat-layers';

export function presentAllocation(state: AllocationState, partnerName: string): RelayAllocation {
  return {
    id: state.id,
    partnerId: state.partnerId,
    partnerName,
    seats: state.seats,
    validUntil: state.validUntil,
    releaseDaysBefore: state.releaseDaysBefore,
    closesAt: state.closesAt.toISOString(),
    open: state.open,
    ledger: state.ledger,
  };
}

export function presentAllocationView(
  state: AllocationState,
  partnerName: string,
  concert: ConcertSession,
): RelayAllocationView {
  return {
    ...presentAllocation(state, partnerName),
    concert: {
      id: concert.id,
      title: concert.title,
      startsAt: concert.startsAt.toISOString(),
      timeZone: concert.timeZone,
      venueName: concert.venueName,
      status: concert.status,
    },
  };
}

type GuestRow = {
  id: string;
  secret: string;
  name: string | null;
  email: string | null;
  phone: string | null;
  seats: number;
  /** Relay guests' orders are never `pending` (only group orders are). */
  status: OrderStatus;
  createdAt: Date;
};

/**
 * A guest with the address of their order page (null while the organisation does not publish);
 * `used`: seats the door let in on their order.
 */
export function presentGuest(row: GuestRow, orderBase: string | null, used = 0): RelayGuest {
  return {
    id: row.id,
    firstName: row.name ?? '',
    email: row.email,
    phone: row.phone,
    seats: row.seats,
    status: row.status === 'cancelled' ? 'cancelled' : used > 0 ? 'used' : 'claimed',
    orderUrl: orderBase ? `${orderBase}/${row.secret}` : null,
    createdAt: row.createdAt.toISOString(),
  };
}
