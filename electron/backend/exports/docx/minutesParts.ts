import type { FileChild } from 'docx';
import type { AgendaItem, DocumentAttendance, MinutesDocument } from '../../../../shared/exports/documents';
import {
  historyParagraphs,
  historyTable,
  listedSinceTable,
  minutesEpisodesTable,
  previousActionsTable,
} from './episodes';
import { formatDateTime, formatLongDateTime } from './format';
import { decisionParagraphs } from './sections';
import { dataTable } from './tables';
import { bullet, fact, heading, para, prose, run, textPara } from './text';

/** The sections of the minutes that need more than a table: reason, attendance, agenda, episodes, next meeting. */

export const ATTENDANCE_LABELS: Record<DocumentAttendance, string> = {
  attended: 'Attended',
  apologies: 'Apologies',
  declined: 'Declined',
  'did-not-attend': 'Did not attend',
  'no-response': 'No response',
  'not-recorded': 'Not recorded',
};

const SUMMARY_WORDS: Record<DocumentAttendance, string> = {
  attended: 'attended',
  apologies: 'sent apologies',
  declined: 'declined',
  'did-not-attend': 'did not attend',
  'no-response': 'did not respond',
  'not-recorded': 'attendance not recorded',
};

/** "6 attended, 1 sent apologies, 1 declined." and any other state only when someone is in it. */
export const attendanceSummary = (model: MinutesDocument): string => {
  const count = (s: DocumentAttendance) => model.attendees.filter((a) => a.attendance === s).length;
  const always: DocumentAttendance[] = ['attended', 'apologies', 'declined'];
  const parts = (Object.keys(SUMMARY_WORDS) as DocumentAttendance[])
    .filter((s) => always.includes(s) || count(s) > 0)
    .map((s) => `${count(s)} ${SUMMARY_WORDS[s]}`);
  return `${parts.join(', ')}.`;
};

export const reasonSection = (model: MinutesDocument, multiChild: boolean): FileChild[] => {
  const r = model.reason;
  if (!r)
    return [heading(2, 'Reason for the meeting'), textPara('The reason for the meeting was not recorded.')];
  const n = r.triggeringEpisodes.length;
  return [
    heading(2, 'Reason for the meeting'),
    ...(r.protocolReason ? [fact('Protocol', r.protocolReason)] : []),
    fact('Called because', r.statement),
    ...(n === 0
      ? [textPara('No episode was linked to the meeting when it was called.', {}, { before: 80 })]
      : [
          textPara(
            `The ${n === 1 ? 'episode' : `${n} episodes`} that called the meeting (each is in full under Missing episodes):`,
            {},
            { keepNext: true, before: 120, after: 80 },
          ),
          // One line each: the episodes table further down has their details, and the minutes must not repeat it.
          ...r.triggeringEpisodes.map((e) =>
            bullet(
              `${multiChild && e.child ? `${e.child}: ` : ''}${e.category}, reported ${formatDateTime(e.reportedAt)}, police risk ${e.policeRisk ?? 'not graded'}`,
            ),
          ),
        ]),
  ];
};

const minutesOrNone = (text: string) => {
  const paragraphs = prose(text);
  return paragraphs.length > 0 ? paragraphs : [textPara('No minutes were recorded for this item.')];
};

const label = (text: string) => para([run(text, { bold: true })], { before: 80, after: 80, keepNext: true });

/** An amended item prints the text as approved and each correction, marked, with who, when and why. */
const amendedMinutes = (item: AgendaItem): FileChild[] => {
  const amendments = item.amendments ?? [];
  return [
    para(
      [
        run('AMENDED AFTER APPROVAL. ', { bold: true }),
        run('The text as approved is kept below the correction.'),
      ],
      {
        after: 80,
      },
    ),
    ...amendments.flatMap((a, i) => [
      label(
        `${amendments.length > 1 ? `Correction ${i + 1}` : 'Correction'}, made ${formatLongDateTime(a.amendedAt)} by ${a.amendedBy}. Why: ${a.reason}`,
      ),
      ...(i === amendments.length - 1 ? [label('As amended:')] : [label('Text after this correction:')]),
      ...minutesOrNone(a.minutes),
    ]),
    label('As approved (original text):'),
    ...minutesOrNone(item.approvedMinutes ?? ''),
  ];
};

const itemBody = (item: AgendaItem, number: number, multiChild: boolean): FileChild[] => {
  const amended = (item.amendments ?? []).length > 0;
  const out: FileChild[] = [
    heading(3, `${number}. ${item.title}${amended ? ' (amended)' : ''}`),
    ...(amended ? amendedMinutes(item) : minutesOrNone(item.minutes)),
  ];
  if (item.reviewedActions !== undefined) {
    const n = item.reviewedActions.length;
    out.push(
      n === 0
        ? textPara('No actions were open from earlier meetings.')
        : textPara(
            `${n} action${n === 1 ? '' : 's'} carried in from earlier meetings:`,
            {},
            { keepNext: true },
          ),
    );
    if (n > 0) out.push(previousActionsTable(item.reviewedActions, multiChild));
  }
  if (item.decisions.length > 0) {
    out.push(
      label(item.decisions.length === 1 ? 'Decision' : 'Decisions'),
      ...item.decisions.flatMap(decisionParagraphs),
    );
  }
  return out;
};

/**
 * The agenda, general items first; in a multi-child meeting each child's items follow under a level-2 heading with
 * the child's name, so Word's navigation pane lists the children. Items are numbered as printed.
 */
export const agendaSection = (model: MinutesDocument, multiChild: boolean): FileChild[] => {
  const general = model.agenda.filter((i) => !i.child);
  const byChild = model.children.map((c) => ({
    child: c,
    items: model.agenda.filter((i) => i.child === c.name),
  }));
  let n = 0;
  const out: FileChild[] = [heading(2, 'Agenda and minutes')];
  if (model.agenda.length === 0) out.push(textPara('No agenda items were recorded.'));
  for (const item of general) out.push(...itemBody(item, ++n, multiChild));
  for (const { child, items } of byChild) {
    if (items.length === 0) continue;
    out.push(heading(2, `${child.name} (${child.caseReference})`));
    for (const item of items) out.push(...itemBody(item, ++n, multiChild));
  }
  return out;
};

/** The numbers agenda items are printed with, as agendaSection numbers them. */
export const printedItemNumbers = (model: MinutesDocument): Map<AgendaItem, number> => {
  const order = [
    ...model.agenda.filter((i) => !i.child),
    ...model.children.flatMap((c) => model.agenda.filter((i) => i.child === c.name)),
  ];
  return new Map(order.map((item, i) => [item, i + 1]));
};

export const episodesSection = (model: MinutesDocument, multiChild: boolean): FileChild[] => {
  const out: FileChild[] = [heading(2, 'Missing episodes')];
  const history = model.history ?? [];
  const n = model.episodes.length;
  if (history.length > 0) {
    out.push(...historyParagraphs(history, multiChild));
    out.push(
      textPara('The whole history, up to this meeting:', {}, { keepNext: true }),
      historyTable(history, multiChild),
    );
    if (multiChild) out.push(para([]), listedSinceTable(history));
    out.push(para([]));
  } else {
    // Models without a history: say exactly what is listed, never "all episodes".
    const since = model.episodesSince
      ? `Episodes reported since ${formatDateTime(model.episodesSince)}, or still open then`
      : 'Episodes listed for this meeting';
    out.push(textPara(`${since}: ${n === 0 ? 'none' : n}.`, {}, { keepNext: n > 0 }));
  }
  if (n > 0) out.push(minutesEpisodesTable(model.episodes, multiChild));
  else if (history.length > 0) out.push(textPara('No episode falls in the period listed.'));
  return out;
};

export const nextMeetingSection = (model: MinutesDocument): FileChild[] => {
  const out: FileChild[] = [heading(2, 'Next meeting')];
  if (model.nextMeetingAt) {
    out.push(fact('Date and time', formatLongDateTime(model.nextMeetingAt)));
    out.push(fact('Venue', model.nextMeetingVenue ?? 'To be confirmed'));
    return out;
  }
  const numbers = printedItemNumbers(model);
  const typed = model.agenda.find((i) => i.key === 'next-meeting' && i.minutes.trim() !== '');
  out.push(
    typed
      ? textPara(
          `No date was entered in the meeting’s details; agenda item ${numbers.get(typed) ?? ''} (${typed.title}) records what was agreed.`,
        )
      : textPara('No further meeting was arranged.'),
  );
  return out;
};

export const amendmentsSection = (model: MinutesDocument): FileChild[] =>
  model.amendments.length === 0
    ? []
    : [
        heading(2, 'Amendments to the approved minutes'),
        textPara('Each amended item prints its approved text and the correction.', {}, { keepNext: true }),
        dataTable(
          [
            { header: 'When', width: 24 },
            { header: 'By', width: 24 },
            { header: 'What changed and why', width: 52 },
          ],
          model.amendments.map((a) => [formatDateTime(a.amendedAt), a.amendedBy, a.change]),
        ),
      ];
