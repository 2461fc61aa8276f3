// Reads a query-string value as the raw text it is (tokens must not be parsed as JSON), and keeps
// a page's state (filters, view, date) in the address so that a reload or a shared link shows it.
import { useLocation, useNavigate } from '@tanstack/react-router';

export function useSearchParam(name: string): string | null {
  const searchStr = useLocation({ select: (location) => location.searchStr });
  return new URLSearchParams(searchStr).get(name);
}

/** A path inside the app to go to after signing in; anything else falls back to `/`. */
export function safeRedirectPath(value: string | null): string {
  if (!value?.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) {
    return '/';
  }
  return value;
}

/**
 * The query string as a page's state: `params` to read, `update` to change some values
 * (`undefined` removes one) in place of the current history entry.
 */
export function useSearchState() {
  const location = useLocation();
  const navigate = useNavigate();
  const params = new URLSearchParams(location.searchStr);
  const update = (patch: Record<string, string | undefined>) => {
    const next = new URLSearchParams(location.searchStr);
    for (const [name, value] of Object.entries(patch)) {
      if (value === undefined) next.delete(name);
      else next.set(name, value);
    }
    const query = next.toString();
    void navigate({ href: `${location.pathname}${query ? `?${query}` : ''}`, replace: true });
  };
  return { params, update };
}
