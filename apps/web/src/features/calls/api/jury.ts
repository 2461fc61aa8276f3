// A juror's calls, queue and scoring, blind: codes only.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { JuryScoreBody } from '@tutti/contracts';
import { apiClient, unwrap } from '@/lib/api-client';

const juryKey = (orgId: string) => ['orgs', orgId, 'jury'] as const;

export function useJuryCalls(orgId: string) {
  return useQuery({
    queryKey: [...juryKey(orgId), 'calls'],
    queryFn: () =>
      unwrap(apiClient.GET('/api/orgs/{orgId}/jury/calls', { params: { path: { orgId } } })),
  });
}

export function useJuryQueue(orgId: string, callId: string) {
  return useQuery({
    queryKey: [...juryKey(orgId), callId],
    queryFn: () =>
      unwrap(
        apiClient.GET('/api/orgs/{orgId}/jury/calls/{callId}', {
          params: { path: { orgId, callId } },
        }),
      ),
  });
}

export function useJuryApplication(orgId: string, callId: string, applicationId: string) {
  return useQuery({
    queryKey: [...juryKey(orgId), callId, applicationId],
    queryFn: () =>
      unwrap(
        apiClient.GET('/api/orgs/{orgId}/jury/calls/{callId}/applications/{applicationId}', {
          params: { path: { orgId, callId, applicationId } },
        }),
      ),
    // A recording still being processed shows as not ready; ask again until every one plays.
    refetchInterval: (query) =>
      query.state.data?.recordings.some((r) => !r.ready) ? 5_000 : false,
  });
}

export function usePeerScores(
  orgId: string,
  callId: string,
  applicationId: string,
  enabled: boolean,
) {
  return useQuery({
    enabled,
    queryKey: [...juryKey(orgId), callId, applicationId, 'peers'],
    queryFn: () =>
      unwrap(
        apiClient.GET(
          '/api/orgs/{orgId}/jury/calls/{callId}/applications/{applicationId}/peer-scores',
          { params: { path: { orgId, callId, applicationId } } },
        ),
      ),
  });
}

export function useJuryActions(orgId: string, callId: string, applicationId: string) {
  const queryClient = useQueryClient();
  const path = { path: { orgId, callId, applicationId } };
  const done = () => queryClient.invalidateQueries({ queryKey: juryKey(orgId) });
  return {
    score: useMutation({
      mutationFn: (body: JuryScoreBody) =>
        unwrap(
          apiClient.PUT(
            '/api/orgs/{orgId}/jury/calls/{callId}/applications/{applicationId}/score',
            {
              params: path,
              body,
            },
          ),
        ),
      onSuccess: done,
    }),
    recuse: useMutation({
      mutationFn: (reason: string) =>
        unwrap(
          apiClient.POST(
            '/api/orgs/{orgId}/jury/calls/{callId}/applications/{applicationId}/recusal',
            { params: path, body: { reason } },
          ),
        ),
      onSuccess: done,
    }),
  };
}

export const recordingUrl = (orgId: string, recordingId: string) =>
  `/api/orgs/${orgId}/jury/recordings/${recordingId}`;
