import type { FileChild } from 'docx';
import type { AgencyInformation, MinutesDocument } from '../../../../shared/exports/documents';
import { DocumentModelError } from './errors';
import { formatDayOfInstant, formatLongDateTime, formatLongDay, formatLongTimeRange } from './format';
import {
  ATTENDANCE_LABELS,
  agendaSection,
  amendmentsSection,
  attendanceSummary,
  episodesSection,
  nextMeetingSection,
  reasonSection,
} from './minutesParts';
import { escalationSection } from './escalationLog';
import { renderDocx, type DocxExportOptions } from './render';
import {
  actionsTable,
  childrenSection,
  factorsTable,
  meetingTitle,
  personLine,
  riskSection,
  titleBlock,
} from './sections';
import { dataTable } from './tables';
import { fact, heading, para, prose, run, textPara } from './text';

export { ATTENDANCE_LABELS } from './minutesParts';

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

/** "Minutes: Missing Intervention Meeting — Stage 1, Tue 6 Jan 2026"; no child's name, as it is file metadata. */
export const minutesTitle = (model: MinutesDocument): string =>
  `${model.draft ? 'DRAFT ' : ''}${model.extract ? 'Extract of minutes' : 'Minutes'}: ${meetingTitle(model.meetingKind, model.stage)}, ${formatDayOfInstant(model.startsAt)}`;

const extractNote = (model: MinutesDocument): string[] =>
  model.extract
    ? [
        model.extract.oneChild
          ? `Extract for ${model.extract.recipient}: it holds this one child of the ${model.extract.childrenInMeeting} children discussed, and the items about no one child. The other children’s details are not in it.`
          : `Extract for ${model.extract.recipient}: it holds the ${model.children.length} of the ${model.extract.childrenInMeeting} children discussed whom ${model.extract.recipient} placed or hosts, and the items about no one child. The other children’s details are not in it.`,
      ]
    : [];

const attendanceSection = (model: MinutesDocument): FileChild[] => [
  heading(2, 'Attendance'),
  ...(model.attendees.length === 0
    ? [textPara('No attendance was recorded.')]
    : [
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
      ]),
  ...(model.attendanceComments
    ? [
        para([run('Comments on attendance: ', { bold: true }), run(model.attendanceComments)], {
          before: 160,
        }),
      ]
    : []),
];

const distributionSection = (model: MinutesDocument): FileChild[] => {
  const out: FileChild[] = [heading(2, 'Distribution')];
  if (model.distribution.length === 0) out.push(textPara('No distribution list was recorded.'));
  else {
    const withReceives = model.distribution.some((r) => r.receives);
    out.push(
      textPara(
        model.extract ? 'This extract is sent to:' : 'These minutes are sent to:',
        {},
        { keepNext: true },
      ),
      withReceives
        ? dataTable(
            [
              { header: 'Name', width: 22 },
              { header: 'Agency', width: 26 },
              { header: 'Why they receive it', width: 24 },
              { header: 'What they receive', width: 28 },
            ],
            model.distribution.map((r) => [
              r.name ?? 'Agency inbox',
              r.agency,
              r.reason ?? '',
              r.receives ?? 'Full minutes',
            ]),
          )
        : dataTable(
            [
              { header: 'Name', width: 30 },
              { header: 'Agency', width: 40 },
              { header: 'Why they receive them', width: 30 },
            ],
            model.distribution.map((r) => [r.name ?? 'Agency inbox', r.agency, r.reason ?? '']),
          ),
    );
  }
  if (model.distributionNote) out.push(para([]), textPara(model.distributionNote));
  return out;
};

/** One heading per agency (Word's navigation pane lists them), then what each of its attendees reported. */
const agencySection = (model: MinutesDocument): FileChild[] => {
  const byAgency = new Map<string, { agency: string; entries: AgencyInformation[] }>();
  for (const a of model.agencyInformation ?? []) {
    const key = a.agency.trim().toLowerCase();
    const group = byAgency.get(key) ?? { agency: a.agency, entries: [] };
    group.entries.push(a);
    byAgency.set(key, group);
  }
  if (byAgency.size === 0) return [];
  return [
    heading(2, 'Information from each agency'),
    ...[...byAgency.values()].flatMap((g) => [
      heading(3, g.agency),
      ...g.entries.flatMap((a) => [
        ...(a.sharedBy ? [textPara(`Reported by ${a.sharedBy}:`, { bold: true }, { keepNext: true })] : []),
        ...prose(a.information),
      ]),
    ]),
  ];
};

const outcomeSection = (model: MinutesDocument): FileChild[] =>
  model.strategyOutcome || model.meetingKind === 'Strategy Meeting'
    ? [
        heading(2, 'Outcome of the strategy meeting'),
        fact(
          'Outcome',
          model.strategyOutcome ??
            'Not recorded (section 47 enquiry, police investigation or no further action)',
        ),
      ]
    : [];

const minutesBody = (model: MinutesDocument, letterhead: boolean): FileChild[] => {
  const multiChild = model.children.length > 1 || (model.extract !== undefined && model.extract !== null);
  return [
    ...titleBlock({
      title: `${meetingTitle(model.meetingKind, model.stage)}${model.extract ? `: extract for ${model.extract.recipient}` : ''}`,
      lead: `Minutes of the meeting held on ${formatLongDay(model.startsAt)}`,
      notes: [model.status, ...extractNote(model)],
      issuer: model.issuer,
      letterhead,
      draft: model.draft ?? false,
      circulatedOn: model.circulatedOn ?? null,
      ...(model.confidentiality ? { confidentiality: model.confidentiality } : {}),
    }),
    ...childrenSection(model.children, model.startsAt),

    heading(2, 'Meeting details'),
    fact('Date and time', formatLongTimeRange(model.startsAt, model.endsAt)),
    // The time it was set for, where the meeting started at another: the same two times the meeting page shows.
    ...(model.scheduledAt !== undefined && model.scheduledAt !== model.startsAt
      ? [fact('Scheduled for', formatLongDateTime(model.scheduledAt))]
      : []),
    fact('Venue', model.venue),
    fact('Chair', personLine(model.chair)),
    fact('Minute-taker', personLine(model.minuteTaker)),

    ...reasonSection(model, multiChild),
    ...attendanceSection(model),
    ...distributionSection(model),
    ...agencySection(model),
    ...agendaSection(model, multiChild),

    heading(2, 'Risk agreed by the meeting'),
    ...riskSection(model.risk ?? [], multiChild),
    ...outcomeSection(model),

    heading(2, 'Push and pull factors'),
    model.factors.length === 0
      ? textPara('No push or pull factors were recorded.')
      : factorsTable(model.factors, multiChild),

    ...episodesSection(model, multiChild),
    ...escalationSection(model.escalations, multiChild),

    heading(2, 'Action plan'),
    model.actions.length === 0
      ? textPara('No actions were agreed.')
      : actionsTable(model.actions, multiChild),

    ...nextMeetingSection(model),
    ...amendmentsSection(model),
    // Word needs a paragraph after a table that ends the document; an empty one also gives the last table room.
    para([]),
  ];
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
      draft: model.draft ?? false,
      body: ({ letterhead }) => minutesBody(model, letterhead),
    },
    options,
  );
};
