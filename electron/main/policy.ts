import { pathToFileURL } from 'node:url';

/**
 * The desktop window's security decisions as plain functions (no Electron import), so Vitest can pin them in Node.
 * security.ts and index.ts wire them to Electron.
 */

/**
 * The development server's address, from ELECTRON_RENDERER_URL (electron-vite sets it for `npm start`). A packed
 * app ignores it: otherwise anyone who can set an environment variable could point the window, and the IPC bridge
 * to every child's record, at a page of their own. Only a loopback http address is accepted even in development.
 */
export function devServerUrl(isPackaged: boolean, fromEnv: string | undefined): string | undefined {
  if (isPackaged || !fromEnv) return undefined;
  let url: URL;
  try {
    url = new URL(fromEnv);
  } catch {
    return undefined;
  }
  const loopback = url.hostname === 'localhost' || url.hostname === '127.0.0.1' || url.hostname === '[::1]';
  return url.protocol === 'http:' && loopback ? url.href : undefined;
}

/**
 * Whether a URL is the app's own page: the dev server's origin in development, else exactly the built index.html
 * (any #route). A prefix test would also accept `http://localhost:51730` or `file:///…/index.html.evil`.
 */
export function appUrlMatcher(devUrl: string | undefined, rendererFile: string): (url: string) => boolean {
  const own = devUrl ? new URL(devUrl) : pathToFileURL(rendererFile);
  return (candidate) => {
    let url: URL;
    try {
      url = new URL(candidate);
    } catch {
      return false;
    }
    if (devUrl) return url.origin === own.origin;
    return url.protocol === 'file:' && url.host === own.host && url.pathname === own.pathname;
  };
}

/** No camera, microphone, notifications, clipboard reads, geolocation, HID, serial…: the app needs none. */
export const permissionCheck = (_permission: string): boolean => false;
export const permissionRequest = (_permission: string, decide: (granted: boolean) => void): void =>
  decide(false);
