// GET …/choirs/:choirId/checking-queue and POST …/recordings/:choirRecordingId/review: a section
// leader's recordings to check and their verdicts.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiClient, unwrap } from '@/lib/api-client';
import { choirsQueryKey } from './keys';

export function useCheckingQueue(orgId: string, choirId: string) {
  return useQuery({
    queryKey: [...choirsQueryKey(orgId), choirId, 'checking'],
    queryFn: () =>
      unwrap(
        apiClient.GET('/api/orgs/{orgId}/choirs/{choirId}/checking-queue', {
          params: { path: { orgId, choirId } },
        }),
      ),
  });
}

/** A singer's recording to listen to: served to them, their section leader and the conductors. */
export function choirRecordingUrl(orgId: string, choirId: string, recordingId: string) {
  return `/api/orgs/${orgId}/choirs/${choirId}/recordings/${recordingId}/content`;
}

export type Verdict = { review: 'approved' | 'redo'; comment: string | null };

export function useReviewRecording(orgId: string, choirId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ recordingId, verdict }: { recordingId: string; verdict: Verdict }) =>
      unwrap(
        apiClient.POST('/api/orgs/{orgId}/choirs/{choirId}/recordings/{choirRecordingId}/review', {
          params: { path: { orgId, choirId, choirRecordingId: recordingId } },
          body: verdict,
        }),
      ),
    // The queue, the singer's status and readiness all change.
    onSuccess: () =>
      queryClient.invalidateQueries({ queryKey: [...choirsQueryKey(orgId), choirId] }),
  });
}
