// Surveys: list, read, create, open or close; fill for a group; results.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  Survey,
  SurveyCreateBody,
  SurveyFill,
  SurveyResponseBody,
  SurveyResults,
  SurveyStatus,
} from '@tutti/contracts';
import { api } from '@/lib/api-client';

const surveysKey = (orgId: string) => ['orgs', orgId, 'surveys'] as const;

export function useSurveys(orgId: string) {
  return useQuery({
    queryKey: surveysKey(orgId),
    queryFn: () =>
      api.get<{ items: Survey[]; total: number }>(`/api/orgs/${orgId}/surveys?limit=200`),
  });
}

export function useCreateSurvey(orgId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SurveyCreateBody) => api.post<Survey>(`/api/orgs/${orgId}/surveys`, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: surveysKey(orgId) }),
  });
}

export function useSurveyStatus(orgId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ surveyId, status }: { surveyId: string; status: SurveyStatus }) =>
      api.post<Survey>(`/api/orgs/${orgId}/surveys/${surveyId}/status`, { status }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: surveysKey(orgId) }),
  });
}

export function useSurveyFill(orgId: string, surveyId: string, groupId: string) {
  return useQuery({
    queryKey: [...surveysKey(orgId), surveyId, 'fill', groupId],
    queryFn: () =>
      api.get<SurveyFill>(
        `/api/orgs/${orgId}/surveys/${surveyId}/fill${groupId ? `?groupId=${groupId}` : ''}`,
      ),
  });
}

export function useSubmitResponse(orgId: string, surveyId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SurveyResponseBody) =>
      api.post<{ pseudonym: string | null; replaced: boolean }>(
        `/api/orgs/${orgId}/surveys/${surveyId}/responses`,
        body,
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: surveysKey(orgId) }),
  });
}

export function useSurveyResults(orgId: string, surveyId: string) {
  return useQuery({
    queryKey: [...surveysKey(orgId), surveyId, 'results'],
    queryFn: () => api.get<SurveyResults>(`/api/orgs/${orgId}/surveys/${surveyId}/results`),
  });
}
