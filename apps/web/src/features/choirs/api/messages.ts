// GET …/choirs/:choirId/messages/audience and POST …/messages: who a message to a part, a site or
// the whole choir reaches (and who not, and why), then sending it through the outbox.
import { useMutation, useQuery } from '@tanstack/react-query';
import type { ChoirMessageBody } from '@tutti/contracts';
import { apiClient, unwrap } from '@/lib/api-client';
import { choirsQueryKey } from './keys';

export type ChoirAudienceChoice = {
  audience: 'choir' | 'part' | 'site';
  partId: string | null;
  siteId: string | null;
};

export function useChoirAudience(orgId: string, choirId: string, choice: ChoirAudienceChoice) {
  const complete =
    choice.audience === 'choir' ||
    (choice.audience === 'part' && choice.partId !== null) ||
    (choice.audience === 'site' && choice.siteId !== null);
  return useQuery({
    enabled: complete,
    queryKey: [...choirsQueryKey(orgId), choirId, 'audience', choice],
    queryFn: () =>
      unwrap(
        apiClient.GET('/api/orgs/{orgId}/choirs/{choirId}/messages/audience', {
          params: { path: { orgId, choirId }, query: choice },
        }),
      ),
  });
}

export function useSendChoirMessage(orgId: string, choirId: string) {
  return useMutation({
    mutationFn: (body: ChoirMessageBody) =>
      unwrap(
        apiClient.POST('/api/orgs/{orgId}/choirs/{choirId}/messages', {
          params: { path: { orgId, choirId } },
          body,
        }),
      ),
  });
}
