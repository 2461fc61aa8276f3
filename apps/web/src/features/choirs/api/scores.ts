// Printed score copies: GET …/score-copies (the shelf and the copies out), PUT
// …/pieces/:pieceId/score-copies, POST …/score-loans, POST …/score-loans/return, and the
// singer's own GET …/me/score-copies.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ChoirScoreCopiesBodySchema, ChoirScoreLoanBodySchema } from '@tutti/contracts';
import type { z } from 'zod';
import { apiClient, unwrap } from '@/lib/api-client';
import { choirsQueryKey } from './keys';

const scoresKey = (orgId: string, choirId: string) =>
  [...choirsQueryKey(orgId), choirId, 'scores'] as const;

export function useScoreShelf(orgId: string, choirId: string) {
  return useQuery({
    queryKey: scoresKey(orgId, choirId),
    queryFn: () =>
      unwrap(
        apiClient.GET('/api/orgs/{orgId}/choirs/{choirId}/score-copies', {
          params: { path: { orgId, choirId } },
        }),
      ),
  });
}

export function useMyScores(orgId: string, choirId: string) {
  return useQuery({
    queryKey: [...scoresKey(orgId, choirId), 'me'],
    queryFn: () =>
      unwrap(
        apiClient.GET('/api/orgs/{orgId}/choirs/{choirId}/me/score-copies', {
          params: { path: { orgId, choirId } },
        }),
      ),
  });
}

function useRefresh(orgId: string, choirId: string) {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: scoresKey(orgId, choirId) });
}

export function useSetScoreCopies(orgId: string, choirId: string) {
  const refresh = useRefresh(orgId, choirId);
  return useMutation({
    mutationFn: ({
      pieceId,
      body,
    }: {
      pieceId: string;
      body: z.input<typeof ChoirScoreCopiesBodySchema>;
    }) =>
      unwrap(
        apiClient.PUT('/api/orgs/{orgId}/choirs/{choirId}/pieces/{pieceId}/score-copies', {
          params: { path: { orgId, choirId, pieceId } },
          body,
        }),
      ),
    onSuccess: refresh,
  });
}

export function useLendScores(orgId: string, choirId: string) {
  const refresh = useRefresh(orgId, choirId);
  return useMutation({
    mutationFn: (body: z.input<typeof ChoirScoreLoanBodySchema>) =>
      unwrap(
        apiClient.POST('/api/orgs/{orgId}/choirs/{choirId}/score-loans', {
          params: { path: { orgId, choirId } },
          body: body as z.output<typeof ChoirScoreLoanBodySchema>,
        }),
      ),
    onSuccess: refresh,
  });
}

export function useReturnScores(orgId: string, choirId: string) {
  const refresh = useRefresh(orgId, choirId);
  return useMutation({
    mutationFn: (loanIds: string[]) =>
      unwrap(
        apiClient.POST('/api/orgs/{orgId}/choirs/{choirId}/score-loans/return', {
          params: { path: { orgId, choirId } },
          body: { loanIds },
        }),
      ),
    onSuccess: refresh,
  });
}
