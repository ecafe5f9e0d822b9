import { chromium } from '@playwright/test';
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

// Makes the app's icons from resources/icon.svg: `npx tsx electron/bin/make-icons.ts`. The PNGs and the .ico are
// committed (electron-builder and browser mode read them); run this again after changing the SVG.
// Chromium draws the SVG, so small sizes are anti-aliased as a browser would draw them.

const RESOURCES = resolve(import.meta.dirname, '../../resources');
/** electron-builder's Linux icon set (resources/icons/NxN.png); 512 is also the macOS and Windows source. */
const SIZES = [16, 24, 32, 48, 64, 128, 180, 256, 512] as const;
/** The sizes Windows shows from an .ico: title bar, taskbar, Explorer's large icons. */
const ICO_SIZES = [16, 24, 32, 48, 64, 128, 256] as const;

/** An .ico holding PNG images (Windows Vista and later, and every browser, read PNG entries). */
export function icoOf(images: ReadonlyArray<{ size: number; png: Buffer }>): Buffer {
  const header = Buffer.alloc(6);
  header.writeUInt16LE(0, 0); // reserved
  header.writeUInt16LE(1, 2); // 1 = icon
  header.writeUInt16LE(images.length, 4);
  const entries: Buffer[] = [];
  let offset = 6 + 16 * images.length;
  for (const { size, png } of images) {
    const e = Buffer.alloc(16);
    e.writeUInt8(size >= 256 ? 0 : size, 0); // 0 means 256
    e.writeUInt8(size >= 256 ? 0 : size, 1);
    e.writeUInt8(0, 2); // no palette
    e.writeUInt8(0, 3);
    e.writeUInt16LE(1, 4); // colour planes
    e.writeUInt16LE(32, 6); // bits per pixel
    e.writeUInt32LE(png.length, 8);
    e.writeUInt32LE(offset, 12);
    offset += png.length;
    entries.push(e);
  }
  return Buffer.concat([header, ...entries, ...images.map((i) => i.png)]);
}

async function main(): Promise<void> {
  const svg = readFileSync(resolve(RESOURCES, 'icon.svg'), 'utf8');
  const src = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' });
  try {
    const page = await browser.newPage({ deviceScaleFactor: 1 });
    const pngs = new Map<number, Buffer>();
    for (const size of SIZES) {
      await page.setViewportSize({ width: size, height: size });
      await page.setContent(
        `<style>html,body{margin:0;background:transparent}</style><img src="${src}" width="${size}" height="${size}">`,
      );
      await page.locator('img').evaluate((img: HTMLImageElement) => img.decode());
      const png = await page.screenshot({
        omitBackground: true,
        clip: { x: 0, y: 0, width: size, height: size },
      });
      pngs.set(size, png);
      writeFileSync(resolve(RESOURCES, 'icons', `${size}x${size}.png`), png);
    }
    writeFileSync(resolve(RESOURCES, 'icon.png'), pngs.get(512)!);
    writeFileSync(
      resolve(RESOURCES, 'icon.ico'),
      icoOf(ICO_SIZES.map((size) => ({ size, png: pngs.get(size)! }))),
    );
    process.stdout.write(`Wrote ${SIZES.length} PNGs, icon.png and icon.ico to ${RESOURCES}.\n`);
  } finally {
    await browser.close();
  }
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) await main();
