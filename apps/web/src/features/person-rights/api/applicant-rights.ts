// GET and POST /api/orgs/:orgId/call-applications/:applicationId/erasure: an applicant known by
// their address (every application sent from it); and the address of their data export.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Locale } from '@tutti/contracts';
import { apiClient, unwrap } from '@/lib/api-client';

export function useApplicantErasurePreview(orgId: string, applicationId: string) {
  return useQuery({
    queryKey: ['orgs', orgId, 'applicant-erasure', applicationId],
    queryFn: () =>
      unwrap(
        apiClient.GET('/api/orgs/{orgId}/call-applications/{applicationId}/erasure', {
          params: { path: { orgId, applicationId } },
        }),
      ),
    staleTime: 0,
  });
}

export function useEraseApplicant(orgId: string, applicationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () =>
      unwrap(
        apiClient.POST('/api/orgs/{orgId}/call-applications/{applicationId}/erasure', {
          params: { path: { orgId, applicationId } },
          body: { confirm: true },
        }),
      ),
    // The call's ranking shows the application without its name.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['orgs', orgId, 'calls'] }),
  });
}

export function applicantExportUrl(
  orgId: string,
  applicationId: string,
  format: 'json' | 'pdf',
  locale: Locale,
) {
  return `/api/orgs/${orgId}/call-applications/${applicationId}/data-export?format=${format}&locale=${locale}`;
}
