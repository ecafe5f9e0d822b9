import type { FileChild } from 'docx';
import type { DocumentAttendance, MinutesDocument } from '../../../../shared/exports/documents';
import { DocumentModelError } from './errors';
import { formatDateTime, formatDayOfInstant, formatTimeRange } from './format';
import { renderDocx, type DocxExportOptions } from './render';
import {
  actionsTable,
  childrenSection,
  factorsTable,
  meetingTitle,
  minutesEpisodesTable,
  personLine,
  titleBlock,
} from './sections';
import { dataTable } from './tables';
import { bullet, fact, heading, prose, run, para, textPara } from './text';

export const ATTENDANCE_LABELS: Record<DocumentAttendance, string> = {
  attended: 'Attended',
  apologies: 'Apologies',
  declined: 'Declined',
  invited: 'Did not attend',
};

const sameAgency = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/**
 * The host authority of a placed child must always receive the minutes (statutory guidance on children who run away
 * or go missing from home or care). Checked here, at the last point before a document leaves, as well as wherever the
 * list is drawn up. The message names the authority, never the child.
 */
export const checkDistribution = (model: MinutesDocument): void => {
  for (const child of model.children) {
    const host = child.hostAuthority;
    if (host && !model.distribution.some((r) => sameAgency(r.agency, host))) {
      throw new DocumentModelError(`The distribution list must include the host authority "${host}".`);
    }
  }
};

/** "6 attended, 1 sent apologies, 1 declined." and, only when there were any, "2 did not attend." */
const attendanceSummary = (model: MinutesDocument): string => {
  const count = (s: DocumentAttendance) => model.attendees.filter((a) => a.attendance === s).length;
  const absent = count('invited');
  return `${count('attended')} attended, ${count('apologies')} sent apologies, ${count('declined')} declined${
    absent > 0 ? `, ${absent} did not attend` : ''
  }.`;
};

/** "Minutes: Missing Intervention Meeting — Stage 1, Tue 6 Jan 2026"; no child's name, as it is file metadata. */
export const minutesTitle = (model: MinutesDocument): string =>
  `Minutes: ${meetingTitle(model.meetingKind, model.stage)}, ${formatDayOfInstant(model.startsAt)}`;

const minutesBody = (model: MinutesDocument, letterhead: boolean): FileChild[] => {
  const multiChild = model.children.length > 1;
  const body: FileChild[] = [
    ...titleBlock({
      title: meetingTitle(model.meetingKind, model.stage),
      lead: `Minutes of the meeting held on ${formatDayOfInstant(model.startsAt)}`,
      notes: [model.status],
      issuer: model.issuer,
      letterhead,
    }),
    ...childrenSection(model.children),

    heading(2, 'Meeting details'),
    fact('Date and time', formatTimeRange(model.startsAt, model.endsAt)),
    fact('Venue', model.venue),
    fact('Chair', personLine(model.chair)),
    fact('Minute-taker', personLine(model.minuteTaker)),

    heading(2, 'Attendance'),
  ];

  if (model.attendees.length === 0) body.push(textPara('No attendance was recorded.'));
  else {
    body.push(
      textPara(attendanceSummary(model), {}, { keepNext: true }),
      dataTable(
        [
          { header: 'Name', width: 25 },
          { header: 'Role', width: 27 },
          { header: 'Agency', width: 31 },
          { header: 'Attendance', width: 17 },
        ],
        model.attendees.map((a) => [a.name, a.role, a.agency, ATTENDANCE_LABELS[a.attendance]]),
      ),
    );
  }

  body.push(heading(2, 'Distribution'));
  if (model.distribution.length === 0) body.push(textPara('No distribution list was recorded.'));
  else {
    body.push(
      textPara('These minutes are sent to:', {}, { keepNext: true }),
      dataTable(
        [
          { header: 'Name', width: 30 },
          { header: 'Agency', width: 40 },
          { header: 'Why they receive them', width: 30 },
        ],
        model.distribution.map((r) => [r.name ?? 'Agency inbox', r.agency, r.reason ?? '']),
      ),
    );
  }

  body.push(heading(2, 'Agenda and minutes'));
  if (model.agenda.length === 0) body.push(textPara('No agenda items were recorded.'));
  model.agenda.forEach((item, i) => {
    body.push(heading(3, `${i + 1}. ${item.title}`));
    const paragraphs = prose(item.minutes);
    body.push(
      ...(paragraphs.length > 0 ? paragraphs : [textPara('No minutes were recorded for this item.')]),
    );
    if (item.decisions.length > 0) {
      body.push(
        para([run(item.decisions.length === 1 ? 'Decision' : 'Decisions', { bold: true })], {
          before: 80,
          after: 80,
          keepNext: true,
        }),
        ...item.decisions.map(bullet),
      );
    }
  });

  body.push(heading(2, 'Push and pull factors'));
  body.push(
    model.factors.length === 0
      ? textPara('No push or pull factors were recorded.')
      : factorsTable(model.factors, multiChild),
  );

  body.push(heading(2, 'Episodes since the last meeting'));
  const since = model.episodesSince
    ? `Since ${formatDateTime(model.episodesSince)}`
    : 'All recorded episodes (this is the first meeting)';
  const n = model.episodes.length;
  body.push(
    textPara(`${since}: ${n === 0 ? 'no' : n} episode${n === 1 ? '' : 's'}.`, {}, { keepNext: n > 0 }),
  );
  if (n > 0) body.push(minutesEpisodesTable(model.episodes, multiChild));

  body.push(heading(2, 'Action plan'));
  if (model.actions.length === 0) body.push(textPara('No actions were agreed.'));
  else body.push(actionsTable(model.actions, multiChild));

  body.push(heading(2, 'Next meeting'));
  body.push(
    textPara(model.nextMeetingAt ? formatDateTime(model.nextMeetingAt) : 'No further meeting was arranged.'),
  );

  if (model.amendments.length > 0) {
    body.push(heading(2, 'Amendments to the approved minutes'));
    body.push(
      dataTable(
        [
          { header: 'When', width: 24 },
          { header: 'By', width: 24 },
          { header: 'What changed', width: 52 },
        ],
        model.amendments.map((a) => [formatDateTime(a.amendedAt), a.amendedBy, a.change]),
      ),
    );
  }
  // Word needs a paragraph after a table that ends the document; an empty one also gives the last table room.
  body.push(para([]));
  return body;
};

/** The minutes of any meeting, as a .docx a chair can send as it is. */
export const buildMinutesDocx = async (
  model: MinutesDocument,
  options: DocxExportOptions = {},
): Promise<Buffer> => {
  if (model.children.length === 0) throw new DocumentModelError('Minutes must name at least one child.');
  checkDistribution(model);
  return renderDocx(
    {
      title: minutesTitle(model),
      subject: 'Minutes',
      orientation: 'portrait',
      body: ({ letterhead }) => minutesBody(model, letterhead),
    },
    options,
  );
};
