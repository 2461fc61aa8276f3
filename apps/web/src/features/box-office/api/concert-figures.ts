// GET a concert's figures after it took place, and the links of its SACEM declaration.
import { useQuery } from '@tanstack/react-query';
import { apiClient, unwrap } from '@/lib/api-client';

export function useConcertFigures(orgId: string, sessionId: string) {
  return useQuery({
    queryKey: ['orgs', orgId, 'sessions', sessionId, 'figures'],
    queryFn: () =>
      unwrap(
        apiClient.GET('/api/orgs/{orgId}/sessions/{concertId}/figures', {
          params: { path: { orgId, concertId: sessionId } },
        }),
      ),
  });
}

/** Plain links: the browser saves the file the API names, with the login cookie. */
export function sacemLinks(orgId: string, sessionId: string) {
  const base = `/api/orgs/${orgId}/sessions/${sessionId}/sacem-declaration`;
  return { csv: `${base}?format=csv`, xlsx: `${base}?format=xlsx` };
}
