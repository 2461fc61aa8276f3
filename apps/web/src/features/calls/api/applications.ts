// The coordinators' applications of a call (all, or those asking for a supervised recording day),
// the tour stops near an applicant and the recording day proposed to them.
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiClient, unwrap } from '@/lib/api-client';
import { callsQueryKey } from './calls';

export function useApplications(orgId: string, callId: string, recordingDayOnly = false) {
  return useQuery({
    queryKey: [...callsQueryKey(orgId), callId, 'applications', { recordingDayOnly }],
    queryFn: () =>
      unwrap(
        apiClient.GET('/api/orgs/{orgId}/calls/{callId}/applications', {
          params: {
            path: { orgId, callId },
            query: recordingDayOnly ? { recordingDay: 'requested' } : {},
          },
        }),
      ),
    placeholderData: keepPreviousData,
  });
}

export function useRecordingStops(
  orgId: string,
  callId: string,
  applicationId: string,
  query: { communeCode?: string | undefined; withinKm: number },
) {
  return useQuery({
    queryKey: [...callsQueryKey(orgId), callId, 'recording-stops', applicationId, query],
    queryFn: () =>
      unwrap(
        apiClient.GET(
          '/api/orgs/{orgId}/calls/{callId}/applications/{applicationId}/recording-stops',
          {
            params: {
              path: { orgId, callId, applicationId },
              query: {
                withinKm: query.withinKm,
                ...(query.communeCode ? { communeCode: query.communeCode } : {}),
              },
            },
          },
        ),
      ),
    placeholderData: keepPreviousData,
  });
}

export function useProposeRecordingDay(orgId: string, callId: string, applicationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { sessionId: string; communeCode: string; withinKm: number }) =>
      unwrap(
        apiClient.PUT(
          '/api/orgs/{orgId}/calls/{callId}/applications/{applicationId}/recording-day',
          { params: { path: { orgId, callId, applicationId } }, body },
        ),
      ),
    onSuccess: () =>
      queryClient.invalidateQueries({
        queryKey: [...callsQueryKey(orgId), callId, 'recording-stops', applicationId],
      }),
  });
}

/** Where the applicants live, for the chair once the scores are locked (409 before). */
export function useDistribution(orgId: string, callId: string, locked: boolean) {
  return useQuery({
    queryKey: [...callsQueryKey(orgId), callId, 'distribution', { locked }],
    enabled: locked,
    queryFn: () =>
      unwrap(
        apiClient.GET('/api/orgs/{orgId}/calls/{callId}/distribution', {
          params: { path: { orgId, callId } },
        }),
      ),
  });
}
