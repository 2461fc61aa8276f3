// POST /sessions/:id/move-preview (nothing written) and /sessions/:id/move.
import { useMutation } from '@tanstack/react-query';
import type { MovePreview, Session, SessionMoveBody } from '@tutti/contracts';
import { api } from '@/lib/api-client';
import { useRefreshPlan } from './save-session';

export function useMovePreview(orgId: string, sessionId: string) {
  return useMutation({
    mutationFn: (body: Omit<SessionMoveBody, 'override'>) =>
      api.post<MovePreview>(`/api/orgs/${orgId}/sessions/${sessionId}/move-preview`, body),
  });
}

export function useMoveSession(orgId: string, sessionId: string) {
  const refresh = useRefreshPlan(orgId);
  return useMutation({
    mutationFn: (body: SessionMoveBody) =>
      api.post<{ items: Session[] }>(`/api/orgs/${orgId}/sessions/${sessionId}/move`, body),
    onSuccess: () => refresh(),
  });
}
