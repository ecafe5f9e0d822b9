import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  appUrlMatcher,
  devServerUrl,
  permissionCheck,
  permissionRequest,
} from '../../../electron/main/policy';

const rendererFile = resolve('/opt/Homeward/resources/app.asar/out/renderer/index.html');

describe('desktop window policy', () => {
  it('a packed app ignores ELECTRON_RENDERER_URL, whatever it names', () => {
    expect(devServerUrl(true, 'http://localhost:5173/')).toBeUndefined();
    expect(devServerUrl(true, 'https://evil.example/')).toBeUndefined();
  });

  it('in development only a loopback http dev server is loaded', () => {
    expect(devServerUrl(false, 'http://localhost:5173/')).toBe('http://localhost:5173/');
    expect(devServerUrl(false, 'http://127.0.0.1:5173')).toBe('http://127.0.0.1:5173/');
    expect(devServerUrl(false, 'https://evil.example/')).toBeUndefined();
    expect(devServerUrl(false, 'http://localhost.evil.example:5173/')).toBeUndefined();
    expect(devServerUrl(false, 'file:///tmp/page.html')).toBeUndefined();
    expect(devServerUrl(false, 'not a url')).toBeUndefined();
    expect(devServerUrl(false, undefined)).toBeUndefined();
  });

  it('treats only the built index.html (any route) as the app, not a file beside it or a longer name', () => {
    const isApp = appUrlMatcher(undefined, rendererFile);
    const own = pathToFileURL(rendererFile).href;
    expect(isApp(own)).toBe(true);
    expect(isApp(`${own}#/children/123`)).toBe(true);
    expect(isApp(`${own}.evil.html`)).toBe(false);
    expect(isApp(pathToFileURL(resolve(rendererFile, '../other.html')).href)).toBe(false);
    expect(isApp('https://evil.example/index.html')).toBe(false);
    expect(isApp('javascript:alert(1)')).toBe(false);
  });

  it('in development treats the dev server origin as the app, not a port that starts the same way', () => {
    const isApp = appUrlMatcher('http://localhost:5173/', rendererFile);
    expect(isApp('http://localhost:5173/#/due')).toBe(true);
    expect(isApp('http://localhost:51730/')).toBe(false);
    expect(isApp('http://localhost:5173.evil.example/')).toBe(false);
  });

  it('denies every permission check and request', () => {
    for (const p of [
      'media',
      'notifications',
      'geolocation',
      'clipboard-read',
      'hid',
      'serial',
      'usb',
      'openExternal',
      'unknown',
    ]) {
      expect(permissionCheck(p)).toBe(false);
      let granted: boolean | undefined;
      permissionRequest(p, (g) => (granted = g));
      expect(granted).toBe(false);
    }
  });
});

describe('desktop build configuration', () => {
  // electron-builder.yml is flat enough to read its few keys without a YAML package (none is a direct dependency).
  const yml = readFileSync(resolve(import.meta.dirname, '../../../electron-builder.yml'), 'utf8');
  const block = (name: string): Record<string, string> => {
    const body = new RegExp(`^${name}:\\n((?:  .*\\n)+)`, 'm').exec(yml)?.[1] ?? '';
    return Object.fromEntries(
      body
        .split('\n')
        .filter((l) => /^ {2}\w+: /.test(l))
        .map((l) => l.trim().split(/: (.*)/s, 2) as [string, string]),
    );
  };
  const config = {
    electronFuses: Object.fromEntries(
      Object.entries(block('electronFuses')).map(([k, v]) => [k, v === 'true']),
    ),
    directories: block('directories'),
    win: block('win'),
    mac: block('mac'),
    linux: block('linux'),
  };

  it('flips the Electron fuses that turn a copied app into a Node runtime or let it load other code', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      enableCookieEncryption: true,
    });
  });

  it('builds from resources/, whose icons exist at every size electron-builder asks for', () => {
    const root = resolve(import.meta.dirname, '../../..');
    expect(config.directories.buildResources).toBe('resources');
    expect(config.win.icon && config.mac.icon && config.linux.icon).toBeTruthy();
    const png = (file: string) => {
      const b = readFileSync(resolve(root, file));
      expect(b.subarray(1, 4).toString('latin1')).toBe('PNG');
      return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
    };
    expect(png(config.mac.icon!)).toEqual({ width: 512, height: 512 });
    for (const size of [16, 32, 48, 64, 128, 256, 512]) {
      expect(png(`${config.linux.icon!}/${size}x${size}.png`)).toEqual({ width: size, height: size });
    }
    const ico = readFileSync(resolve(root, config.win.icon!));
    expect([...ico.subarray(0, 4)]).toEqual([0, 0, 1, 0]);
    const count = ico.readUInt16LE(4);
    const sizes = Array.from({ length: count }, (_, i) => ico.readUInt8(6 + 16 * i) || 256);
    expect(sizes).toContain(16);
    expect(sizes).toContain(256);
    // Each entry points at a PNG inside the file.
    for (let i = 0; i < count; i++) {
      const offset = ico.readUInt32LE(6 + 16 * i + 12);
      expect(ico.subarray(offset + 1, offset + 4).toString('latin1')).toBe('PNG');
    }
  });
});
