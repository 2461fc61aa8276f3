// GET and POST /api/orgs/:orgId/participants/:participantId/erasure: the account of what goes
// and what stays, and the erasure itself; and the address of the person's data export.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ErasureBody, Locale } from '@tutti/contracts';
import { apiClient, unwrap } from '@/lib/api-client';
import { rightsRequestsKey } from './rights-requests';

export function useErasurePreview(orgId: string, participantId: string, enabled: boolean) {
  return useQuery({
    queryKey: ['orgs', orgId, 'erasure', participantId],
    queryFn: () =>
      unwrap(
        apiClient.GET('/api/orgs/{orgId}/participants/{participantId}/erasure', {
          params: { path: { orgId, participantId } },
        }),
      ),
    enabled,
    staleTime: 0,
  });
}

export function useErasePerson(orgId: string, participantId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ErasureBody) =>
      unwrap(
        apiClient.POST('/api/orgs/{orgId}/participants/{participantId}/erasure', {
          params: { path: { orgId, participantId } },
          body,
        }),
      ),
    onSuccess: () =>
      Promise.all([
        // The participant's page and lists show the anonymised record.
        queryClient.invalidateQueries({ queryKey: ['orgs', orgId, 'participants'] }),
        queryClient.invalidateQueries({ queryKey: rightsRequestsKey(orgId) }),
      ]),
  });
}

/** The download address of everything held about a participant (the login cookie goes along). */
export function exportUrl(
  orgId: string,
  participantId: string,
  format: 'json' | 'pdf',
  locale: Locale,
) {
  return `/api/orgs/${orgId}/participants/${participantId}/data-export?format=${format}&locale=${locale}`;
}
