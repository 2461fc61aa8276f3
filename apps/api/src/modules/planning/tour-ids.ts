// Engine ids of artist-days and jobs: their index in the problem, so that results map back cheaply.
export const vehicleId = (index: number) => `v${index}`;
export const jobId = (index: number) => `j${index}`;
export const vehicleIndexOf = (id: string) => Number(id.slice(1));
export const jobIndexOf = (id: string) => Number(id.slice(1));
