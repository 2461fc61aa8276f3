// POST /api/orgs/:orgId/media-uploads, then HEAD and PATCH on the upload's address: resumable
// uploads (tus 1.0) through tus-js-client. A dropped connection is retried from the offset the
// server holds; choosing the same file again after a reload resumes it too (its address is kept
// in this browser under the file's fingerprint until it completes).
import { useQueryClient } from '@tanstack/react-query';
import type { MediaUse } from '@tutti/contracts';
import { useCallback, useEffect, useRef, useState } from 'react';
import { DetailedError, Upload } from 'tus-js-client';
import { ApiError, apiClient, csrfHeaders, unwrap } from '@/lib/api-client';
import { mediaQueryKey } from './media';

/** 16 MB a request: a proxy's body limit is rarely below, and a retry resends at most that. */
const CHUNK_BYTES = 16 * 1024 * 1024;
const RETRY_DELAYS_MS = [0, 1_000, 3_000, 5_000, 10_000, 20_000, 30_000, 60_000];

export type UploadState = {
  key: string;
  fileName: string;
  sentBytes: number;
  totalBytes: number;
  /** `retrying`: the connection dropped; tus-js-client asks the server where to resume. */
  phase: 'sending' | 'retrying' | 'failed';
  error: ApiError | null;
};

/** The API's error body of a refused tus request, as the rest of the app reads errors. */
function apiErrorOf(error: Error): ApiError {
  const response = error instanceof DetailedError ? error.originalResponse : null;
  if (!response) return new ApiError(0, 'CLIENT.NETWORK', error.message);
  try {
    const body = JSON.parse(response.getBody()) as {
      error: { code: string; message: string; details?: Record<string, unknown> };
    };
    return new ApiError(
      response.getStatus(),
      body.error.code,
      body.error.message,
      [],
      body.error.details,
    );
  } catch {
    return new ApiError(response.getStatus(), 'CLIENT.UNKNOWN', error.message);
  }
}

export function useMediaUploads(orgId: string) {
  const queryClient = useQueryClient();
  const [uploads, setUploads] = useState<UploadState[]>([]);
  const running = useRef(new Map<string, Upload>());

  useEffect(() => {
    const current = running.current;
    // Leaving the page pauses the uploads; choosing the files again resumes them.
    return () => {
      for (const upload of current.values()) void upload.abort();
    };
  }, []);

  const patch = useCallback((key: string, values: Partial<UploadState>) => {
    setUploads((list) => list.map((u) => (u.key === key ? { ...u, ...values } : u)));
  }, []);
  const refreshList = useCallback(
    () => queryClient.invalidateQueries({ queryKey: mediaQueryKey(orgId) }),
    [queryClient, orgId],
  );

  const start = useCallback(
    async (file: File, use: MediaUse) => {
      const key = `${file.name}:${file.size}:${file.lastModified}:${Date.now()}`;
      setUploads((list) => [
        ...list,
        {
          key,
          fileName: file.name,
          sentBytes: 0,
          totalBytes: file.size,
          phase: 'sending',
          error: null,
        },
      ]);
      const upload = new Upload(file, {
        endpoint: `${window.location.origin}/api/orgs/${orgId}/media-uploads`,
        metadata: { use, filename: file.name },
        headers: csrfHeaders(),
        chunkSize: CHUNK_BYTES,
        retryDelays: RETRY_DELAYS_MS,
        removeFingerprintOnSuccess: true,
        onUploadUrlAvailable: () => void refreshList(),
        onProgress: (sent, total) =>
          patch(key, { sentBytes: sent, totalBytes: total, phase: 'sending' }),
        onShouldRetry: (error) => {
          const status = error.originalResponse?.getStatus() ?? 0;
          const retry = status === 0 || status >= 500 || status === 409 || status === 423;
          if (retry) patch(key, { phase: 'retrying' });
          return retry;
        },
        onError: (error) => {
          running.current.delete(key);
          patch(key, { phase: 'failed', error: apiErrorOf(error) });
          void refreshList();
        },
        onSuccess: () => {
          running.current.delete(key);
          setUploads((list) => list.filter((u) => u.key !== key));
          void refreshList();
        },
      });
      running.current.set(key, upload);
      const previous = await upload.findPreviousUploads();
      const resumable = previous.find((p) => p.metadata.use === use);
      if (resumable) upload.resumeFromPreviousUpload(resumable);
      upload.start();
    },
    [orgId, patch, refreshList],
  );

  const dismiss = useCallback((key: string) => {
    setUploads((list) => list.filter((u) => u.key !== key));
  }, []);

  /** Stops an upload and deletes what the server holds of it. */
  const cancel = useCallback(
    async (key: string) => {
      const upload = running.current.get(key);
      running.current.delete(key);
      dismiss(key);
      if (!upload) return;
      await upload.abort();
      const mediaId = upload.url?.split('/').pop();
      if (mediaId) {
        await unwrap(
          apiClient.DELETE('/api/orgs/{orgId}/media/{mediaId}', {
            params: { path: { orgId, mediaId } },
          }),
        ).catch(() => undefined);
      }
      await refreshList();
    },
    [orgId, dismiss, refreshList],
  );

  return { uploads, start, dismiss, cancel };
}
