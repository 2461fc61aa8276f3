// GET a concert's door list: downloaded while online and kept on the device, so that the door
// works with no network (the list saved last is used, and says when it was downloaded).
import { useQuery } from '@tanstack/react-query';
import type { DoorList } from '@tutti/contracts';
import { apiClient, isApiError, unwrap } from '@/lib/api-client';
import { loadDownload, saveDownload } from '@/lib/offline/device-store';

export type DoorListView = { list: DoorList; fromDevice: boolean };

export const doorListKey = (orgId: string, concertId: string) =>
  ['orgs', orgId, 'sessions', concertId, 'door'] as const;

export function useDoorList(orgId: string, concertId: string) {
  return useQuery({
    queryKey: doorListKey(orgId, concertId),
    queryFn: async (): Promise<DoorListView> => {
      try {
        const list = await unwrap(
          apiClient.GET('/api/orgs/{orgId}/sessions/{concertId}/door', {
            params: { path: { orgId, concertId } },
          }),
        );
        await saveDownload(orgId, `door|${concertId}`, list);
        return { list, fromDevice: false };
      } catch (error) {
        if (!isApiError(error, 'CLIENT.NETWORK')) throw error;
        const stored = await loadDownload<DoorList>(orgId, `door|${concertId}`);
        if (!stored) throw error;
        return { list: stored.value, fromDevice: true };
      }
    },
    // Run even offline: the answer then comes from the device.
    networkMode: 'always',
    retry: false,
  });
}
