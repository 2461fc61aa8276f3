// App-wide providers: the query cache (which notices an expired login) and the feature registry.
import { MutationCache, QueryCache, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { meQueryKey, storeMe } from '@/features/auth';
import { isApiError } from '@/lib/api-client';
import { RegistryProvider } from '@/lib/registry';
import { featureModules } from './features';

export function createQueryClient() {
  // A 401 anywhere means the login ended (signed out elsewhere, expired): forget the account,
  // and the signed-in layouts send the person to the sign-in page.
  const onError = (error: unknown) => {
    if (isApiError(error, 'AUTH.UNAUTHENTICATED') && queryClient.getQueryData(meQueryKey)) {
      storeMe(queryClient, null);
    }
  };
  const queryClient: QueryClient = new QueryClient({
    queryCache: new QueryCache({ onError }),
    mutationCache: new MutationCache({ onError }),
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        // Client errors (4xx) will not change by asking again.
        retry: (failureCount, error) =>
          failureCount < 2 && !(isApiError(error) && error.status >= 400 && error.status < 500),
      },
    },
  });
  return queryClient;
}

export function AppProviders({
  queryClient,
  children,
}: {
  queryClient: QueryClient;
  children: ReactNode;
}) {
  return (
    <QueryClientProvider client={queryClient}>
      <RegistryProvider value={featureModules}>{children}</RegistryProvider>
    </QueryClientProvider>
  );
}
