import type { FileChild } from 'docx';
import type { DocumentChild, DocumentIssuer } from '../../../../shared/exports/documents';
import { FACTOR_LABELS } from '../../../../shared/domain/factors';
import {
  CONTACT_METHOD_LABELS,
  RHI_OUTCOME_LABELS,
  RHI_QUESTIONS,
  RHI_SECTIONS,
  type ReturnInterviewRecord,
} from '../../../../shared/domain/returnInterview';
import { formatDate, formatLongDateTime, formatShortDateTime } from './format';
import { renderDocx, type DocxExportOptions } from './render';
import { childFacts, titleBlock } from './sections';
import { dataTable } from './tables';
import { fact, heading, para, prose, textPara } from './text';

/** What the return interview document prints: the record, its child and episode, the rule it was held under. */
export interface ReturnInterviewDocument {
  issuer: DocumentIssuer;
  child: DocumentChild;
  producedAt: string;
  /** The profile's name for it ("Return Home Interview", "Return Conversation"). */
  name: string;
  episode: { reportedAt: string; foundAt: string | null; policeReference: string | null };
  record: ReturnInterviewRecord;
  placed: { placingAuthority: string; hostAuthority: string } | null;
}

export const returnInterviewTitle = (m: ReturnInterviewDocument): string =>
  `${m.name}: case ${m.child.caseReference}`;

const yesNo = (v: boolean | null): string => (v === null ? 'Not recorded' : v ? 'Yes' : 'No');
const orNot = (s: string): string => (s.trim() ? s : 'Not recorded');
const instant = (iso: string | null): string => (iso ? formatLongDateTime(iso) : 'Not recorded');
const day = (iso: string | null): string => (iso ? formatDate(iso) : 'Not recorded');

const block = (title: string, text: string): FileChild[] => [
  heading(3, title),
  ...(text.trim() ? prose(text) : [textPara('Not recorded')]),
];

/** Timing: held or not, and against the profile's hours, in words (never a bare tick). */
const timing = (r: ReturnInterviewRecord): string => {
  if (!r.heldAt) return 'Not held';
  const within = `within ${r.dueWithinHours} hours of the return`;
  return r.heldInTime ? `Held ${within}` : `Not held ${within}. Why: ${orNot(r.lateReason)}`;
};

const body = (m: ReturnInterviewDocument, letterhead: boolean): FileChild[] => {
  const r = m.record;
  const questions = RHI_SECTIONS.flatMap((s) => [
    heading(3, s.title),
    dataTable(
      [
        { header: 'Question', width: 50 },
        { header: 'Yes or no', width: 14 },
        { header: 'Comments', width: 36 },
      ],
      RHI_QUESTIONS.filter((q) => q.section === s.key).map((q) => {
        const a = r.answers[q.code];
        return [q.text, a?.answer === undefined ? 'Not asked' : yesNo(a.answer), a?.comments ?? ''];
      }),
    ),
    para([]),
  ]);
  return [
    ...titleBlock({
      title: m.name,
      lead: m.child.name,
      notes: [
        `Produced ${formatLongDateTime(m.producedAt)}`,
        `Last saved ${formatLongDateTime(r.updatedAt)} by ${r.updatedBy}`,
      ],
      issuer: m.issuer,
      letterhead,
    }),
    heading(2, 'Child'),
    ...childFacts(m.child, m.producedAt),

    heading(2, 'Missing episode'),
    fact('Reported missing', instant(m.episode.reportedAt)),
    fact('Found / returned', instant(m.episode.foundAt)),
    fact('Police log number', orNot(m.episode.policeReference ?? '')),
    ...block('Brief overview of the missing episode', r.overview),

    heading(2, 'Checks'),
    fact('Checked school', yesNo(r.schoolChecked)),
    fact('Attendance', orNot(r.schoolDetail)),
    fact('Checked health', yesNo(r.healthChecked)),
    fact('Health concerns', orNot(r.healthDetail)),

    heading(2, 'The offer'),
    fact('Offered', yesNo(r.offered)),
    fact('Independent', yesNo(r.independent)),
    fact('Outcome', r.outcome ? RHI_OUTCOME_LABELS[r.outcome] : 'Not recorded'),
    fact('Reason', orNot(r.outcomeReason)),
    fact('Timing', timing(r)),
    ...(r.attempts.length > 0
      ? [
          heading(3, 'Attempts to make contact'),
          dataTable(
            [
              { header: 'When', width: 24 },
              { header: 'Method', width: 24 },
              { header: 'By', width: 20 },
              { header: 'Note', width: 32 },
            ],
            r.attempts.map((a) => [formatShortDateTime(a.at), CONTACT_METHOD_LABELS[a.method], a.by, a.note]),
          ),
        ]
      : [textPara('No attempts to make contact are recorded.')]),

    heading(2, 'The interview'),
    fact('Held', instant(r.heldAt)),
    fact('Where', orNot(r.place)),
    fact('Co-ordinated by', orNot(r.coordinatedBy)),
    fact('Others present', orNot(r.othersPresent)),
    ...block('What happened to make you go missing?', r.whatHappenedBefore),
    ...block('What happened while you were missing?', r.whatHappenedWhileMissing),
    ...block('What can be done to prevent you going missing again?', r.preventAgain),
    ...questions,

    heading(2, 'Push and pull factors found'),
    ...(r.factors.length > 0
      ? [
          dataTable(
            [
              { header: 'Push or pull', width: 16 },
              { header: 'Factor', width: 44 },
              { header: 'Detail', width: 40 },
            ],
            r.factors.map((f) => [
              f.direction === 'push' ? 'Push' : 'Pull',
              FACTOR_LABELS[f.code],
              f.detail ?? '',
            ]),
          ),
        ]
      : [textPara('No push or pull factors were recorded.')]),

    heading(2, 'Concerns and safeguarding'),
    ...block('Concerns or issues raised by the young person', r.concerns),
    ...block('Further information, including intelligence', r.furtherInformation),
    fact('CP referral', yesNo(r.childProtectionReferral)),
    ...(r.childProtectionReferral ? [fact('Referral detail', orNot(r.childProtectionDetail))] : []),

    heading(2, 'Consent and sharing'),
    fact('Consent to share', yesNo(r.consentToShare)),
    fact('Shared with', orNot(r.shareWith)),
    ...(m.placed
      ? [
          textPara(
            `Placed in ${m.placed.hostAuthority} by ${m.placed.placingAuthority}: the host authority sends this record to the placing authority (East Midlands protocol).`,
          ),
          fact('Host authority', m.placed.hostAuthority),
          fact('Placing authority', m.placed.placingAuthority),
          fact(
            'Sent to the placing authority',
            r.sentToPlacingAt ? `${instant(r.sentToPlacingAt)}, to ${orNot(r.sentTo)}` : 'Not sent',
          ),
          fact(
            'Received by the placing authority',
            r.receivedByPlacingAt ? instant(r.receivedByPlacingAt) : 'Not yet received',
          ),
        ]
      : []),

    heading(2, 'Authorisation'),
    fact('Completed by', orNot(r.completedBy)),
    fact('Authorised by', orNot(r.authorisedBy)),
    fact('Authorised on', day(r.authorisedOn)),
    fact('Forwarded to police', day(r.forwardedToPoliceOn)),
    para([]),
  ];
};

/** One return interview, portrait, in the minutes' marked page frame (or the council's letterhead). */
export const buildReturnInterviewDocx = (
  model: ReturnInterviewDocument,
  options: DocxExportOptions = {},
): Promise<Buffer> =>
  renderDocx(
    {
      title: returnInterviewTitle(model),
      subject: model.name,
      orientation: 'portrait',
      body: ({ letterhead }) => body(model, letterhead),
    },
    options,
  );
