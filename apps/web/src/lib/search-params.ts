// Reads a query-string value as the raw text it is (tokens must not be parsed as JSON).
import { useLocation } from '@tanstack/react-router';

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
