// A singer's own page: GET …/choirs/:choirId/me, and their answers (PUT …/rehearsals/:id/rsvp,
// PUT …/pieces/:id/learning), which refresh it.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ChoirLearningStatus, ChoirRsvpAnswer } from '@tutti/contracts';
import { apiClient, unwrap } from '@/lib/api-client';
import { choirsQueryKey } from './keys';

const myPageKey = (orgId: string, choirId: string) =>
  [...choirsQueryKey(orgId), choirId, 'me'] as const;

/** `enabled: false` for someone who may not sing in it (a conductor's page asks only singers). */
export function useMyChoirPage(orgId: string, choirId: string, enabled = true) {
  return useQuery({
    enabled,
    queryKey: myPageKey(orgId, choirId),
    queryFn: () =>
      unwrap(
        apiClient.GET('/api/orgs/{orgId}/choirs/{choirId}/me', {
          params: { path: { orgId, choirId } },
        }),
      ),
  });
}

export function useAnswerRehearsal(orgId: string, choirId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ rehearsalId, answer }: { rehearsalId: string; answer: ChoirRsvpAnswer }) =>
      unwrap(
        apiClient.PUT('/api/orgs/{orgId}/choirs/{choirId}/rehearsals/{rehearsalId}/rsvp', {
          params: { path: { orgId, choirId, rehearsalId } },
          body: { answer },
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: myPageKey(orgId, choirId) }),
  });
}

export function useMarkLearning(orgId: string, choirId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ pieceId, status }: { pieceId: string; status: ChoirLearningStatus }) =>
      unwrap(
        apiClient.PUT('/api/orgs/{orgId}/choirs/{choirId}/pieces/{pieceId}/learning', {
          params: { path: { orgId, choirId, pieceId } },
          body: { status },
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: myPageKey(orgId, choirId) }),
  });
}
