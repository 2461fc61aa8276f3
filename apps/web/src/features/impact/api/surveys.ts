// Surveys: list, read, create, open or close; fill for a group; results.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { SurveyCreateBody, SurveyResponseBody, SurveyStatus } from '@tutti/contracts';
import { apiClient, unwrap } from '@/lib/api-client';

const surveysKey = (orgId: string) => ['orgs', orgId, 'surveys'] as const;

export function useSurveys(orgId: string) {
  return useQuery({
    queryKey: surveysKey(orgId),
    queryFn: () =>
      unwrap(
        apiClient.GET('/api/orgs/{orgId}/surveys', {
          params: { path: { orgId }, query: { limit: 200 } },
        }),
      ),
  });
}

export function useCreateSurvey(orgId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SurveyCreateBody) =>
      unwrap(apiClient.POST('/api/orgs/{orgId}/surveys', { params: { path: { orgId } }, body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: surveysKey(orgId) }),
  });
}

export function useSurveyStatus(orgId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ surveyId, status }: { surveyId: string; status: SurveyStatus }) =>
      unwrap(
        apiClient.POST('/api/orgs/{orgId}/surveys/{surveyId}/status', {
          params: { path: { orgId, surveyId } },
          body: { status },
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: surveysKey(orgId) }),
  });
}

export function useSurveyFill(orgId: string, surveyId: string, groupId: string) {
  return useQuery({
    queryKey: [...surveysKey(orgId), surveyId, 'fill', groupId],
    queryFn: () =>
      unwrap(
        apiClient.GET('/api/orgs/{orgId}/surveys/{surveyId}/fill', {
          params: { path: { orgId, surveyId }, query: { groupId } },
        }),
      ),
  });
}

export function useSubmitResponse(orgId: string, surveyId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SurveyResponseBody) =>
      unwrap(
        apiClient.POST('/api/orgs/{orgId}/surveys/{surveyId}/responses', {
          params: { path: { orgId, surveyId } },
          body,
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: surveysKey(orgId) }),
  });
}

export function useSurveyResults(orgId: string, surveyId: string) {
  return useQuery({
    queryKey: [...surveysKey(orgId), surveyId, 'results'],
    queryFn: () =>
      unwrap(
        apiClient.GET('/api/orgs/{orgId}/surveys/{surveyId}/results', {
          params: { path: { orgId, surveyId } },
        }),
      ),
  });
}
