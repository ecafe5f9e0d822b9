import { request, type RequestOptions } from 'node:https';

// "Is this a Homeward server, and is it ready?": GET <url>readyz over HTTPS with the system's trust store (a
// council's own certificate authority is trusted through the operating system, not by Homeward).

export type ServerCheck = { ok: true } | { ok: false; message: string };

export function checkServer(
  url: string,
  options: { timeoutMs?: number; ca?: string | Buffer } = {},
): Promise<ServerCheck> {
  const target = new URL('readyz', url);
  const timeoutMs = options.timeoutMs ?? 5000;
  const settings: RequestOptions = {
    method: 'GET',
    timeout: timeoutMs,
    ...(options.ca ? { ca: options.ca } : {}),
  };
  return new Promise((resolve) => {
    const req = request(target, settings, (res) => {
      res.resume();
      if (res.statusCode === 200) resolve({ ok: true });
      else
        resolve({
          ok: false,
          message: `The server answered but is not ready (HTTP ${res.statusCode ?? '?'} from /readyz). Try again shortly.`,
        });
    });
    req.on('timeout', () => req.destroy(new Error('timeout')));
    req.on('error', (error: NodeJS.ErrnoException) => {
      const why =
        error.message === 'timeout'
          ? `it did not answer within ${Math.round(timeoutMs / 1000)} seconds`
          : error.code === 'ENOTFOUND'
            ? 'no server has that name'
            : error.code === 'ECONNREFUSED'
              ? 'nothing is listening there'
              : /certificate|self.signed|CERT/i.test(`${error.code ?? ''} ${error.message}`)
                ? 'its certificate is not trusted by this computer'
                : error.message;
      resolve({ ok: false, message: `Homeward could not reach ${target.origin}: ${why}.` });
    });
    req.end();
  });
}
