import type { FileChild } from 'docx';
import type { ChronologyDocument, DocumentEpisode } from '../../../../shared/exports/documents';
import { episodeHistory } from '../../../../shared/exports/history';
import { chronologyTable, historyTable } from './episodes';
import { formatLongDateTime, formatMinutes, minutesBetween } from './format';
import { renderDocx, type DocxExportOptions } from './render';
import { childFacts, titleBlock } from './sections';
import { dataTable } from './tables';
import { heading, para, textPara } from './text';

/** "Chronology of missing episodes: case EX-000123"; the case reference rather than the name, as it is metadata. */
export const chronologyTitle = (model: ChronologyDocument): string =>
  `Chronology of missing episodes: case ${model.child.caseReference}`;

const countBy = <T>(items: readonly T[], key: (item: T) => string): Map<string, number> => {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return counts;
};

/** "12 episodes. Missing: 9. Absent: 2. Away from placement without authorisation: 1." */
const episodeSummary = (episodes: readonly DocumentEpisode[]): string => {
  const n = episodes.length;
  const byCategory = [...countBy(episodes, (e) => e.category)].map(
    ([label, count]) => ` ${label}: ${count}.`,
  );
  return `${n === 0 ? 'No' : n} episode${n === 1 ? '' : 's'}.${byCategory.join('')}`;
};

const timeMissingSummary = (episodes: readonly DocumentEpisode[]): string | null => {
  const ended = episodes.filter((e) => e.foundAt !== null);
  if (ended.length === 0) return null;
  const total = ended.reduce((sum, e) => sum + minutesBetween(e.reportedAt, e.foundAt ?? e.reportedAt), 0);
  const open = episodes.length - ended.length;
  return `Time missing across ended episodes, from report to found: ${formatMinutes(total)}.${
    open > 0 ? ` ${open} episode${open === 1 ? ' is' : 's are'} still open.` : ''
  }`;
};

/** How often each factor came up: the patterns a strategy discussion looks for. */
const factorPatterns = (episodes: readonly DocumentEpisode[]) => {
  const rows = new Map<string, { direction: string; label: string; episodes: number }>();
  for (const e of episodes) {
    // Counted once per episode, however many times the factor was noted in it.
    const seen = new Set<string>();
    for (const f of e.factors) {
      const key = `${f.direction}:${f.label}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const row = rows.get(key) ?? {
        direction: f.direction === 'push' ? 'Push' : 'Pull',
        label: f.label,
        episodes: 0,
      };
      row.episodes += 1;
      rows.set(key, row);
    }
  }
  return [...rows.values()].sort(
    (a, b) =>
      a.direction.localeCompare(b.direction) || b.episodes - a.episodes || a.label.localeCompare(b.label),
  );
};

/**
 * The summary first (counts, the whole-history table, the factors across episodes), then one compact row per
 * episode: what a chair reads before a meeting, and what a partner agency scans for patterns.
 */
const chronologyBody = (model: ChronologyDocument, letterhead: boolean): FileChild[] => {
  const patterns = factorPatterns(model.episodes);
  const timeMissing = timeMissingSummary(model.episodes);
  const first = model.episodes[0]?.reportedAt ?? model.producedAt;
  const history = episodeHistory(model.episodes, model.producedAt, {
    since: first,
    reason: 'the first episode recorded',
    count: model.episodes.length,
    child: null,
  });
  return [
    ...titleBlock({
      title: 'Chronology of missing episodes',
      lead: model.child.name,
      notes: [`Produced ${formatLongDateTime(model.producedAt)}`],
      issuer: model.issuer,
      letterhead,
    }),
    heading(2, 'Child'),
    ...childFacts(model.child, model.producedAt),

    heading(2, 'Summary'),
    textPara(episodeSummary(model.episodes), {}, { keepNext: true, after: timeMissing ? 60 : 160 }),
    ...(timeMissing ? [textPara(timeMissing, {}, { keepNext: true })] : []),
    historyTable([history], false, false),
    para([]),
    ...(patterns.length === 0
      ? [textPara('No push or pull factors were recorded.')]
      : [
          dataTable(
            [
              { header: 'Push or pull', width: 16 },
              { header: 'Factor', width: 64 },
              { header: 'Number of episodes', width: 20 },
            ],
            patterns.map((p) => [p.direction, p.label, String(p.episodes)]),
          ),
        ]),

    heading(2, 'Every episode, oldest first'),
    ...(model.episodes.length > 0
      ? [
          chronologyTable(model.episodes, letterhead ? 'portrait' : 'landscape'),
          ...(model.episodes.some((e) => e.category.startsWith('Away'))
            ? [textPara('Away: away from placement without authorisation.', {}, { before: 120 })]
            : []),
        ]
      : [textPara('No episodes are recorded.')]),
    para([]),
  ];
};

/** Every missing episode of one child, oldest first, on landscape pages. */
export const buildChronologyDocx = async (
  model: ChronologyDocument,
  options: DocxExportOptions = {},
): Promise<Buffer> =>
  renderDocx(
    {
      title: chronologyTitle(model),
      subject: 'Chronology',
      orientation: 'landscape',
      body: ({ letterhead }) => chronologyBody(model, letterhead),
    },
    options,
  );
