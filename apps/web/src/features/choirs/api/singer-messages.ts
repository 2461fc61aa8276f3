// A singer's received messages: GET …/choirs/:choirId/me/messages (a page at a time, with how
// many are unread) and PUT …/me/messages/:messageId/read once they open one.
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiClient, unwrap } from '@/lib/api-client';
import { choirsQueryKey } from './keys';

const inboxKey = (orgId: string, choirId: string) =>
  [...choirsQueryKey(orgId), choirId, 'me', 'messages'] as const;

export function useMyChoirMessages(orgId: string, choirId: string, page: { offset: number }) {
  return useQuery({
    queryKey: [...inboxKey(orgId, choirId), page.offset],
    placeholderData: keepPreviousData,
    queryFn: () =>
      unwrap(
        apiClient.GET('/api/orgs/{orgId}/choirs/{choirId}/me/messages', {
          params: {
            path: { orgId, choirId },
            query: { limit: MESSAGES_PAGE, offset: page.offset },
          },
        }),
      ),
  });
}

export const MESSAGES_PAGE = 10;

export function useMarkMessageRead(orgId: string, choirId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (messageId: string) =>
      unwrap(
        apiClient.PUT('/api/orgs/{orgId}/choirs/{choirId}/me/messages/{choirMessageId}/read', {
          params: { path: { orgId, choirId, choirMessageId: messageId } },
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: inboxKey(orgId, choirId) }),
  });
}
