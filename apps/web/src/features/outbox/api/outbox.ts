// GET /api/orgs/:orgId/outbox: the organisation's e-mails, newest first (admins).

import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { apiClient, unwrap } from '@/lib/api-client';

export const OUTBOX_PAGE_SIZE = 20;

export function useOutbox(orgId: string, offset = 0, limit = OUTBOX_PAGE_SIZE) {
  return useQuery({
    queryKey: ['orgs', orgId, 'outbox', { offset, limit }],
    queryFn: () =>
      unwrap(
        apiClient.GET('/api/orgs/{orgId}/outbox', {
          params: { path: { orgId }, query: { limit, offset } },
        }),
      ),
    placeholderData: keepPreviousData,
  });
}
