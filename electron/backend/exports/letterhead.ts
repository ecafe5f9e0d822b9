import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BackendContext } from '../context';
import { readSetting, writeSetting } from '../settings/settings';

// The council's letterhead lives in the database, so every machine on a shared server uses the same one; its
// original file name is kept for the Settings screen.
const NAME = 'letterhead.docx';

/** Before the database held it, the letterhead was a file beside the database: still honoured until replaced. */
const legacyPath = (ctx: BackendContext) => join(ctx.dataDir, NAME);

export async function readLetterhead(ctx: BackendContext): Promise<Buffer | undefined> {
  const row = await ctx.db
    .selectFrom('stored_files')
    .select('content')
    .where('name', '=', NAME)
    .executeTakeFirst();
  if (row) return Buffer.from(row.content);
  if (ctx.engine === 'sqlite' && existsSync(legacyPath(ctx))) return readFileSync(legacyPath(ctx));
  return undefined;
}

export async function saveLetterhead(ctx: BackendContext, fileName: string, bytes: Buffer): Promise<void> {
  const at = ctx.now().toISOString();
  await ctx.db
    .insertInto('stored_files')
    .values({ name: NAME, content: bytes, updated_at: at })
    .onConflict((oc) => oc.column('name').doUpdateSet({ content: bytes, updated_at: at }))
    .execute();
  await writeSetting(ctx.db, 'letterheadFileName', fileName);
}

export async function clearLetterhead(ctx: BackendContext): Promise<void> {
  await ctx.db.deleteFrom('stored_files').where('name', '=', NAME).execute();
  await writeSetting(ctx.db, 'letterheadFileName', null);
}

export const letterheadFileName = (ctx: BackendContext) => readSetting(ctx.db, 'letterheadFileName');
