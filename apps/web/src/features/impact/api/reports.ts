// Funder reports: list (polled while one is being prepared), ask for one, download links.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ReportCreateBody, ReportFormat } from '@tutti/contracts';
import { apiClient, unwrap } from '@/lib/api-client';

const reportsKey = (orgId: string) => ['orgs', orgId, 'reports'] as const;

export function useReports(orgId: string) {
  return useQuery({
    queryKey: reportsKey(orgId),
    queryFn: () =>
      unwrap(
        apiClient.GET('/api/orgs/{orgId}/reports', {
          params: { path: { orgId }, query: { limit: 50 } },
        }),
      ),
    refetchInterval: (result) =>
      result.state.data?.items.some((r) => r.status === 'queued' || r.status === 'running')
        ? 1_000
        : false,
  });
}

export function useCreateReport(orgId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ReportCreateBody) =>
      unwrap(apiClient.POST('/api/orgs/{orgId}/reports', { params: { path: { orgId } }, body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: reportsKey(orgId) }),
  });
}

/** A plain link: the browser downloads with the login cookie. */
export function downloadUrl(orgId: string, reportId: string, format: ReportFormat) {
  return `/api/orgs/${orgId}/reports/${reportId}/download?format=${format}`;
}
