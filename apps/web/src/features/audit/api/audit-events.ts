// GET /api/orgs/:orgId/audit-events: the audit log, newest first, filtered (admins).
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { AuditAction } from '@tutti/contracts';
import { apiClient, unwrap } from '@/lib/api-client';

export const AUDIT_PAGE_SIZE = 50;

export type AuditFilters = { action?: AuditAction; from?: string; to?: string; offset: number };

export function useAuditEvents(orgId: string, filters: AuditFilters) {
  const query = {
    limit: AUDIT_PAGE_SIZE,
    offset: filters.offset,
    ...(filters.action ? { action: filters.action } : {}),
    ...(filters.from ? { from: filters.from } : {}),
    ...(filters.to ? { to: filters.to } : {}),
  };
  return useQuery({
    queryKey: ['orgs', orgId, 'audit-events', query],
    queryFn: () =>
      unwrap(
        apiClient.GET('/api/orgs/{orgId}/audit-events', { params: { path: { orgId }, query } }),
      ),
    placeholderData: keepPreviousData,
  });
}
