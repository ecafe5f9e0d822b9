import type { FileChild } from 'docx';
import type { ActionPlanDocument } from '../../../../shared/exports/documents';
import { DocumentModelError } from './errors';
import { formatDayOfInstant, formatLongDateTime, formatLongDay } from './format';
import { renderDocx, type DocxExportOptions } from './render';
import {
  actionsTable,
  childrenSection,
  decisionParagraphs,
  meetingTitle,
  personLine,
  riskSection,
  titleBlock,
} from './sections';
import { fact, heading, para, textPara } from './text';

/** "Action plan: Strategy Meeting, Tue 6 Jan 2026"; no child's name, as it is file metadata. */
export const actionPlanTitle = (model: ActionPlanDocument): string =>
  `${model.draft ? 'DRAFT ' : ''}Action plan: ${meetingTitle(model.meetingKind, model.stage)}, ${formatDayOfInstant(model.meetingAt)}`;

const actionPlanBody = (model: ActionPlanDocument, letterhead: boolean): FileChild[] => {
  const n = model.actions.length;
  const multiChild = model.children.length > 1;
  const decisions = model.decisions ?? [];
  return [
    ...titleBlock({
      title: 'Action plan',
      lead: `Agreed at the ${meetingTitle(model.meetingKind, model.stage)} on ${formatLongDay(model.meetingAt)}`,
      notes: model.status ? [model.status] : [],
      issuer: model.issuer,
      letterhead,
      draft: model.draft ?? false,
      circulatedOn: model.circulatedOn ?? null,
      ...(model.confidentiality ? { confidentiality: model.confidentiality } : {}),
    }),
    ...childrenSection(model.children, model.meetingAt),

    heading(2, 'Meeting'),
    fact('Meeting', meetingTitle(model.meetingKind, model.stage)),
    fact('Date and time', formatLongDateTime(model.meetingAt)),
    fact('Chair', personLine(model.chair)),
    ...(model.reason ? [fact('Called because', model.reason.statement)] : []),
    fact(
      'Next meeting',
      model.nextMeetingAt
        ? [formatLongDateTime(model.nextMeetingAt), model.nextMeetingVenue ?? 'Venue to be confirmed']
        : 'None arranged',
    ),

    heading(2, 'Risk agreed by the meeting'),
    ...riskSection(model.risk ?? [], multiChild),

    heading(2, 'Decisions'),
    ...(decisions.length === 0
      ? [textPara('No decisions were recorded.')]
      : decisions.flatMap((d) => [
          textPara(d.item, { bold: true }, { keepNext: true, after: 60 }),
          ...decisionParagraphs(d.decision),
        ])),

    heading(2, 'Actions'),
    ...(n === 0
      ? [textPara('No actions were agreed.')]
      : [
          textPara(`${n} action${n === 1 ? '' : 's'}.`, {}, { keepNext: true }),
          actionsTable(model.actions, multiChild),
        ]),
    para([]),
  ];
};

/** An action plan on its own, for the agencies that own actions. */
export const buildActionPlanDocx = async (
  model: ActionPlanDocument,
  options: DocxExportOptions = {},
): Promise<Buffer> => {
  if (model.children.length === 0)
    throw new DocumentModelError('An action plan must name at least one child.');
  return renderDocx(
    {
      title: actionPlanTitle(model),
      subject: 'Action plan',
      orientation: 'portrait',
      draft: model.draft ?? false,
      body: ({ letterhead }) => actionPlanBody(model, letterhead),
    },
    options,
  );
};
