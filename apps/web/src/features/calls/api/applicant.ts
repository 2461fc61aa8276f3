// An applicant without an account (the one-time link's access): applications, drafts, uploads
// of recordings through tus (resumable), submission.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ApplicantUpdateBody } from '@tutti/contracts';
import { Upload } from 'tus-js-client';
import { apiClient, unwrap } from '@/lib/api-client';

const applicantKey = ['applicant'] as const;

export function useApplicantOverview() {
  return useQuery({
    queryKey: [...applicantKey, 'overview'],
    queryFn: () => unwrap(apiClient.GET('/api/guest/applicant')),
    retry: false,
  });
}

export function useOwnApplication(applicationId: string | null) {
  return useQuery({
    enabled: applicationId !== null,
    queryKey: [...applicantKey, applicationId],
    queryFn: () =>
      unwrap(
        apiClient.GET('/api/guest/applicant/applications/{applicationId}', {
          params: { path: { applicationId: applicationId! } },
        }),
      ),
    // While a recording is processed, its state is read again every two seconds.
    refetchInterval: (query) =>
      query.state.data?.recordings.some(
        (r) => r.status === 'uploading' || r.status === 'processing',
      )
        ? 2000
        : false,
  });
}

export function useApplicantActions() {
  const queryClient = useQueryClient();
  const done = () => queryClient.invalidateQueries({ queryKey: applicantKey });
  return {
    start: useMutation({
      mutationFn: (body: { callId: string; locale: 'fr' | 'en' | 'de' }) =>
        unwrap(apiClient.POST('/api/guest/applicant/applications', { body })),
      onSuccess: done,
    }),
    save: useMutation({
      mutationFn: ({ applicationId, body }: { applicationId: string; body: ApplicantUpdateBody }) =>
        unwrap(
          apiClient.PATCH('/api/guest/applicant/applications/{applicationId}', {
            params: { path: { applicationId } },
            body,
          }),
        ),
      onSuccess: done,
    }),
    submit: useMutation({
      mutationFn: (applicationId: string) =>
        unwrap(
          apiClient.POST('/api/guest/applicant/applications/{applicationId}/submit', {
            params: { path: { applicationId } },
          }),
        ),
      onSuccess: done,
    }),
  };
}

/** Sends one recording with tus; `onProgress` gets the share sent, 0–1. */
export function uploadRecording(
  applicationId: string,
  key: string,
  file: File,
  onProgress: (share: number) => void,
) {
  return new Promise<void>((resolve, reject) => {
    const upload = new Upload(file, {
      endpoint: `/api/guest/applicant/applications/${applicationId}/recordings/${key}`,
      chunkSize: 16 * 1024 * 1024,
      retryDelays: [0, 1_000, 3_000, 5_000, 10_000],
      // The file's own name never leaves the phone: the server names it after the code.
      metadata: {},
      removeFingerprintOnSuccess: true,
      onProgress: (sent, total) => onProgress(total ? sent / total : 0),
      onSuccess: () => resolve(),
      onError: reject,
    });
    upload.start();
  });
}
