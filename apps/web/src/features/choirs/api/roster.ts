// GET …/choirs/:choirId/rehearsals/:rehearsalId/roster: the singers to mark, kept on the device
// so that the roll call opens without network.
import { useQuery } from '@tanstack/react-query';
import type { ChoirRoster } from '@tutti/contracts';
import { apiClient, isApiError, unwrap } from '@/lib/api-client';
import { loadDownload, saveDownload } from '@/lib/offline/device-store';
import { choirsQueryKey } from './keys';

export type RosterView = { roster: ChoirRoster; savedAt: string; fromDevice: boolean };

export function useRehearsalRoster(orgId: string, choirId: string, rehearsalId: string) {
  const key = `choir-roster|${rehearsalId}`;
  return useQuery({
    queryKey: [...choirsQueryKey(orgId), choirId, 'roster', rehearsalId],
    queryFn: async (): Promise<RosterView> => {
      try {
        const roster = await unwrap(
          apiClient.GET('/api/orgs/{orgId}/choirs/{choirId}/rehearsals/{rehearsalId}/roster', {
            params: { path: { orgId, choirId, rehearsalId } },
          }),
        );
        await saveDownload(orgId, key, roster);
        return { roster, savedAt: new Date().toISOString(), fromDevice: false };
      } catch (error) {
        if (!isApiError(error, 'CLIENT.NETWORK')) throw error;
        const stored = await loadDownload<ChoirRoster>(orgId, key);
        if (!stored) throw error;
        return { roster: stored.value, savedAt: stored.savedAt, fromDevice: true };
      }
    },
    // Run even offline: the answer then comes from the device.
    networkMode: 'always',
    retry: false,
  });
}
