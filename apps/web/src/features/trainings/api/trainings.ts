// Trainings: the list, one training (kept on the device for the offline sign-in), creating one,
// enrolling and removing people, and a person's certificate's address.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Locale, Training, TrainingCreateBody, TrainingPersonBody } from '@tutti/contracts';
import { apiClient, isApiError, unwrap } from '@/lib/api-client';
import { loadDownload, saveDownload } from '@/lib/offline/device-store';

const listKey = (orgId: string) => ['orgs', orgId, 'trainings'] as const;

export function useTrainings(orgId: string) {
  return useQuery({
    queryKey: listKey(orgId),
    queryFn: () =>
      unwrap(apiClient.GET('/api/orgs/{orgId}/trainings', { params: { path: { orgId } } })),
  });
}

export type TrainingView = { training: Training; savedAt: string; fromDevice: boolean };

/** A training, saved on the device each time it is read, and read from there without network. */
export function useTraining(orgId: string, trainingId: string) {
  const key = `training|${trainingId}`;
  return useQuery({
    queryKey: [...listKey(orgId), trainingId],
    queryFn: async (): Promise<TrainingView> => {
      try {
        const training = await unwrap(
          apiClient.GET('/api/orgs/{orgId}/trainings/{trainingId}', {
            params: { path: { orgId, trainingId } },
          }),
        );
        await saveDownload(orgId, key, training);
        return { training, savedAt: new Date().toISOString(), fromDevice: false };
      } catch (error) {
        if (!isApiError(error, 'CLIENT.NETWORK')) throw error;
        const stored = await loadDownload<Training>(orgId, key);
        if (!stored) throw error;
        return { training: stored.value, savedAt: stored.savedAt, fromDevice: true };
      }
    },
    // Run even offline: the answer then comes from the device.
    networkMode: 'always',
    retry: false,
  });
}

export function useCreateTraining(orgId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: TrainingCreateBody) =>
      unwrap(apiClient.POST('/api/orgs/{orgId}/trainings', { params: { path: { orgId } }, body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: listKey(orgId) }),
  });
}

export function useEnrolPerson(orgId: string, trainingId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: TrainingPersonBody) =>
      unwrap(
        apiClient.POST('/api/orgs/{orgId}/trainings/{trainingId}/people', {
          params: { path: { orgId, trainingId } },
          body,
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: listKey(orgId) }),
  });
}

export function useRemovePerson(orgId: string, trainingId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (personId: string) =>
      unwrap(
        apiClient.DELETE('/api/orgs/{orgId}/trainings/{trainingId}/people/{personId}', {
          params: { path: { orgId, trainingId, personId } },
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: listKey(orgId) }),
  });
}

export function certificateUrl(
  orgId: string,
  trainingId: string,
  personId: string,
  locale: Locale,
) {
  return `/api/orgs/${orgId}/trainings/${trainingId}/people/${personId}/certificate?locale=${locale}`;
}

/** The organisation's active networks, to offer a training to one of them. */
export function useActiveNetworks(orgId: string) {
  return useQuery({
    queryKey: ['orgs', orgId, 'networks'],
    queryFn: () =>
      unwrap(apiClient.GET('/api/orgs/{orgId}/networks', { params: { path: { orgId } } })),
    select: (networks) => networks.filter((network) => network.status === 'active'),
  });
}

/** The organisation's anonymous surveys answered once: those a training may ask after it. */
export function useSatisfactionSurveys(orgId: string, enabled: boolean) {
  return useQuery({
    queryKey: ['orgs', orgId, 'surveys', 'satisfaction'],
    enabled,
    queryFn: async () =>
      (
        await unwrap(
          apiClient.GET('/api/orgs/{orgId}/surveys', {
            params: { path: { orgId }, query: { limit: 200 } },
          }),
        )
      ).items.filter((survey) => survey.subject === 'anonymous' && !survey.beforeAfter),
  });
}

export function useLinkSurvey(orgId: string, trainingId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (surveyId: string | null) =>
      unwrap(
        apiClient.PUT('/api/orgs/{orgId}/trainings/{trainingId}/survey', {
          params: { path: { orgId, trainingId } },
          body: { surveyId },
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: listKey(orgId) }),
  });
}
