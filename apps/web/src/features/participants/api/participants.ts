// GET /api/orgs/:orgId/participants (search, group, age band, consent, pages) and one participant.
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { AgeBand, ConsentStatus } from '@tutti/contracts';
import { apiClient, unwrap } from '@/lib/api-client';

export const participantsQueryKey = (orgId: string) => ['orgs', orgId, 'participants'] as const;
export const participantQueryKey = (orgId: string, participantId: string) =>
  [...participantsQueryKey(orgId), participantId] as const;

export type ParticipantFilters = {
  q: string;
  groupId: string;
  ageBand: AgeBand | '';
  consent: ConsentStatus | '';
  offset: number;
};

export const PARTICIPANTS_PAGE_SIZE = 50;

export function useParticipants(
  orgId: string,
  filters: ParticipantFilters,
  pageSize = PARTICIPANTS_PAGE_SIZE,
  { enabled = true }: { enabled?: boolean } = {},
) {
  const query = {
    limit: pageSize,
    offset: filters.offset,
    q: filters.q,
    groupId: filters.groupId,
    ageBand: filters.ageBand || undefined,
    consent: filters.consent || undefined,
  };
  return useQuery({
    enabled,
    queryKey: [...participantsQueryKey(orgId), 'list', filters, pageSize],
    queryFn: () =>
      unwrap(
        apiClient.GET('/api/orgs/{orgId}/participants', { params: { path: { orgId }, query } }),
      ),
    placeholderData: keepPreviousData,
  });
}

export function useParticipant(orgId: string, participantId: string) {
  return useQuery(
    queryOptions({
      queryKey: participantQueryKey(orgId, participantId),
      queryFn: () =>
        unwrap(
          apiClient.GET('/api/orgs/{orgId}/participants/{participantId}', {
            params: { path: { orgId, participantId } },
          }),
        ),
    }),
  );
}
