// POST /{entity}/imports (the file, raw), GET/DELETE /imports/:batchId, POST /imports/:batchId/apply, and export links.
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ImportApplyBody, ImportBatch, ImportEntity } from '@tutti/contracts';
import { XLSX_MEDIA_TYPE } from '@tutti/contracts';
import { api, apiUpload } from '@/lib/api-client';

export const IMPORT_PAGE_SIZE = 50;

const batchKey = (orgId: string, batchId: string) => ['orgs', orgId, 'imports', batchId] as const;

/** Browsers give no type, or Excel's, to a `.csv`: the extension decides what is sent. */
function withType(file: File): Blob {
  const xlsx = /\.xlsx$/i.test(file.name);
  if (xlsx && file.type === XLSX_MEDIA_TYPE) return file;
  return new Blob([file], { type: xlsx ? XLSX_MEDIA_TYPE : 'text/csv' });
}

export function useUploadImport(orgId: string, entity: ImportEntity) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ file, groupId }: { file: File; groupId: string | undefined }) => {
      const query = new URLSearchParams({ fileName: file.name });
      if (groupId) query.set('groupId', groupId);
      return apiUpload<ImportBatch>(
        `/api/orgs/${orgId}/${entity}/imports?${query}`,
        withType(file),
        'POST',
      );
    },
    // The answer is the first page of every line: no need to ask for it again.
    onSuccess: (batch) =>
      queryClient.setQueryData([...batchKey(orgId, batch.id), { rows: 'all', offset: 0 }], batch),
  });
}

export type RowsFilter = { rows: 'all' | 'problems'; offset: number };

export function useImportBatch(orgId: string, batchId: string | null, filter: RowsFilter) {
  const query = new URLSearchParams({
    rows: filter.rows,
    offset: String(filter.offset),
    limit: String(IMPORT_PAGE_SIZE),
  });
  return useQuery({
    queryKey: [...batchKey(orgId, batchId ?? ''), filter],
    queryFn: () => api.get<ImportBatch>(`/api/orgs/${orgId}/imports/${batchId}?${query}`),
    enabled: batchId !== null,
    placeholderData: keepPreviousData,
  });
}

export function useApplyImport(orgId: string, batchId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ImportApplyBody) =>
      api.post<ImportBatch>(`/api/orgs/${orgId}/imports/${batchId}/apply`, body),
    // The lists of the organisation (participants, groups' counts, partners, venues) changed.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['orgs', orgId] }),
  });
}

export function useDiscardImport(orgId: string, batchId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.delete(`/api/orgs/${orgId}/imports/${batchId}`),
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
