import type { FileChild } from 'docx';
import type { RiskAssessment } from '../../../shared/api/riskAssessments';
import {
  AGREEMENT_ROLES,
  ANSWER_LABELS,
  CONCERNS,
  CONTACT_GROUPS,
  RISK_LEVEL_LABELS,
} from '../../../shared/domain/riskAssessment';
import type { DocumentChild, DocumentIssuer } from '../../../shared/exports/documents';
import { formatDate, formatLongDateTime } from '../exports/docx/format';
import { renderDocx, type DocxExportOptions } from '../exports/docx/render';
import { childFacts, titleBlock } from '../exports/docx/sections';
import { dataTable } from '../exports/docx/tables';
import { fact, heading, para, textPara } from '../exports/docx/text';

export interface RiskAssessmentDocument {
  issuer: DocumentIssuer;
  child: DocumentChild;
  producedAt: string;
  assessment: RiskAssessment;
}

const orNot = (value: string) => (value.trim() === '' ? 'Not recorded' : value);
const RUNNING: Record<RiskAssessment['pattern']['runningToOrFrom'], string> = {
  'to-someone': 'Running to someone',
  'from-a-situation': 'Running from a situation',
  both: 'Both',
  'not-known': 'Not known',
};
const CREDIT: Record<RiskAssessment['circumstances']['phoneCredit'], string> = {
  contract: 'On a contract',
  'usually-credit': 'Usually has credit',
  'often-no-credit': 'Often no credit',
  'not-known': 'Not known',
};
const STATUS = { open: 'Open', done: 'Done', dropped: 'Dropped' } as const;

const grid = (a: RiskAssessment): FileChild[] => {
  const p = a.pattern;
  const c = a.circumstances;
  return [
    heading(2, 'Pattern and history'),
    fact('Running to or from', RUNNING[p.runningToOrFrom]),
    fact('Circumstances', orNot(p.usualCircumstances)),
    fact('Usually leaves', orNot(p.usualLeavingTime)),
    fact('Last episode', orNot(p.lastEpisodeAndPattern)),
    fact('Usually goes to', orNot(p.usualDestinations)),
    fact('Risk there', orNot(p.destinationRisks)),
    fact('Maturity', orNot(p.maturity)),
    fact('Past return', orNot(p.pastReturnMethod)),
    heading(2, 'Concerns and vulnerabilities'),
    dataTable(
      [
        { header: 'Concern', width: 42 },
        { header: 'Answer', width: 16 },
        { header: 'Details', width: 42 },
      ],
      [
        ...CONCERNS.map(([code, label]) => [
          label,
          ANSWER_LABELS[a.concerns[code].answer],
          a.concerns[code].detail,
        ]),
        [
          'CSE protocols activated (CSE strategy meeting held)',
          ANSWER_LABELS[a.concerns.cseProtocolsActivated],
          '',
        ],
      ],
    ),
    heading(2, 'Current circumstances'),
    fact('Coming-in times', orNot(c.comingInTimes)),
    fact('If missed', orNot(c.missedTimeConsequences)),
    fact('Money', orNot(c.money)),
    fact('Public transport', ANSWER_LABELS[c.usesPublicTransport]),
    fact('Carries bus pass', ANSWER_LABELS[c.carriesBusPass]),
    fact('Knows the area', ANSWER_LABELS[c.familiarWithArea]),
    fact('Mobile phone', `${ANSWER_LABELS[c.mobilePhone]}; ${CREDIT[c.phoneCredit]}`),
    fact('Who can collect', orNot(c.whoCanCollect)),
    fact('When collected', orNot(c.behaviourWhenCollected)),
    fact('Further information', orNot(c.furtherInformation)),
    fact('To reduce the risk', orNot(c.preventionStrategies)),
  ];
};

const plan = (a: RiskAssessment): FileChild[] => {
  const p = a.plan;
  return [
    heading(2, 'Action plan to follow when absent'),
    fact('Try the young person', orNot(p.tryYoungPerson)),
    dataTable(
      [
        { header: 'Contact', width: 34 },
        { header: 'Try them?', width: 16 },
        { header: 'Details', width: 50 },
      ],
      CONTACT_GROUPS.map(([group, label]) => {
        const c = p.contacts.find((x) => x.group === group);
        return [label, c ? ANSWER_LABELS[c.contact] : 'Not known', c?.details ?? ''];
      }),
    ),
    heading(3, 'Addresses known to be visited'),
    p.addresses.length === 0
      ? textPara('None are recorded.')
      : dataTable(
          [
            { header: 'Address', width: 28 },
            { header: 'Risk', width: 10 },
            { header: 'Action (concern for welfare?)', width: 40 },
            { header: 'Report after', width: 22 },
          ],
          p.addresses.map((x) => [
            x.address,
            RISK_LEVEL_LABELS[x.risk],
            `${x.action}${x.concernForWelfare ? ' (concern for welfare report)' : ''}`.trim(),
            `${x.maxHoursBeforePolice} h`,
          ]),
        ),
    fact('Report to police', `if absent more than ${p.reportAfterHours} h after due back`),
    heading(3, 'On return'),
    fact('Welfare check', orNot(p.onReturnWelfareCheck)),
    fact('Return interview', orNot(p.returnInterviewServices)),
    fact(
      'Social worker visit',
      p.socialWorkerVisitWithinDays === null
        ? 'Not recorded'
        : `within ${p.socialWorkerVisitWithinDays} days`,
    ),
    heading(3, 'Actions'),
    p.actions.length === 0
      ? textPara('No actions.')
      : dataTable(
          [
            { header: 'Action', width: 38 },
            { header: 'Owner', width: 18 },
            { header: 'Agency', width: 18 },
            { header: 'Due', width: 14 },
            { header: 'Status', width: 12 },
          ],
          p.actions.map((x) => [
            x.description,
            x.owner,
            x.agency,
            x.dueOn ? formatDate(x.dueOn) : '',
            STATUS[x.status],
          ]),
        ),
  ];
};

const agreed = (a: RiskAssessment): FileChild[] => [
  heading(2, 'Explained, discussed and agreed by'),
  dataTable(
    [
      { header: 'Role', width: 40 },
      { header: 'Name', width: 36 },
      { header: 'Date', width: 24 },
    ],
    AGREEMENT_ROLES.map(([role, label]) => {
      const g = a.agreements[role];
      return [label, g.name, g.agreedOn ? formatDate(g.agreedOn) : ''];
    }),
  ),
];

/** One version on portrait pages, in the minutes' marked, accessible layout. */
export const buildRiskAssessmentDocx = (
  model: RiskAssessmentDocument,
  options: DocxExportOptions = {},
): Promise<Buffer> => {
  const a = model.assessment;
  return renderDocx(
    {
      title: `Missing From Care Risk Assessment: case ${model.child.caseReference}`,
      subject: 'Missing From Care Risk Assessment and Action Plan',
      orientation: 'portrait',
      body: ({ letterhead }) => [
        ...titleBlock({
          title: 'Missing From Care Risk Assessment and Action Plan',
          lead: model.child.name,
          notes: [
            `Version ${a.version}${a.latest ? '' : ' (superseded by a review)'}, date of review ${formatDate(a.assessedOn)}`,
            `Produced ${formatLongDateTime(model.producedAt)}`,
          ],
          issuer: model.issuer,
          letterhead,
          confidentiality:
            'Confidential. The care provider and social worker’s risk assessment for a child looked after; the police use it in their own risk assessment when the child is reported.',
        }),
        ...childFacts(model.child, model.producedAt),
        fact(
          'Overall level',
          `${RISK_LEVEL_LABELS[a.overallLevel]} (care provider ${RISK_LEVEL_LABELS[a.careProviderLevel].toLowerCase()}, social worker ${RISK_LEVEL_LABELS[a.socialWorkerLevel].toLowerCase()})`,
        ),
        ...grid(a),
        ...plan(a),
        ...agreed(a),
        para([]),
      ],
    },
    options,
  );
};
