// POST /api/auth/sign-out, then forget every cached answer of the account.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { storeMe } from './me';

export function useSignOut() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.post<void>('/api/auth/sign-out'),
    onSettled: () => {
      queryClient.clear();
      storeMe(queryClient, null);
    },
  });
}
