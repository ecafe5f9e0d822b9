import {
  MEETING_KINDS,
  type AgendaScope,
  type AgendaTemplate,
  type AgendaTemplateItem,
  type MeetingKind,
} from '../../../shared/domain/meeting';
import { KIND_RULES } from '../../../shared/meetings/kinds';
import { DEFAULT_TEMPLATES } from '../../../shared/meetings/templates';
import { audit } from '../audit/audit';
import type { BackendContext } from '../context';
import type { Db } from '../db/schema';
import { DomainError } from '../errors';
import { mutation } from '../mutation';

async function writeItems(db: Db, kind: MeetingKind, items: readonly AgendaTemplateItem[]): Promise<void> {
  await db.deleteFrom('agenda_template_items').where('kind', '=', kind).execute();
  if (items.length === 0) return;
  await db
    .insertInto('agenda_template_items')
    .values(
      items.map((i, position) => ({
        kind,
        position,
        key: i.key,
        title: i.title,
        guidance: i.guidance,
        source: i.source,
        scope: i.scope,
      })),
    )
    .execute();
}

/**
 * Seeds the template of any kind not yet in the database from the protocols' defaults. Done on first use rather than
 * in the migration, so a kind added in a later version is seeded too, and a shipped migration never depends on
 * defaults that may later change. Call inside a transaction. Two first uses at once (two machines on one server)
 * both try: the template row is inserted only where absent, and only the one that inserted it writes its items.
 */
export async function ensureTemplates(db: Db, at: string): Promise<void> {
  const present = new Set(
    (await db.selectFrom('agenda_templates').select('kind').execute()).map((r) => r.kind),
  );
  if (present.size === MEETING_KINDS.length) return;
  for (const kind of MEETING_KINDS) {
    if (present.has(kind)) continue;
    const inserted = await db
      .insertInto('agenda_templates')
      .values({ kind, revision: 0, updated_at: at, updated_by: null })
      .onConflict((oc) => oc.column('kind').doNothing())
      .returning('kind')
      .executeTakeFirst();
    if (inserted) await writeItems(db, kind, DEFAULT_TEMPLATES[kind]);
  }
}

export async function listTemplates(db: Db): Promise<AgendaTemplate[]> {
  const rows = await db.selectFrom('agenda_templates').selectAll().execute();
  const items = await db
    .selectFrom('agenda_template_items')
    .select(['kind', 'key', 'title', 'guidance', 'source', 'scope'])
    .orderBy('kind')
    .orderBy('position')
    .execute();
  const byKind = new Map(rows.map((r) => [r.kind, r]));
  return MEETING_KINDS.flatMap((kind) => {
    const r = byKind.get(kind);
    if (!r) return [];
    return [
      {
        kind,
        label: KIND_RULES[kind].label,
        revision: r.revision,
        updatedAt: r.updated_at,
        updatedBy: r.updated_by,
        items: items
          .filter((i) => i.kind === kind)
          .map((i) => ({
            key: i.key,
            title: i.title,
            guidance: i.guidance,
            source: i.source,
            scope: i.scope as AgendaScope,
          })),
      },
    ];
  });
}

export async function getTemplate(db: Db, kind: MeetingKind): Promise<AgendaTemplate | undefined> {
  return (await listTemplates(db)).find((t) => t.kind === kind);
}

/**
 * Replaces a template's items and bumps its revision, only when it is still at `baseRevision`: the check and the
 * write are one UPDATE, so two editors saving at once cannot both win. Answers whether it was written.
 */
export async function replaceTemplate(
  db: Db,
  kind: MeetingKind,
  items: readonly AgendaTemplateItem[],
  at: string,
  by: string,
  baseRevision: number,
): Promise<boolean> {
  const updated = await db
    .updateTable('agenda_templates')
    .set((eb) => ({ revision: eb('revision', '+', 1), updated_at: at, updated_by: by }))
    .where('kind', '=', kind)
    .where('revision', '=', baseRevision)
    .returning('kind')
    .executeTakeFirst();
  if (!updated) return false;
  await writeItems(db, kind, items);
  return true;
}

/** The templates for the administrator's screen, seeded from the protocols' agendas the first time. */
export async function readTemplates(ctx: BackendContext): Promise<AgendaTemplate[]> {
  return mutation(ctx, async (tx) => {
    await ensureTemplates(tx.db, tx.now().toISOString());
    return listTemplates(tx.db);
  });
}

const staleTemplate = (revision: number | undefined) =>
  new DomainError(
    'conflict',
    `This agenda template was changed by someone else (now revision ${revision ?? 'unknown'}). Reload it and make your change again.`,
    [{ field: 'baseRevision', message: 'is out of date' }],
  );

/** An administrator's edit of a kind's agenda; refused when someone else saved the template since it was read. */
export async function updateTemplate(
  ctx: BackendContext,
  p: { kind: MeetingKind; items: AgendaTemplateItem[]; baseRevision: number },
): Promise<AgendaTemplate> {
  return mutation(ctx, async (tx) => {
    const at = tx.now().toISOString();
    await ensureTemplates(tx.db, at);
    if (!(await replaceTemplate(tx.db, p.kind, p.items, at, tx.user(), p.baseRevision))) {
      throw staleTemplate((await getTemplate(tx.db, p.kind))?.revision);
    }
    await audit(tx, 'update', 'agenda-template', p.kind, null, 'items');
    tx.changed('agenda_templates');
    const updated = await getTemplate(tx.db, p.kind);
    if (!updated) throw new Error(`no agenda template for ${p.kind}`);
    return updated;
  });
}
