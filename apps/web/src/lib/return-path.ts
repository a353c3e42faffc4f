import type { Location } from 'react-router';

/** The login page of an area, remembering the page the person wanted. */
export function loginPathFor(loginPath: string, wanted: Pick<Location, 'pathname' | 'search'>): string {
  return `${loginPath}?from=${encodeURIComponent(wanted.pathname + wanted.search)}`;
}

/**
 * Where to go after logging in: the remembered page when it is inside this area (never another
 * site: `//evil.example` and `/m\evil` are refused), else the area's home.
 */
export function returnPathFrom(search: string, home: string, loginPath: string): string {
  const from = new URLSearchParams(search).get('from');
  if (!from || from.startsWith('//') || from.includes('\\')) return home;
  const insideArea = from === home || from.startsWith(`${home}/`) || from.startsWith(`${home}?`);
  return insideArea && !from.startsWith(loginPath) ? from : home;
}
