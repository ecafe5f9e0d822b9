import { ImageRun, type FileChild } from 'docx';
import type { PhilomenaIncident, PhilomenaProfile } from '../../../shared/api/philomena';
import {
  PART2_KIND_LABELS,
  PART2_RISK_LABELS,
  PART3_CHECK_LABELS,
  allChecks,
  type PhotoType,
} from '../../../shared/domain/philomena';
import { EPISODE_CATEGORY_LABELS, type EpisodeCategory } from '../../../shared/domain/episode';
import type { DocumentChild, DocumentIssuer } from '../../../shared/exports/documents';
import { formatDate, formatDuration, formatLongDateTime, formatShortDateTime } from '../exports/docx/format';
import { renderDocx, type DocxExportOptions } from '../exports/docx/render';
import { childFacts, titleBlock } from '../exports/docx/sections';
import { dataTable } from '../exports/docx/tables';
import { fact, heading, para, textPara } from '../exports/docx/text';
import { photoSize } from './photoSize';

/** Everything the police need in one document: the child's profile, where to look, and what has been done. */
export interface PhilomenaDocument {
  issuer: DocumentIssuer;
  child: DocumentChild;
  producedAt: string;
  profile: PhilomenaProfile;
  episode: {
    reportedAt: string;
    policeReference: string | null;
    policeRisk: string | null;
  };
  incident: PhilomenaIncident;
  photo: { mimeType: PhotoType; content: Uint8Array } | null;
}

export const philomenaTitle = (model: PhilomenaDocument): string =>
  `Philomena Protocol profile: case ${model.child.caseReference}`;

const orNotRecorded = (value: string) => (value.trim() === '' ? 'Not recorded' : value);

/** The photograph at most 6 cm wide and 8 cm tall, its proportions kept; described for a screen reader. */
const photoParagraph = (model: PhilomenaDocument): FileChild[] => {
  const photo = model.photo;
  if (!photo) return [textPara('No photograph is held.', { italics: true })];
  const { width, height } = photoSize(photo.content);
  const scale = Math.min(227 / width, 302 / height, 1);
  return [
    para([
      new ImageRun({
        type: photo.mimeType === 'image/png' ? 'png' : 'jpg',
        data: photo.content,
        transformation: { width: Math.round(width * scale), height: Math.round(height * scale) },
        altText: {
          name: 'Photograph',
          title: `Photograph of ${model.child.name}`,
          description: `Photograph of ${model.child.name}${model.profile.photo ? `, uploaded ${formatShortDateTime(model.profile.photo.uploadedAt)}` : ''}.`,
        },
      }),
    ]),
  ];
};

const part1 = (model: PhilomenaDocument): FileChild[] => {
  const p = model.profile.part1;
  // Previous history: the episode being reported is Part 3, not history.
  const history = model.profile.previousEpisodes.filter((e) => e.episodeId !== model.incident.episodeId);
  return [
    heading(2, 'Part 1: the child'),
    ...photoParagraph(model),
    ...childFacts(model.child, model.producedAt),
    fact('Description', orNotRecorded(p.description)),
    fact('Distinguishing marks', orNotRecorded(p.distinguishingMarks)),
    fact('Phone numbers', orNotRecorded(p.phoneNumbers)),
    fact('Social media', orNotRecorded(p.socialMedia)),
    fact('Medical needs', orNotRecorded(p.medicalNeeds)),
    fact('Medication', orNotRecorded(p.medication)),
    fact('School', orNotRecorded(p.school)),
    fact(
      'Last reviewed',
      model.profile.reviewedAt
        ? formatLongDateTime(model.profile.reviewedAt)
        : 'Part 1 has not been completed',
    ),
    fact(
      'Police SPOC',
      model.profile.shares.length === 0
        ? 'Not recorded'
        : model.profile.shares.map((s) => `${formatDate(s.sharedOn)}: ${s.sharedWith}`),
    ),
    heading(3, 'Previous missing history (from the chronology)'),
    history.length === 0
      ? textPara('No earlier episodes are recorded.')
      : dataTable(
          [
            { header: 'Reported', width: 24 },
            { header: 'Category', width: 22 },
            { header: 'Time away', width: 18 },
            { header: 'Where found', width: 36 },
          ],
          history.map((e) => [
            formatShortDateTime(e.reportedAt),
            EPISODE_CATEGORY_LABELS[e.category as EpisodeCategory] ?? e.category,
            e.foundAt ? formatDuration(e.reportedAt, e.foundAt) : 'Not yet found',
            e.whereFound ?? '',
          ]),
        ),
  ];
};

const part2 = (model: PhilomenaDocument): FileChild[] => [
  heading(2, 'Part 2: known associates, addresses and hotspots'),
  model.profile.part2.length === 0
    ? textPara('None are recorded.')
    : dataTable(
        [
          { header: 'Type', width: 16 },
          { header: 'Name', width: 20 },
          { header: 'Address, phone, how known', width: 30 },
          { header: 'Risk', width: 10 },
          { header: 'Why', width: 24 },
        ],
        model.profile.part2.map((e) => [
          PART2_KIND_LABELS[e.kind],
          e.name,
          e.details,
          PART2_RISK_LABELS[e.risk],
          e.riskNotes,
        ]),
      ),
];

const part3 = (model: PhilomenaDocument): FileChild[] => {
  const p = model.incident.part3;
  return [
    heading(2, 'Part 3: this missing episode'),
    fact('Reported missing', formatLongDateTime(model.episode.reportedAt)),
    fact('Police reference', model.episode.policeReference ?? 'Not recorded'),
    fact('Police risk', model.episode.policeRisk ?? 'Not recorded'),
    fact('Last seen', p.lastSeenAt ? formatLongDateTime(p.lastSeenAt) : 'Not recorded'),
    fact('Last seen where', orNotRecorded(p.lastSeenWhere)),
    fact('Clothing', orNotRecorded(p.clothing)),
    fact('May be with', orNotRecorded(p.mayBeWith)),
    heading(3, 'Checks made'),
    dataTable(
      [
        { header: 'Check', width: 30 },
        { header: 'Done', width: 8 },
        { header: 'By', width: 16 },
        { header: 'When', width: 18 },
        { header: 'What was found', width: 28 },
      ],
      allChecks(p.checks).map((c) => [
        PART3_CHECK_LABELS[c.code],
        c.done ? 'Yes' : 'No',
        c.by,
        c.at ? formatShortDateTime(c.at) : '',
        c.findings,
      ]),
    ),
  ];
};

const body = (model: PhilomenaDocument, letterhead: boolean): FileChild[] => [
  ...titleBlock({
    title: 'Philomena Protocol profile',
    lead: model.child.name,
    notes: [
      `Missing since ${formatLongDateTime(model.incident.part3.lastSeenAt ?? model.episode.reportedAt)}`,
      `Produced ${formatLongDateTime(model.producedAt)}`,
    ],
    issuer: model.issuer,
    letterhead,
    confidentiality:
      'Confidential. Shared with the police under the Philomena Protocol to help find the child quickly and safely. Use it for that purpose only; store it securely and delete it when the child is found and the record is closed.',
  }),
  ...part1(model),
  ...part2(model),
  ...part3(model),
  para([]),
];

/** Parts 1 to 3 on portrait pages, in the minutes' marked, accessible layout. */
export const buildPhilomenaDocx = (
  model: PhilomenaDocument,
  options: DocxExportOptions = {},
): Promise<Buffer> =>
  renderDocx(
    {
      title: philomenaTitle(model),
      subject: 'Philomena Protocol',
      orientation: 'portrait',
      body: ({ letterhead }) => body(model, letterhead),
    },
    options,
  );
