// GET and POST /api/orgs/:orgId/backups: the instance's backup runs, and one now (admins).
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiClient, unwrap } from '@/lib/api-client';

/** How long a queued backup may wait for the job queue to start it before polling stops. */
const START_WAIT_MS = 60_000;

/** `askedAt`: when this page asked for a backup, so that it is awaited until it starts and ends. */
export function useBackupOverview(orgId: string, askedAt: string | null) {
  return useQuery({
    queryKey: ['orgs', orgId, 'backups'],
    queryFn: () =>
      unwrap(apiClient.GET('/api/orgs/{orgId}/backups', { params: { path: { orgId } } })),
    refetchInterval: (query) => {
      const newest = query.state.data?.runs[0];
      if (newest?.state === 'running') return 2000;
      const waiting =
        askedAt !== null &&
        (!newest || newest.startedAt < askedAt) &&
        Date.now() - Date.parse(askedAt) < START_WAIT_MS;
      return waiting ? 1000 : false;
    },
  });
}

export function useRequestBackup(orgId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () =>
      unwrap(apiClient.POST('/api/orgs/{orgId}/backups', { params: { path: { orgId } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['orgs', orgId, 'backups'] }),
  });
}
