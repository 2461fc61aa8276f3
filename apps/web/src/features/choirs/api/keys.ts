// Query keys of choirs: everything under one prefix, refreshed together after a sync.
export const choirsQueryKey = (orgId: string) => ['orgs', orgId, 'choirs'] as const;
