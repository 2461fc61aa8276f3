// POST /sessions/:id/move-preview (nothing written) and /sessions/:id/move.
import { useMutation } from '@tanstack/react-query';
import type { SessionMoveBody } from '@tutti/contracts';
import { apiClient, unwrap } from '@/lib/api-client';
import { useRefreshPlan } from './save-session';

export function useMovePreview(orgId: string, sessionId: string) {
  return useMutation({
    mutationFn: (body: Omit<SessionMoveBody, 'override'>) =>
      unwrap(
        apiClient.POST('/api/orgs/{orgId}/sessions/{sessionId}/move-preview', {
          params: { path: { orgId, sessionId } },
          body,
        }),
      ),
  });
}

export function useMoveSession(orgId: string, sessionId: string) {
  const refresh = useRefreshPlan(orgId);
  return useMutation({
    mutationFn: (body: SessionMoveBody) =>
      unwrap(
        apiClient.POST('/api/orgs/{orgId}/sessions/{sessionId}/move', {
          params: { path: { orgId, sessionId } },
          body,
        }),
      ),
    onSuccess: () => refresh(),
  });
}
