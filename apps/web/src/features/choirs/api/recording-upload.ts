// POST …/choirs/:choirId/pieces/:pieceId/recordings, then HEAD and PATCH on the upload's
// address: a singer's recording sent with tus-js-client, retried from the offset the server
// holds when the connection drops; the singer's page is read again once it arrived.
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Upload } from 'tus-js-client';
import { csrfHeaders } from '@/lib/api-client';
import { choirsQueryKey } from './keys';

const RETRY_DELAYS_MS = [0, 1_000, 3_000, 5_000, 10_000, 20_000];

export type RecordingUpload =
  | { phase: 'idle' }
  | { phase: 'sending'; percent: number }
  | { phase: 'sent' }
  | { phase: 'failed' };

export function useRecordingUpload(orgId: string, choirId: string, pieceId: string) {
  const queryClient = useQueryClient();
  const [state, setState] = useState<RecordingUpload>({ phase: 'idle' });
  const send = (file: File) => {
    setState({ phase: 'sending', percent: 0 });
    const upload = new Upload(file, {
      endpoint: `${window.location.origin}/api/orgs/${orgId}/choirs/${choirId}/pieces/${pieceId}/recordings`,
      headers: csrfHeaders(),
      retryDelays: RETRY_DELAYS_MS,
      removeFingerprintOnSuccess: true,
      onProgress: (sent, total) =>
        setState({ phase: 'sending', percent: total ? Math.floor((sent / total) * 100) : 0 }),
      onError: () => setState({ phase: 'failed' }),
      onSuccess: () => {
        setState({ phase: 'sent' });
        void queryClient.invalidateQueries({ queryKey: choirsQueryKey(orgId) });
      },
    });
    upload.start();
  };
  return { state, send };
}
