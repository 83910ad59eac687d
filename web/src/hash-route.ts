import { useEffect, useState } from 'preact/hooks';

/** The view and its arguments from the URL's hash (#/doc/ID/e3 → ['doc', 'ID', 'e3']), so views can be linked to. */
export function parseHash(hash: string): string[] {
  return hash
    .replace(/^#\/?/, '')
    .split('/')
    .filter(Boolean)
    .map((p) => decodeURIComponent(p));
}

export function useHashRoute(): string[] {
  const [route, setRoute] = useState(() => parseHash(location.hash));
  useEffect(() => {
    const on = (): void => setRoute(parseHash(location.hash));
    addEventListener('hashchange', on);
    return () => removeEventListener('hashchange', on);
  }, []);
  return route;
}

export const link = (...parts: string[]): string => `#/${parts.map(encodeURIComponent).join('/')}`;
