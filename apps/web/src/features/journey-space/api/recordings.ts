// GET and POST /api/orgs/:orgId/sessions/:sessionId/space-recordings: a session's recordings in
// its journey's space. Adding one first sends the file with the resumable media upload (tus, use
// `recording`, retried from the offset the server holds), then links it to the session.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { SessionRecordingBody, SessionRecordings } from '@tutti/contracts';
import { useState } from 'react';
import { Upload } from 'tus-js-client';
import { apiClient, csrfHeaders, unwrap } from '@/lib/api-client';
import { spacesQueryKey } from './space';

const RETRY_DELAYS_MS = [0, 1_000, 3_000, 5_000, 10_000, 20_000, 30_000];
/** 16 MB a request, as the media page sends. */
const CHUNK_BYTES = 16 * 1024 * 1024;

export const sessionRecordingsKey = (orgId: string, sessionId: string) =>
  ['orgs', orgId, 'sessions', sessionId, 'space-recordings'] as const;

export function useSessionRecordings(orgId: string, sessionId: string, enabled = true) {
  return useQuery({
    queryKey: sessionRecordingsKey(orgId, sessionId),
    enabled,
    retry: false,
    queryFn: () =>
      unwrap(
        apiClient.GET('/api/orgs/{orgId}/sessions/{sessionId}/space-recordings', {
          params: { path: { orgId, sessionId } },
        }),
      ),
  });
}

/** Sends the file; resolves with its media id once the last byte arrived. */
function sendRecording(orgId: string, file: File, onPercent: (percent: number) => void) {
  return new Promise<string>((resolve, reject) => {
    const upload = new Upload(file, {
      endpoint: `${window.location.origin}/api/orgs/${orgId}/media-uploads`,
      metadata: { use: 'recording', filename: file.name },
      headers: csrfHeaders(),
      chunkSize: CHUNK_BYTES,
      retryDelays: RETRY_DELAYS_MS,
      removeFingerprintOnSuccess: true,
      onProgress: (sent, total) => onPercent(total ? Math.floor((sent / total) * 100) : 0),
      onError: reject,
      onSuccess: () => {
        const mediaId = upload.url?.split('/').pop();
        if (mediaId) resolve(mediaId);
        else reject(new Error('The upload has no address'));
      },
    });
    void upload.findPreviousUploads().then((previous) => {
      if (previous[0]) upload.resumeFromPreviousUpload(previous[0]);
      upload.start();
    });
  });
}

export function useAddSessionRecording(orgId: string, sessionId: string) {
  const queryClient = useQueryClient();
  const [percent, setPercent] = useState<number | null>(null);
  const mutation = useMutation({
    mutationFn: async ({
      file,
      body,
    }: {
      file: File;
      body: Omit<SessionRecordingBody, 'mediaId'>;
    }): Promise<SessionRecordings> => {
      setPercent(0);
      try {
        const mediaId = await sendRecording(orgId, file, setPercent);
        return await unwrap(
          apiClient.POST('/api/orgs/{orgId}/sessions/{sessionId}/space-recordings', {
            params: { path: { orgId, sessionId } },
            body: { ...body, mediaId },
          }),
        );
      } finally {
        setPercent(null);
      }
    },
    onSuccess: (recordings) => {
      queryClient.setQueryData(sessionRecordingsKey(orgId, sessionId), recordings);
      void queryClient.invalidateQueries({ queryKey: spacesQueryKey(orgId) });
    },
  });
  return { ...mutation, percent };
}
