// GET and PUT /api/orgs/:orgId/journeys/:journeyId/space, POST and DELETE …/space/entries, PUT
// …/space/order, PUT …/space/concerts/:sessionId: a journey's space, its settings, the entries
// placing library resources, and a concert step's live stream and programme.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  JourneySpace,
  SpaceConcertBody,
  SpaceEntryCreateBody,
  SpaceOrderBody,
  SpaceSettingsBody,
} from '@tutti/contracts';
import { apiClient, unwrap } from '@/lib/api-client';

export const spaceQueryKey = (orgId: string, journeyId: string) =>
  ['orgs', orgId, 'journeys', journeyId, 'space'] as const;

/** Any space of the organisation: a shared entry or a resource change shows in several. */
export const spacesQueryKey = (orgId: string) => ['orgs', orgId, 'journeys'] as const;

export function useJourneySpace(orgId: string, journeyId: string) {
  return useQuery({
    queryKey: spaceQueryKey(orgId, journeyId),
    queryFn: () =>
      unwrap(
        apiClient.GET('/api/orgs/{orgId}/journeys/{journeyId}/space', {
          params: { path: { orgId, journeyId } },
        }),
      ),
  });
}

function useSpaceMutation<Body>(
  orgId: string,
  journeyId: string,
  send: (body: Body) => Promise<JourneySpace>,
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: (space) => {
      queryClient.setQueryData(spaceQueryKey(orgId, journeyId), space);
      void queryClient.invalidateQueries({ queryKey: spacesQueryKey(orgId) });
    },
  });
}

export function useUpdateSpaceSettings(orgId: string, journeyId: string) {
  return useSpaceMutation(orgId, journeyId, (body: SpaceSettingsBody) =>
    unwrap(
      apiClient.PUT('/api/orgs/{orgId}/journeys/{journeyId}/space', {
        params: { path: { orgId, journeyId } },
        body,
      }),
    ),
  );
}

export function useSetSpaceConcert(orgId: string, journeyId: string, sessionId: string) {
  return useSpaceMutation(orgId, journeyId, (body: SpaceConcertBody) =>
    unwrap(
      apiClient.PUT('/api/orgs/{orgId}/journeys/{journeyId}/space/concerts/{sessionId}', {
        params: { path: { orgId, journeyId, sessionId } },
        body,
      }),
    ),
  );
}

export function useAddSpaceEntry(orgId: string, journeyId: string) {
  return useSpaceMutation(orgId, journeyId, (body: SpaceEntryCreateBody) =>
    unwrap(
      apiClient.POST('/api/orgs/{orgId}/journeys/{journeyId}/space/entries', {
        params: { path: { orgId, journeyId } },
        body,
      }),
    ),
  );
}

export function useOrderSpaceEntries(orgId: string, journeyId: string) {
  return useSpaceMutation(orgId, journeyId, (body: SpaceOrderBody) =>
    unwrap(
      apiClient.PUT('/api/orgs/{orgId}/journeys/{journeyId}/space/order', {
        params: { path: { orgId, journeyId } },
        body,
      }),
    ),
  );
}

export function useRemoveSpaceEntry(orgId: string, journeyId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (entryId: string) =>
      unwrap(
        apiClient.DELETE('/api/orgs/{orgId}/journeys/{journeyId}/space/entries/{entryId}', {
          params: { path: { orgId, journeyId, entryId } },
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: spacesQueryKey(orgId) }),
  });
}
