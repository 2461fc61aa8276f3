// GET the footprints: a session's, a project's, the organisation's year (or month).
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { apiClient, unwrap } from '@/lib/api-client';

/** Every carbon figure of an organisation; changing a setting invalidates them all. */
export const carbonQueryKey = (orgId: string) => ['orgs', orgId, 'carbon'] as const;

export function useSessionFootprint(orgId: string, sessionId: string) {
  return useQuery({
    queryKey: [...carbonQueryKey(orgId), 'sessions', sessionId],
    queryFn: () =>
      unwrap(
        apiClient.GET('/api/orgs/{orgId}/sessions/{sessionId}/carbon', {
          params: { path: { orgId, sessionId } },
        }),
      ),
  });
}

export function useProjectFootprint(orgId: string, projectId: string) {
  return useQuery({
    queryKey: [...carbonQueryKey(orgId), 'projects', projectId],
    queryFn: () =>
      unwrap(
        apiClient.GET('/api/orgs/{orgId}/projects/{projectId}/carbon', {
          params: { path: { orgId, projectId } },
        }),
      ),
  });
}

export function useOrganisationFootprint(orgId: string, year: number) {
  return useQuery({
    queryKey: [...carbonQueryKey(orgId), 'year', year],
    queryFn: () =>
      unwrap(
        apiClient.GET('/api/orgs/{orgId}/carbon/footprint', {
          params: { path: { orgId }, query: { year } },
        }),
      ),
    placeholderData: keepPreviousData,
  });
}

/** Links that download exports with the login cookie (plain GET, no script needed). */
export const exportLinks = {
  project: (orgId: string, projectId: string) => {
    const base = `/api/orgs/${orgId}/projects/${projectId}/carbon/export`;
    return {
      csv: `${base}?format=csv`,
      xlsx: `${base}?format=xlsx`,
      scenariosCsv: `${base}?format=csv&table=scenarios`,
    };
  },
  year: (orgId: string, year: number) => {
    const base = `/api/orgs/${orgId}/carbon/export?year=${year}`;
    return { csv: `${base}&format=csv`, xlsx: `${base}&format=xlsx` };
  },
};
