import { DEFAULT_IDLE_MINUTES } from '../../backend/accounts/sessions';

/** The team server's settings, from HOMEWARD_* environment variables (README: "Team mode: the Homeward server"). */
export interface TeamConfig {
  /** The address to listen on; default 127.0.0.1 (behind a reverse proxy on the same machine). */
  host: string;
  /** 0 picks a free port (tests). */
  port: number;
  /** The address people use (e.g. https://homeward.example.gov.uk behind the council's proxy): decides the allowed
   *  Host and Origin, and that cookies are Secure when it is https. Unset: the listening address itself. */
  publicUrl?: string;
  /** Certificate and key files (PEM): the server speaks HTTPS itself. */
  tls?: { certFile: string; keyFile: string };
  idleMinutes: number;
}

export class ConfigError extends Error {}

export function teamConfigFromEnv(env: NodeJS.ProcessEnv = process.env): TeamConfig {
  const port = Number(env.HOMEWARD_SERVER_PORT ?? '8080');
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new ConfigError(
      `HOMEWARD_SERVER_PORT must be a port number (0 to 65535), not "${env.HOMEWARD_SERVER_PORT}".`,
    );
  const idle = Number(env.HOMEWARD_SESSION_IDLE_MINUTES ?? DEFAULT_IDLE_MINUTES);
  if (!Number.isInteger(idle) || idle < 1 || idle > 12 * 60)
    throw new ConfigError('HOMEWARD_SESSION_IDLE_MINUTES must be a whole number of minutes from 1 to 720.');
  const publicUrl = env.HOMEWARD_PUBLIC_URL?.trim() || undefined;
  if (publicUrl) {
    let url: URL;
    try {
      url = new URL(publicUrl);
    } catch {
      throw new ConfigError(`HOMEWARD_PUBLIC_URL is not an address: "${publicUrl}".`);
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:')
      throw new ConfigError('HOMEWARD_PUBLIC_URL must start with https:// (or http:// on a test network).');
  }
  const cert = env.HOMEWARD_TLS_CERT?.trim();
  const key = env.HOMEWARD_TLS_KEY?.trim();
  if (!!cert !== !!key) throw new ConfigError('HOMEWARD_TLS_CERT and HOMEWARD_TLS_KEY must be set together.');
  return {
    host: env.HOMEWARD_SERVER_HOST?.trim() || '127.0.0.1',
    port,
    publicUrl,
    tls: cert && key ? { certFile: cert, keyFile: key } : undefined,
    idleMinutes: idle,
  };
}
