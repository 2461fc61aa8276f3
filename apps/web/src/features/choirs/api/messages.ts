// GET …/choirs/:choirId/messages/audience and POST …/messages: who a message to a part, a site or
// the whole choir reaches (and who not, and why), then sending it through the outbox.
import { useMutation, useQuery } from '@tanstack/react-query';
import type { ChoirMessageBody } from '@tutti/contracts';
import { apiClient, unwrap } from '@/lib/api-client';
import { choirsQueryKey } from './keys';
import { useMyChoirPage } from './singer';

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

/** The signed-in singer's own part (a section leader usually leads it): its code and name. */
export function useMyChoirPart(orgId: string, choirId: string, enabled: boolean) {
  const page = useMyChoirPage(orgId, choirId, enabled);
  const member = page.data?.member;
  return member ? { id: member.partId, code: member.partCode, name: member.partName } : null;
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
