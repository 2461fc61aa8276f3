// POST /api/auth/sign-out, then forget every cached answer of the account.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient, unwrap } from '@/lib/api-client';
import { storeMe } from './me';

export function useSignOut() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => unwrap(apiClient.POST('/api/auth/sign-out')),
    onSettled: () => {
      queryClient.clear();
      storeMe(queryClient, null);
    },
  });
}
