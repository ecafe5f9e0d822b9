import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BackendContext } from '../context';
import { readSetting, writeSetting } from '../settings/settings';

/** The council's letterhead lives beside the database; its original file name is kept for the Settings screen. */
const letterheadPath = (ctx: BackendContext) => join(ctx.dataDir, 'letterhead.docx');

export function readLetterhead(ctx: BackendContext): Buffer | undefined {
  const path = letterheadPath(ctx);
  return existsSync(path) ? readFileSync(path) : undefined;
}

export function saveLetterhead(ctx: BackendContext, fileName: string, bytes: Buffer): void {
  writeFileSync(letterheadPath(ctx), bytes);
  writeSetting(ctx.db, 'letterheadFileName', fileName);
}

export function clearLetterhead(ctx: BackendContext): void {
  rmSync(letterheadPath(ctx), { force: true });
  writeSetting(ctx.db, 'letterheadFileName', null);
}

export const letterheadFileName = (ctx: BackendContext) => readSetting(ctx.db, 'letterheadFileName');
