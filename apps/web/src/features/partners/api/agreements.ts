// Agreements of a partner: POST, PATCH, DELETE, and their document (PUT raw file, GET, DELETE).
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { PartnerAgreement, PartnerAgreementCreateBody } from '@tutti/contracts';
import { api, apiUpload } from '@/lib/api-client';
import { partnerQueryKey } from './partners';

const agreementsPath = (orgId: string, partnerId: string) =>
  `/api/orgs/${orgId}/partners/${partnerId}/agreements`;

/** Where the browser downloads the document (same-origin cookie, no CSRF needed for GET). */
export function agreementDocumentUrl(orgId: string, partnerId: string, agreementId: string) {
  return `${agreementsPath(orgId, partnerId)}/${agreementId}/document`;
}

function useRefresh(orgId: string, partnerId: string) {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: partnerQueryKey(orgId, partnerId) });
}

export function useSaveAgreement(orgId: string, partnerId: string, agreementId: string | null) {
  const onSuccess = useRefresh(orgId, partnerId);
  const base = agreementsPath(orgId, partnerId);
  return useMutation({
    mutationFn: (body: PartnerAgreementCreateBody) =>
      agreementId
        ? api.patch<PartnerAgreement>(`${base}/${agreementId}`, body)
        : api.post<PartnerAgreement>(base, body),
    onSuccess,
  });
}

export function useRemoveAgreement(orgId: string, partnerId: string) {
  const onSuccess = useRefresh(orgId, partnerId);
  return useMutation({
    mutationFn: (agreementId: string) =>
      api.delete(`${agreementsPath(orgId, partnerId)}/${agreementId}`),
    onSuccess,
  });
}

export function useUploadAgreementDocument(orgId: string, partnerId: string, agreementId: string) {
  const onSuccess = useRefresh(orgId, partnerId);
  return useMutation({
    mutationFn: (file: File) =>
      apiUpload<PartnerAgreement>(
        `${agreementDocumentUrl(orgId, partnerId, agreementId)}?${new URLSearchParams({ fileName: file.name })}`,
        file,
      ),
    onSuccess,
  });
}

export function useRemoveAgreementDocument(orgId: string, partnerId: string, agreementId: string) {
  const onSuccess = useRefresh(orgId, partnerId);
  return useMutation({
    mutationFn: () => api.delete(agreementDocumentUrl(orgId, partnerId, agreementId)),
    onSuccess,
  });
}
