import type Database from 'better-sqlite3';
import {
  MEETING_KINDS,
  type AgendaScope,
  type AgendaTemplate,
  type AgendaTemplateItem,
  type MeetingKind,
} from '../../../shared/domain/meeting';
import { KIND_RULES } from '../../../shared/meetings/kinds';
import { DEFAULT_TEMPLATES } from '../../../shared/meetings/templates';

interface TemplateRow {
  kind: string;
  revision: number;
  updated_at: string;
  updated_by: string | null;
}

interface TemplateItemRow {
  kind: string;
  key: string;
  title: string;
  guidance: string;
  source: string;
  scope: string;
}

function writeItems(db: Database.Database, kind: MeetingKind, items: readonly AgendaTemplateItem[]): void {
  db.prepare('DELETE FROM agenda_template_items WHERE kind = ?').run(kind);
  const insert = db.prepare(
    `INSERT INTO agenda_template_items (kind, position, key, title, guidance, source, scope)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );
  items.forEach((i, position) => insert.run(kind, position, i.key, i.title, i.guidance, i.source, i.scope));
}

/**
 * Seeds the template of any kind not yet in the database from the protocols' defaults. Done on first use rather than
 * in the migration, so a kind added in a later version is seeded too, and a shipped migration never depends on
 * defaults that may later change. Call inside a transaction.
 */
export function ensureTemplates(db: Database.Database, at: string): void {
  const present = new Set(db.prepare('SELECT kind FROM agenda_templates').pluck().all() as string[]);
  if (present.size === MEETING_KINDS.length) return;
  const insert = db.prepare(
    'INSERT INTO agenda_templates (kind, revision, updated_at, updated_by) VALUES (?, 0, ?, NULL)',
  );
  for (const kind of MEETING_KINDS) {
    if (present.has(kind)) continue;
    insert.run(kind, at);
    writeItems(db, kind, DEFAULT_TEMPLATES[kind]);
  }
}

export function listTemplates(db: Database.Database): AgendaTemplate[] {
  const rows = db.prepare('SELECT * FROM agenda_templates').all() as TemplateRow[];
  const items = db
    .prepare(
      'SELECT kind, key, title, guidance, source, scope FROM agenda_template_items ORDER BY kind, position',
    )
    .all() as TemplateItemRow[];
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

export function getTemplate(db: Database.Database, kind: MeetingKind): AgendaTemplate | undefined {
  return listTemplates(db).find((t) => t.kind === kind);
}

/** Replaces a template's items and bumps its revision; the caller has checked the base revision. */
export function replaceTemplate(
  db: Database.Database,
  kind: MeetingKind,
  items: readonly AgendaTemplateItem[],
  at: string,
  by: string,
): void {
  db.prepare(
    'UPDATE agenda_templates SET revision = revision + 1, updated_at = ?, updated_by = ? WHERE kind = ?',
  ).run(at, by, kind);
  writeItems(db, kind, items);
}
