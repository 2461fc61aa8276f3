// GET a concert's payments, POST a payment taken on site against an order, DELETE one, POST a
// refund of all or part of what an order paid. A change refreshes the whole box office: the
// payments, the orders (their payment lines) and the concert's figures (receipts).
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { PaymentRecordBody, RefundBody } from '@tutti/contracts';
import { apiClient, unwrap } from '@/lib/api-client';
import { boxOfficeQueryKey } from './box-office';

const paymentsKey = (orgId: string, sessionId: string) =>
  [...boxOfficeQueryKey(orgId, sessionId), 'payments'] as const;

export function useConcertPayments(orgId: string, sessionId: string) {
  return useQuery({
    queryKey: paymentsKey(orgId, sessionId),
    queryFn: () =>
      unwrap(
        apiClient.GET('/api/orgs/{orgId}/sessions/{concertId}/payments', {
          params: { path: { orgId, concertId: sessionId } },
        }),
      ),
  });
}

export function useRecordPayment(orgId: string, sessionId: string, orderId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: PaymentRecordBody) =>
      unwrap(
        apiClient.POST('/api/orgs/{orgId}/sessions/{concertId}/orders/{orderId}/payments', {
          params: { path: { orgId, concertId: sessionId, orderId } },
          body,
        }),
      ),
    onSuccess: () =>
      queryClient.invalidateQueries({ queryKey: boxOfficeQueryKey(orgId, sessionId) }),
  });
}

export function useRemovePayment(orgId: string, sessionId: string, orderId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (paymentId: string) =>
      unwrap(
        apiClient.DELETE(
          '/api/orgs/{orgId}/sessions/{concertId}/orders/{orderId}/payments/{paymentId}',
          { params: { path: { orgId, concertId: sessionId, orderId, paymentId } } },
        ),
      ),
    onSuccess: () =>
      queryClient.invalidateQueries({ queryKey: boxOfficeQueryKey(orgId, sessionId) }),
  });
}

export function useRefundOrder(orgId: string, sessionId: string, orderId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: RefundBody) =>
      unwrap(
        apiClient.POST('/api/orgs/{orgId}/sessions/{concertId}/orders/{orderId}/refunds', {
          params: { path: { orgId, concertId: sessionId, orderId } },
          body,
        }),
      ),
    onSuccess: () =>
      queryClient.invalidateQueries({ queryKey: boxOfficeQueryKey(orgId, sessionId) }),
  });
}
