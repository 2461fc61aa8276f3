// The coordinator's and chair's calls: list, create, read, edit, phase, jurors, assignment, and the
// chair's applications, ranking, calibration, decisions and notifications.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CallBody, CallDecision, CallUpdateBody } from '@tutti/contracts';
import { apiClient, unwrap } from '@/lib/api-client';

export const callsQueryKey = (orgId: string) => ['orgs', orgId, 'calls'] as const;

export function useCalls(orgId: string) {
  return useQuery({
    queryKey: [...callsQueryKey(orgId), 'list'],
    queryFn: () =>
      unwrap(apiClient.GET('/api/orgs/{orgId}/calls', { params: { path: { orgId } } })),
  });
}

export function useCall(orgId: string, callId: string) {
  return useQuery({
    queryKey: [...callsQueryKey(orgId), callId],
    queryFn: () =>
      unwrap(
        apiClient.GET('/api/orgs/{orgId}/calls/{callId}', { params: { path: { orgId, callId } } }),
      ),
  });
}

export function useCreateCall(orgId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CallBody) =>
      unwrap(apiClient.POST('/api/orgs/{orgId}/calls', { params: { path: { orgId } }, body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: callsQueryKey(orgId) }),
  });
}

/** Every write on one call refreshes the call and what the chair reads of it. */
export function useCallAction(orgId: string, callId: string) {
  const queryClient = useQueryClient();
  const path = { path: { orgId, callId } };
  const done = () => queryClient.invalidateQueries({ queryKey: callsQueryKey(orgId) });
  return {
    update: useMutation({
      mutationFn: (body: CallUpdateBody) =>
        unwrap(apiClient.PATCH('/api/orgs/{orgId}/calls/{callId}', { params: path, body })),
      onSuccess: done,
    }),
    phase: useMutation({
      mutationFn: (body: { phase: 'published' | 'preselection' | 'meeting' | 'decided' }) =>
        unwrap(apiClient.PUT('/api/orgs/{orgId}/calls/{callId}/phase', { params: path, body })),
      onSuccess: done,
    }),
    jurors: useMutation({
      mutationFn: (userIds: string[]) =>
        unwrap(
          apiClient.PUT('/api/orgs/{orgId}/calls/{callId}/jurors', {
            params: path,
            body: { userIds },
          }),
        ),
      onSuccess: done,
    }),
    assign: useMutation({
      mutationFn: (body: { mode: 'all' | 'perApplication'; perApplication?: number }) =>
        unwrap(
          apiClient.POST('/api/orgs/{orgId}/calls/{callId}/assignments', { params: path, body }),
        ),
      onSuccess: done,
    }),
    decide: useMutation({
      mutationFn: (input: {
        applicationId: string;
        decision: CallDecision | null;
        reason?: string;
      }) =>
        unwrap(
          apiClient.PUT('/api/orgs/{orgId}/calls/{callId}/applications/{applicationId}/decision', {
            params: { path: { orgId, callId, applicationId: input.applicationId } },
            body: { decision: input.decision, ...(input.reason ? { reason: input.reason } : {}) },
          }),
        ),
      onSuccess: done,
    }),
    shortlist: useMutation({
      mutationFn: (input: { applicationId: string; shortlisted: boolean }) =>
        unwrap(
          apiClient.PUT('/api/orgs/{orgId}/calls/{callId}/applications/{applicationId}/shortlist', {
            params: { path: { orgId, callId, applicationId: input.applicationId } },
            body: { shortlisted: input.shortlisted },
          }),
        ),
      onSuccess: done,
    }),
    notify: useMutation({
      mutationFn: () =>
        unwrap(apiClient.POST('/api/orgs/{orgId}/calls/{callId}/notifications', { params: path })),
      onSuccess: done,
    }),
  };
}

export function useCallApplications(orgId: string, callId: string) {
  return useQuery({
    queryKey: [...callsQueryKey(orgId), callId, 'applications'],
    queryFn: () =>
      unwrap(
        apiClient.GET('/api/orgs/{orgId}/calls/{callId}/applications', {
          params: { path: { orgId, callId } },
        }),
      ),
  });
}

export function useRanking(orgId: string, callId: string, enabled: boolean) {
  return useQuery({
    enabled,
    queryKey: [...callsQueryKey(orgId), callId, 'ranking'],
    queryFn: () =>
      unwrap(
        apiClient.GET('/api/orgs/{orgId}/calls/{callId}/ranking', {
          params: { path: { orgId, callId }, query: {} },
        }),
      ),
  });
}

export function useCalibration(orgId: string, callId: string, enabled: boolean) {
  return useQuery({
    enabled,
    queryKey: [...callsQueryKey(orgId), callId, 'calibration'],
    queryFn: () =>
      unwrap(
        apiClient.GET('/api/orgs/{orgId}/calls/{callId}/calibration', {
          params: { path: { orgId, callId } },
        }),
      ),
  });
}

export function useMembers(orgId: string) {
  return useQuery({
    queryKey: ['orgs', orgId, 'members', 'for-calls'],
    queryFn: () =>
      unwrap(apiClient.GET('/api/orgs/{orgId}/members', { params: { path: { orgId } } })),
  });
}
