// GET /api/orgs/:orgId/participants (search, group, age band, consent, pages) and one participant.
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { AgeBand, ConsentStatus, Participant, ParticipantDetail } from '@tutti/contracts';
import { api } from '@/lib/api-client';

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
) {
  const params = new URLSearchParams({ limit: String(pageSize), offset: String(filters.offset) });
  for (const key of ['q', 'groupId', 'ageBand', 'consent'] as const) {
    if (filters[key]) params.set(key, filters[key]);
  }
  return useQuery({
    queryKey: [...participantsQueryKey(orgId), 'list', filters, pageSize],
    queryFn: () =>
      api.get<{ items: Participant[]; total: number }>(`/api/orgs/${orgId}/participants?${params}`),
    placeholderData: keepPreviousData,
  });
}

export function useParticipant(orgId: string, participantId: string) {
  return useQuery(
    queryOptions({
      queryKey: participantQueryKey(orgId, participantId),
      queryFn: () => api.get<ParticipantDetail>(`/api/orgs/${orgId}/participants/${participantId}`),
    }),
  );
}
