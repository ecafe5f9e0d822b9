import type { FileChild } from 'docx';
import type { ActionPlanDocument } from '../../../../shared/exports/documents';
import { DocumentModelError } from './errors';
import { formatDateTime, formatDayOfInstant } from './format';
import { renderDocx, type DocxExportOptions } from './render';
import { actionsTable, childrenSection, meetingTitle, personLine, titleBlock } from './sections';
import { fact, heading, para, textPara } from './text';

/** "Action plan: Strategy Meeting, Tue 6 Jan 2026"; no child's name, as it is file metadata. */
export const actionPlanTitle = (model: ActionPlanDocument): string =>
  `Action plan: ${meetingTitle(model.meetingKind, model.stage)}, ${formatDayOfInstant(model.meetingAt)}`;

const actionPlanBody = (model: ActionPlanDocument, letterhead: boolean): FileChild[] => {
  const n = model.actions.length;
  return [
    ...titleBlock({
      title: 'Action plan',
      lead: `Agreed at the ${meetingTitle(model.meetingKind, model.stage)} on ${formatDayOfInstant(model.meetingAt)}`,
      notes: model.status ? [model.status] : [],
      issuer: model.issuer,
      letterhead,
    }),
    ...childrenSection(model.children),

    heading(2, 'Meeting'),
    fact('Meeting', meetingTitle(model.meetingKind, model.stage)),
    fact('Date and time', formatDateTime(model.meetingAt)),
    fact('Chair', personLine(model.chair)),
    fact('Next meeting', model.nextMeetingAt ? formatDateTime(model.nextMeetingAt) : 'None arranged'),

    heading(2, 'Actions'),
    ...(n === 0
      ? [textPara('No actions were agreed.')]
      : [
          textPara(`${n} action${n === 1 ? '' : 's'}.`, {}, { keepNext: true }),
          actionsTable(model.actions, model.children.length > 1),
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
      body: ({ letterhead }) => actionPlanBody(model, letterhead),
    },
    options,
  );
};
