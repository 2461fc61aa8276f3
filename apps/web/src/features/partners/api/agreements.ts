// Agreements of a partner: POST, PATCH, DELETE, and their document (PUT raw file, GET, DELETE).
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { PartnerAgreementCreateBody } from '@tutti/contracts';
import { apiClient, fileBody, unwrap } from '@/lib/api-client';
import { partnerQueryKey } from './partners';

/** Where the browser downloads the document (same-origin cookie, no CSRF needed for GET). */
export function agreementDocumentUrl(orgId: string, partnerId: string, agreementId: string) {
  return `/api/orgs/${orgId}/partners/${partnerId}/agreements/${agreementId}/document`;
}

function useRefresh(orgId: string, partnerId: string) {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: partnerQueryKey(orgId, partnerId) });
}

export function useSaveAgreement(orgId: string, partnerId: string, agreementId: string | null) {
  const onSuccess = useRefresh(orgId, partnerId);
  return useMutation({
    mutationFn: (body: PartnerAgreementCreateBody) =>
      agreementId
        ? unwrap(
            apiClient.PATCH('/api/orgs/{orgId}/partners/{partnerId}/agreements/{agreementId}', {
              params: { path: { orgId, partnerId, agreementId } },
              body,
            }),
          )
        : unwrap(
            apiClient.POST('/api/orgs/{orgId}/partners/{partnerId}/agreements', {
              params: { path: { orgId, partnerId } },
              body,
            }),
          ),
    onSuccess,
  });
}

export function useRemoveAgreement(orgId: string, partnerId: string) {
  const onSuccess = useRefresh(orgId, partnerId);
  return useMutation({
    mutationFn: (agreementId: string) =>
      unwrap(
        apiClient.DELETE('/api/orgs/{orgId}/partners/{partnerId}/agreements/{agreementId}', {
          params: { path: { orgId, partnerId, agreementId } },
        }),
      ),
    onSuccess,
  });
}

export function useUploadAgreementDocument(orgId: string, partnerId: string, agreementId: string) {
  const onSuccess = useRefresh(orgId, partnerId);
  return useMutation({
    mutationFn: (file: File) =>
      unwrap(
        apiClient.PUT('/api/orgs/{orgId}/partners/{partnerId}/agreements/{agreementId}/document', {
          params: { path: { orgId, partnerId, agreementId }, query: { fileName: file.name } },
          ...fileBody(file),
        }),
      ),
    onSuccess,
  });
}

export function useRemoveAgreementDocument(orgId: string, partnerId: string, agreementId: string) {
  const onSuccess = useRefresh(orgId, partnerId);
  return useMutation({
    mutationFn: () =>
      unwrap(
        apiClient.DELETE(
          '/api/orgs/{orgId}/partners/{partnerId}/agreements/{agreementId}/document',
          {
            params: { path: { orgId, partnerId, agreementId } },
          },
        ),
      ),
    onSuccess,
  });
}
