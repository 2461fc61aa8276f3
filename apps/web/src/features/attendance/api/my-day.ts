// GET /api/orgs/:orgId/my-day?date=: downloaded while online and kept on the device for offline use.
import { useQuery } from '@tanstack/react-query';
import type { MyDay } from '@tutti/contracts';
import { apiClient, isApiError, unwrap } from '@/lib/api-client';
import { loadDownload, saveDownload } from '@/lib/offline/device-store';
import { attendanceQueryKey } from './keys';

export type MyDayView = { day: MyDay; savedAt: string; fromDevice: boolean };

export function useMyDay(orgId: string, date: string) {
  return useQuery({
    queryKey: [...attendanceQueryKey(orgId), 'my-day', date],
    queryFn: async (): Promise<MyDayView> => {
      try {
        const day = await unwrap(
          apiClient.GET('/api/orgs/{orgId}/my-day', {
            params: { path: { orgId }, query: { date } },
          }),
        );
        await saveDownload(orgId, `my-day|${date}`, day);
        return { day, savedAt: new Date().toISOString(), fromDevice: false };
      } catch (error) {
        if (!isApiError(error, 'CLIENT.NETWORK')) throw error;
        const stored = await loadDownload<MyDay>(orgId, `my-day|${date}`);
        if (!stored) throw error;
        return { day: stored.value, savedAt: stored.savedAt, fromDevice: true };
      }
    },
    // Run even offline: the answer then comes from the device.
    networkMode: 'always',
    retry: false,
  });
}
