// GET/POST /territories/reference-imports (the list; an official file, raw, to preview),
// GET/DELETE …/:uploadId and POST …/:uploadId/import. The upload goes through XMLHttpRequest, the
// one browser API that reports the bytes sent (a 40 MB file takes a while on a slow line).
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ReferenceImportKind, ReferenceImportRun } from '@tutti/contracts';
import { ApiError, apiClient, csrfHeaders, unwrap } from '@/lib/api-client';

const listKey = (orgId: string) => ['orgs', orgId, 'reference-imports'] as const;
const runKey = (orgId: string, uploadId: string) => [...listKey(orgId), uploadId] as const;

/** Polled every second while an import of the organisation runs. */
export function useReferenceImports(orgId: string) {
  return useQuery({
    queryKey: listKey(orgId),
    queryFn: () =>
      unwrap(
        apiClient.GET('/api/orgs/{orgId}/territories/reference-imports', {
          params: { path: { orgId } },
        }),
      ),
    refetchInterval: (query) =>
      query.state.data?.runs.some((r) => r.state === 'importing') ? 1000 : false,
  });
}

/** One upload; polled every second while it is being imported. */
export function useReferenceRun(orgId: string, uploadId: string) {
  return useQuery({
    queryKey: runKey(orgId, uploadId),
    queryFn: () =>
      unwrap(
        apiClient.GET('/api/orgs/{orgId}/territories/reference-imports/{uploadId}', {
          params: { path: { orgId, uploadId } },
        }),
      ),
    refetchInterval: (query) => (query.state.data?.state === 'importing' ? 1000 : false),
  });
}

export type UploadRequest = { file: File; kind: ReferenceImportKind; year: number };

function errorOf(xhr: XMLHttpRequest): ApiError {
  try {
    const { error } = JSON.parse(xhr.responseText) as {
      error: { code: string; message: string; fields?: []; details?: Record<string, unknown> };
    };
    return new ApiError(xhr.status, error.code, error.message, error.fields, error.details);
  } catch {
    return new ApiError(xhr.status, 'CLIENT.UNKNOWN', `Upload answered ${xhr.status}`);
  }
}

/** Sends the file as the raw body; `onProgress` gets the share sent, from 0 to 1. */
export function uploadReferenceFile(
  orgId: string,
  { file, kind, year }: UploadRequest,
  onProgress: (share: number) => void,
): Promise<ReferenceImportRun> {
  const query = new URLSearchParams({ kind, fileName: file.name, year: String(year) });
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `/api/orgs/${orgId}/territories/reference-imports?${query}`);
    xhr.setRequestHeader('content-type', 'text/csv');
    xhr.setRequestHeader('accept', 'application/json');
    for (const [name, value] of Object.entries(csrfHeaders())) xhr.setRequestHeader(name, value);
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(event.loaded / event.total);
    };
    xhr.onload = () =>
      xhr.status === 201
        ? resolve(JSON.parse(xhr.responseText) as ReferenceImportRun)
        : reject(errorOf(xhr));
    xhr.onerror = () => reject(new ApiError(0, 'CLIENT.NETWORK', 'Could not reach the server'));
    xhr.send(file);
  });
}

export function useUploadReference(orgId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({
      request,
      onProgress,
    }: {
      request: UploadRequest;
      onProgress: (share: number) => void;
    }) => uploadReferenceFile(orgId, request, onProgress),
    onSuccess: (run) => {
      queryClient.setQueryData(runKey(orgId, run.id), run);
      void queryClient.invalidateQueries({ queryKey: listKey(orgId), exact: true });
    },
  });
}

export function useStartReferenceImport(orgId: string, uploadId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (year: number) =>
      unwrap(
        apiClient.POST('/api/orgs/{orgId}/territories/reference-imports/{uploadId}/import', {
          params: { path: { orgId, uploadId } },
          body: { year },
        }),
      ),
    onSuccess: (run) => {
      queryClient.setQueryData(runKey(orgId, uploadId), run);
      void queryClient.invalidateQueries({ queryKey: listKey(orgId), exact: true });
    },
  });
}

export function useDiscardReference(orgId: string, uploadId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () =>
      unwrap(
        apiClient.DELETE('/api/orgs/{orgId}/territories/reference-imports/{uploadId}', {
          params: { path: { orgId, uploadId } },
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: listKey(orgId) }),
  });
}

/** Once imported, every access report of the organisation reads the new data. */
export function useRefreshAccess(orgId: string) {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: ['orgs', orgId, 'territories'] });
}
