import { app, session, type WebContents } from 'electron';
import { permissionCheck, permissionRequest } from './policy';

/**
 * Locks every window down (Actual's desktop-electron/security.ts): no navigation away from the app, no new
 * windows, no webviews, and every permission check and request denied (policy.ts). The app's pages come from the
 * file system (or the dev server in development), or against a council server from that server, whose responses
 * get the window's own Content Security Policy (connection.ts).
 */
export function installSecurityPolicy(
  isAppUrl: (url: string) => boolean,
  /** The policy to put on a response from this URL (the chosen council server's pages), or null to leave it. */
  policyFor: (url: string) => string | null = () => null,
): void {
  app.on('web-contents-created', (_event, contents: WebContents) => {
    contents.on('will-navigate', (event, url) => {
      if (!isAppUrl(url)) event.preventDefault();
    });
    contents.on('will-redirect', (event, url) => {
      if (!isAppUrl(url)) event.preventDefault();
    });
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  });
  void app.whenReady().then(() => {
    session.defaultSession.setPermissionCheckHandler((_contents, permission) => permissionCheck(permission));
    session.defaultSession.setPermissionRequestHandler((_contents, permission, callback) =>
      permissionRequest(permission, callback),
    );
    session.defaultSession.setDevicePermissionHandler(() => false);
    session.defaultSession.webRequest.onHeadersReceived((details, callback) => {
      const policy = policyFor(details.url);
      if (policy === null) return callback({});
      // Ours replaces the server's own, whatever the case of its header name.
      const headers = Object.fromEntries(
        Object.entries(details.responseHeaders ?? {}).filter(
          ([name]) => name.toLowerCase() !== 'content-security-policy',
        ),
      );
      callback({ responseHeaders: { ...headers, 'Content-Security-Policy': [policy] } });
    });
  });
}
