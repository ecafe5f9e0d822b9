import { useEffect, useState } from 'react';

/** Screens are addressed by the URL fragment, so browser mode's back button and reloads behave. */
export type Route =
  | { name: 'due' }
  | { name: 'children' }
  | { name: 'child'; id: string }
  | { name: 'meetings' }
  | { name: 'meeting'; id: string }
  | { name: 'daily-review' }
  | { name: 'dashboard' }
  | { name: 'settings' }
  | { name: 'accounts' }
  | { name: 'return-interview'; episodeId: string }
  /** The risk assessment form: a first one or a review (a new version), or an edit of the latest version. */
  | { name: 'risk-assessment'; childId: string; mode: RiskFormMode };

export type RiskFormMode = 'new' | 'edit';

export function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean).map(decodeURIComponent);
  switch (parts[0]) {
    case 'children':
      return { name: 'children' };
    case 'child':
      return parts[1] ? { name: 'child', id: parts[1] } : { name: 'children' };
    case 'meetings':
      return { name: 'meetings' };
    case 'meeting':
      return parts[1] ? { name: 'meeting', id: parts[1] } : { name: 'meetings' };
    case 'daily-review':
      return { name: 'daily-review' };
    case 'dashboard':
      return { name: 'dashboard' };
    case 'settings':
      return { name: 'settings' };
    case 'accounts':
      return { name: 'accounts' };
    case 'return-interview':
      return parts[1] ? { name: 'return-interview', episodeId: parts[1] } : { name: 'children' };
    case 'risk-assessment':
      return parts[1]
        ? { name: 'risk-assessment', childId: parts[1], mode: parts[2] === 'edit' ? 'edit' : 'new' }
        : { name: 'children' };
    default:
      return { name: 'due' };
  }
}

export function href(route: Route): string {
  switch (route.name) {
    case 'child':
    case 'meeting':
      return `#/${route.name}/${encodeURIComponent(route.id)}`;
    case 'return-interview':
      return `#/return-interview/${encodeURIComponent(route.episodeId)}`;
    case 'risk-assessment':
      return `#/risk-assessment/${encodeURIComponent(route.childId)}/${route.mode}`;
    default:
      return `#/${route.name}`;
  }
}

export const navigate = (route: Route) => {
  window.location.hash = href(route);
};

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(window.location.hash));
  useEffect(() => {
    const onChange = () => setRoute(parseRoute(window.location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return route;
}
