// Query keys of attendance: everything under one prefix, refreshed together after a sync.
export const attendanceQueryKey = (orgId: string) => ['orgs', orgId, 'attendance'] as const;
