// The signed-in person and their memberships, cached once for the whole app.

import { type QueryClient, queryOptions, useQuery } from '@tanstack/react-query';
import type { Me } from '@tutti/contracts';
import { apiClient, isApiError, setCsrfToken, unwrap } from '@/lib/api-client';

export const meQueryKey = ['me'] as const;

/** `null` when nobody is signed in. */
export async function fetchMe(): Promise<Me | null> {
  try {
    const me = await unwrap(apiClient.GET('/api/me'));
    setCsrfToken(me.csrfToken);
    return me;
  } catch (error) {
    if (isApiError(error, 'AUTH.UNAUTHENTICATED')) {
      setCsrfToken(null);
      return null;
    }
    throw error;
  }
}

export const meQueryOptions = queryOptions({
  queryKey: meQueryKey,
  queryFn: fetchMe,
  staleTime: 60_000,
});

/**
 * Every answer carrying a Me (sign-in, verification, member invitation) goes through here. A new
 * account is then read once more from GET /api/me: the service worker keeps only that answer, for
 * an offline start, and the answer that signed the person in never passes through it.
 */
export function storeMe(queryClient: QueryClient, me: Me | null) {
  setCsrfToken(me?.csrfToken ?? null);
  queryClient.setQueryData(meQueryKey, me);
  if (me) void queryClient.invalidateQueries({ queryKey: meQueryKey, refetchType: 'all' });
}

export function useMe() {
  return useQuery(meQueryOptions);
}
