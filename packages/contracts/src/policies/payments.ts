// Who handles the money of concerts: the organisation's price cap, payments of orders, and the
// HelloAsso account that lets the public pay online.
import { definePolicy } from './define';

export const boxOfficeSettingsPolicy = definePolicy({
  /** Read and set the organisation's highest price of a seat (10 € unless it sets its own). */
  setPriceCap: ['admin', 'coordinator'],
});

export const paymentsPolicy = definePolicy({
  /** See what each order paid and how (orders hold personal data: organisers only). */
  read: ['admin', 'coordinator'],
  /** Record a payment taken on site (cash, cheque, transfer, culture vouchers) or remove one. */
  record: ['admin', 'coordinator'],
  /** Give back all or part of what a paid order kept, with a reason (audited, the person told). */
  refund: ['admin', 'coordinator'],
  /** Enter the HelloAsso account (client id and secret, signature key): admins only. */
  configureOnline: ['admin'],
});
