// GET /api/orgs/:orgId/handovers (status, group, pages) and POST
// /api/orgs/:orgId/participants/:participantId/handovers, one introduction per participant.
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { HandoverCreateBody, HandoverStatus } from '@tutti/contracts';
import { apiClient, unwrap } from '@/lib/api-client';
import { ensemblesQueryKey } from './ensembles';

export const handoversQueryKey = (orgId: string) =>
  [...ensemblesQueryKey(orgId), 'handovers'] as const;

export const HANDOVERS_PAGE_SIZE = 20;

export function useHandovers(
  orgId: string,
  filters: { status: HandoverStatus | ''; offset: number },
) {
  return useQuery({
    queryKey: [...handoversQueryKey(orgId), filters],
    queryFn: () =>
      unwrap(
        apiClient.GET('/api/orgs/{orgId}/handovers', {
          params: {
            path: { orgId },
            query: {
              limit: HANDOVERS_PAGE_SIZE,
              offset: filters.offset,
              status: filters.status || undefined,
            },
          },
        }),
      ),
    placeholderData: keepPreviousData,
  });
}

/** Introduces each participant in turn; answers the ones refused, with the API's error. */
export function useIntroduce(orgId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (request: { participantIds: string[]; body: HandoverCreateBody }) => {
      const refused: { participantId: string; error: unknown }[] = [];
      for (const participantId of request.participantIds) {
        try {
          await unwrap(
            apiClient.POST('/api/orgs/{orgId}/participants/{participantId}/handovers', {
              params: { path: { orgId, participantId } },
              body: request.body,
            }),
          );
        } catch (error) {
          refused.push({ participantId, error });
        }
      }
      return { refused, introduced: request.participantIds.length - refused.length };
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: handoversQueryKey(orgId) }),
  });
}
