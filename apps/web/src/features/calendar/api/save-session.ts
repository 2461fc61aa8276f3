// POST /sessions, PATCH /sessions/:id, and the cancel, done and delete actions.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Session, SessionCreateBody, SessionUpdateBody } from '@tutti/contracts';
import { apiClient, unwrap } from '@/lib/api-client';
import { sessionQueryKey, sessionsQueryKey } from './sessions';

/** Journeys and projects show sessions too: refresh everything of the organisation's plan. */
function useRefresh(orgId: string) {
  const queryClient = useQueryClient();
  return (session?: Session) => {
    if (session) queryClient.setQueryData(sessionQueryKey(orgId, session.id), session);
    return Promise.all([
      queryClient.invalidateQueries({ queryKey: sessionsQueryKey(orgId) }),
      queryClient.invalidateQueries({ queryKey: ['orgs', orgId, 'journeys'] }),
      queryClient.invalidateQueries({ queryKey: ['orgs', orgId, 'projects'] }),
    ]);
  };
}

export function useCreateSession(orgId: string) {
  const refresh = useRefresh(orgId);
  return useMutation({
    mutationFn: (body: SessionCreateBody) =>
      unwrap(apiClient.POST('/api/orgs/{orgId}/sessions', { params: { path: { orgId } }, body })),
    onSuccess: (session) => refresh(session),
  });
}

export function useUpdateSession(orgId: string, sessionId: string) {
  const refresh = useRefresh(orgId);
  return useMutation({
    mutationFn: (body: SessionUpdateBody) =>
      unwrap(
        apiClient.PATCH('/api/orgs/{orgId}/sessions/{sessionId}', {
          params: { path: { orgId, sessionId } },
          body,
        }),
      ),
    onSuccess: (session) => refresh(session),
  });
}

export function useCancelSession(orgId: string, sessionId: string) {
  const refresh = useRefresh(orgId);
  return useMutation({
    mutationFn: (reason: string) =>
      unwrap(
        apiClient.POST('/api/orgs/{orgId}/sessions/{sessionId}/cancel', {
          params: { path: { orgId, sessionId } },
          body: { reason },
        }),
      ),
    onSuccess: (session) => refresh(session),
  });
}

export function useMarkSessionDone(orgId: string, sessionId: string) {
  const refresh = useRefresh(orgId);
  return useMutation({
    mutationFn: () =>
      unwrap(
        apiClient.POST('/api/orgs/{orgId}/sessions/{sessionId}/done', {
          params: { path: { orgId, sessionId } },
        }),
      ),
    onSuccess: (session) => refresh(session),
  });
}

export function useDeleteSession(orgId: string, sessionId: string) {
  const refresh = useRefresh(orgId);
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () =>
      unwrap(
        apiClient.DELETE('/api/orgs/{orgId}/sessions/{sessionId}', {
          params: { path: { orgId, sessionId } },
        }),
      ),
    onSuccess: () => {
      queryClient.removeQueries({ queryKey: sessionQueryKey(orgId, sessionId) });
      return refresh();
    },
  });
}

export { useRefresh as useRefreshPlan };

/** Shows the session on the organisation's public pages, or takes it off. */
export function useSetSessionPublication(orgId: string, sessionId: string) {
  const refresh = useRefresh(orgId);
  return useMutation({
    mutationFn: (isPublic: boolean) =>
      unwrap(
        apiClient.PUT('/api/orgs/{orgId}/sessions/{sessionId}/publication', {
          params: { path: { orgId, sessionId } },
          body: { isPublic },
        }),
      ),
    onSuccess: (session) => refresh(session),
  });
}
