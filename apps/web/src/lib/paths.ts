// Builds links to pages inside an organisation (`/o/<id>/<page>`).
export function orgPath(orgId: string, path = ''): string {
  return path ? `/o/${orgId}/${path}` : `/o/${orgId}`;
}
