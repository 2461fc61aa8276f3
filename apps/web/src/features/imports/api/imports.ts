// POST /{entity}/imports (the file, raw), GET/DELETE /imports/:batchId, PUT /imports/:batchId/choices,
// POST /imports/:batchId/apply, and export links.
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ImportApplyBody, ImportChoicesBody, ImportEntity } from '@tutti/contracts';
import { XLSX_MEDIA_TYPE } from '@tutti/contracts';
import { apiClient, fileBody, unwrap } from '@/lib/api-client';

export const IMPORT_PAGE_SIZE = 50;

const batchKey = (orgId: string, batchId: string) => ['orgs', orgId, 'imports', batchId] as const;

/** Browsers give no type, or Excel's, to a `.csv`: the extension decides what is sent. */
function withType(file: File): Blob {
  const xlsx = /\.xlsx$/i.test(file.name);
  if (xlsx && file.type === XLSX_MEDIA_TYPE) return file;
  return new Blob([file], { type: xlsx ? XLSX_MEDIA_TYPE : 'text/csv' });
}

const uploadPaths = {
  participants: '/api/orgs/{orgId}/participants/imports',
  partners: '/api/orgs/{orgId}/partners/imports',
  venues: '/api/orgs/{orgId}/venues/imports',
  ensembles: '/api/orgs/{orgId}/ensembles/imports',
} as const satisfies Record<ImportEntity, string>;

export function useUploadImport(orgId: string, entity: ImportEntity) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ file, groupId }: { file: File; groupId: string | undefined }) =>
      unwrap(
        apiClient.POST(uploadPaths[entity], {
          params: { path: { orgId }, query: { fileName: file.name, groupId } },
          ...fileBody(withType(file)),
        }),
      ),
    // The answer is the first page of every line: no need to ask for it again.
    onSuccess: (batch) =>
      queryClient.setQueryData([...batchKey(orgId, batch.id), { rows: 'all', offset: 0 }], batch),
  });
}

export type RowsFilter = { rows: 'all' | 'problems'; offset: number };

export function useImportBatch(orgId: string, batchId: string | null, filter: RowsFilter) {
  const query = { rows: filter.rows, offset: filter.offset, limit: IMPORT_PAGE_SIZE };
  return useQuery({
    queryKey: [...batchKey(orgId, batchId ?? ''), filter],
    queryFn: () =>
      unwrap(
        apiClient.GET('/api/orgs/{orgId}/imports/{batchId}', {
          params: { path: { orgId, batchId: batchId ?? '' }, query },
        }),
      ),
    enabled: batchId !== null,
    placeholderData: keepPreviousData,
  });
}

/** Records what unknown values become; the preview's lines are settled again, so read again. */
export function useChooseImport(orgId: string, batchId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ImportChoicesBody) =>
      unwrap(
        apiClient.PUT('/api/orgs/{orgId}/imports/{batchId}/choices', {
          params: { path: { orgId, batchId } },
          body,
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: batchKey(orgId, batchId) }),
  });
}

export function useApplyImport(orgId: string, batchId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ImportApplyBody) =>
      unwrap(
        apiClient.POST('/api/orgs/{orgId}/imports/{batchId}/apply', {
          params: { path: { orgId, batchId } },
          body,
        }),
      ),
    // The lists of the organisation (participants, groups' counts, partners, venues) changed.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['orgs', orgId] }),
  });
}

export function useDiscardImport(orgId: string, batchId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () =>
      unwrap(
        apiClient.DELETE('/api/orgs/{orgId}/imports/{batchId}', {
          params: { path: { orgId, batchId } },
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: batchKey(orgId, batchId) }),
  });
}

/** A plain link: the browser saves the file under the name the API gives it. */
export function exportUrl(
  orgId: string,
  entity: ImportEntity,
  format: 'csv' | 'xlsx',
  groupId?: string,
) {
  const query = new URLSearchParams({ format });
  if (groupId) query.set('groupId', groupId);
  return `/api/orgs/${orgId}/${entity}/export?${query}`;
}
