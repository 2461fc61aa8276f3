// PATCH /api/me {locale}: the account remembers its language on every device.

import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Locale, Me } from '@tutti/contracts';
import { apiClient, unwrap } from '@/lib/api-client';
import { meQueryKey } from './me';

export function useUpdateLocale() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (locale: Locale) => unwrap(apiClient.PATCH('/api/me', { body: { locale } })),
    // Optimistic, and the answer is not written back: with quick successive choices an older
    // answer could arrive last and switch the language back.
    onMutate: (locale) => {
      queryClient.setQueryData<Me | null>(meQueryKey, (me) =>
        me ? { ...me, user: { ...me.user, locale } } : me,
      );
    },
  });
}
