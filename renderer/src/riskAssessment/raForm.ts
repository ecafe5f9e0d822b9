import type { RiskAssessment } from '../../../shared/api/riskAssessments';
import type { FieldIssue } from '../../../shared/api/result';
import {
  AGREEMENT_ROLES,
  agreementsSchema,
  circumstancesSchema,
  concernsSchema,
  patternSchema,
  riskAssessmentInputSchema,
  riskAssessmentProblems,
  type AgreementRole,
  type Circumstances,
  type Concerns,
  type Pattern,
  type Plan,
  type PlanAction,
  type RiskAssessmentInput,
  type RiskLevel,
} from '../../../shared/domain/riskAssessment';
import { formatUkDate, parseUkDate } from '../../../shared/time/london';

// The risk assessment as typed: dates, hours and days are the text in their fields and a level not yet chosen is
// '', so a draft holds exactly what was typed; it becomes the record only on save, where every problem is named.

export interface AddressForm {
  address: string;
  risk: RiskLevel | '';
  action: string;
  concernForWelfare: boolean;
  maxHoursBeforePolice: string;
}

export interface ActionForm {
  id: string | null;
  description: string;
  owner: string;
  agency: string;
  dueOn: string;
  status: PlanAction['status'];
}

export interface RaForm {
  assessedOn: string;
  careProviderLevel: RiskLevel | '';
  socialWorkerLevel: RiskLevel | '';
  pattern: Pattern;
  concerns: Concerns;
  circumstances: Circumstances;
  plan: {
    tryYoungPerson: string;
    contacts: Plan['contacts'];
    addresses: AddressForm[];
    reportAfterHours: string;
    onReturnWelfareCheck: string;
    returnInterviewServices: string;
    socialWorkerVisitWithinDays: string;
    actions: ActionForm[];
  };
  agreements: Record<AgreementRole, { name: string; agreedOn: string }>;
}

const agreementsForm = (): RaForm['agreements'] =>
  Object.fromEntries(AGREEMENT_ROLES.map(([r]) => [r, { name: '', agreedOn: '' }])) as RaForm['agreements'];

export const emptyAddress = (): AddressForm => ({
  address: '',
  risk: '',
  action: '',
  concernForWelfare: false,
  maxHoursBeforePolice: '',
});
export const emptyAction = (): ActionForm => ({
  id: null,
  description: '',
  owner: '',
  agency: '',
  dueOn: '',
  status: 'open',
});

export const emptyForm = (): RaForm => ({
  assessedOn: '',
  careProviderLevel: '',
  socialWorkerLevel: '',
  pattern: patternSchema.parse({}),
  concerns: concernsSchema.parse({}),
  circumstances: circumstancesSchema.parse({}),
  plan: {
    tryYoungPerson: '',
    contacts: [],
    addresses: [],
    reportAfterHours: '',
    onReturnWelfareCheck: '',
    returnInterviewServices: '',
    socialWorkerVisitWithinDays: '',
    actions: [],
  },
  agreements: agreementsForm(),
});

/**
 * A saved version as the form shows it. For a review (`asReview`) the new version starts from the last one's
 * answers, but its date, its agreements and its action ids are its own: it is agreed afresh.
 */
export function toForm(r: RiskAssessment, asReview = false): RaForm {
  return {
    assessedOn: asReview ? '' : formatUkDate(r.assessedOn),
    careProviderLevel: r.careProviderLevel,
    socialWorkerLevel: r.socialWorkerLevel,
    pattern: { ...r.pattern },
    concerns: { ...r.concerns },
    circumstances: { ...r.circumstances },
    plan: {
      tryYoungPerson: r.plan.tryYoungPerson,
      contacts: r.plan.contacts.map((c) => ({ ...c })),
      addresses: r.plan.addresses.map((a) => ({
        ...a,
        maxHoursBeforePolice: String(a.maxHoursBeforePolice),
      })),
      reportAfterHours: String(r.plan.reportAfterHours),
      onReturnWelfareCheck: r.plan.onReturnWelfareCheck,
      returnInterviewServices: r.plan.returnInterviewServices,
      socialWorkerVisitWithinDays:
        r.plan.socialWorkerVisitWithinDays === null ? '' : String(r.plan.socialWorkerVisitWithinDays),
      actions: r.plan.actions.map((a) => ({
        id: asReview ? null : a.id,
        description: a.description,
        owner: a.owner,
        agency: a.agency,
        dueOn: a.dueOn ? formatUkDate(a.dueOn) : '',
        status: a.status,
      })),
    },
    agreements: asReview
      ? agreementsForm()
      : (Object.fromEntries(
          AGREEMENT_ROLES.map(([role]) => {
            const g = r.agreements[role];
            return [role, { name: g.name, agreedOn: g.agreedOn ? formatUkDate(g.agreedOn) : '' }];
          }),
        ) as RaForm['agreements']),
  };
}

export type ParsedForm = { ok: true; input: RiskAssessmentInput } | { ok: false; issues: FieldIssue[] };

/**
 * The form as the record to save, checked here exactly as the backend checks it (the same schema and the same
 * rules), so every problem is named at once against the backend's own field paths (`assessment.plan.…`).
 */
export function fromForm(f: RaForm, today: string): ParsedForm {
  const issues: FieldIssue[] = [];
  const date = (field: string, text: string): string | null | undefined => {
    if (!text.trim()) return null;
    const p = parseUkDate(text);
    if (p.ok) return p.date;
    issues.push({ field: `assessment.${field}`, message: p.message });
    return undefined;
  };
  const num = (text: string): number | undefined | null =>
    text.trim() === '' ? undefined : Number.isFinite(Number(text)) ? Number(text) : NaN;
  const assessedOn = date('assessedOn', f.assessedOn);
  const raw = {
    assessedOn: assessedOn ?? undefined,
    careProviderLevel: f.careProviderLevel || undefined,
    socialWorkerLevel: f.socialWorkerLevel || undefined,
    pattern: f.pattern,
    concerns: f.concerns,
    circumstances: f.circumstances,
    plan: {
      ...f.plan,
      addresses: f.plan.addresses.map((a) => ({
        ...a,
        risk: a.risk || undefined,
        maxHoursBeforePolice: num(a.maxHoursBeforePolice),
      })),
      reportAfterHours: num(f.plan.reportAfterHours),
      socialWorkerVisitWithinDays: num(f.plan.socialWorkerVisitWithinDays) ?? null,
      actions: f.plan.actions.map((a, i) => ({ ...a, dueOn: date(`plan.actions.${i}.dueOn`, a.dueOn) })),
    },
    agreements: Object.fromEntries(
      AGREEMENT_ROLES.map(([role]) => [
        role,
        {
          name: f.agreements[role].name,
          agreedOn: date(`agreements.${role}.agreedOn`, f.agreements[role].agreedOn),
        },
      ]),
    ),
  };
  const parsed = riskAssessmentInputSchema.safeParse(raw);
  const named = new Set(issues.map((i) => i.field));
  if (!parsed.success)
    for (const i of parsed.error.issues) {
      const field = ['assessment', ...i.path.map(String)].join('.');
      // A date that did not parse is already named with why; its "required" would only repeat it.
      if (named.has(field)) continue;
      const message =
        i.code === 'invalid_type' && i.input === undefined
          ? 'is required'
          : i.message.replace(/^Invalid input: /, '');
      issues.push({ field, message });
    }
  // The rules across fields run even when a field above failed, so every problem shows at once; they read only
  // the date, the agreements and the plan's addresses and contacts, taken here as typed.
  const forRules = parsed.success
    ? parsed.data
    : ({
        assessedOn: assessedOn ?? '',
        agreements: agreementsSchema.catch(agreementsSchema.parse({})).parse(raw.agreements),
        plan: {
          addresses: f.plan.addresses.map((a) => ({ address: a.address.trim() })),
          contacts: f.plan.contacts,
        },
      } as unknown as RiskAssessmentInput);
  const seen = new Set(issues.map((i) => i.field));
  for (const p of riskAssessmentProblems(forRules, today)) if (!seen.has(p.field)) issues.push(p);
  return issues.length || !parsed.success ? { ok: false, issues } : { ok: true, input: parsed.data };
}

// --- The draft: the form as typed, in localStorage, read back against the form's shape. ---

export const draftKey = (childId: string, mode: string) =>
  `homeward.drafts.risk-assessment.${childId}.${mode}`;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

/**
 * Takes from `v` only what has the template's shape: a string where the template has a string, and so on; arrays
 * are read element by element against `item` for their key. What does not fit (an older version's draft, an edited
 * file) is dropped for the template's value.
 */
function fit<T>(template: T, v: unknown, items: Record<string, () => unknown>): T {
  if (typeof template === 'string') return (typeof v === 'string' ? v : template) as T;
  if (typeof template === 'boolean') return (typeof v === 'boolean' ? v : template) as T;
  if (template === null) return (typeof v === 'string' || v === null ? v : template) as T;
  if (!isRecord(template) || !isRecord(v)) return template;
  const out: Record<string, unknown> = {};
  for (const [k, t] of Object.entries(template)) {
    const item = items[k];
    const value = v[k];
    out[k] =
      Array.isArray(t) && item
        ? Array.isArray(value)
          ? value.filter(isRecord).map((e) => fit(item(), e, items))
          : t
        : fit(t, value, items);
  }
  return out as T;
}

export function readDraft(raw: string | null): RaForm | null {
  if (raw === null) return null;
  try {
    const d: unknown = JSON.parse(raw);
    if (!isRecord(d)) return null;
    return fit(emptyForm(), d, {
      contacts: () => ({ group: '', contact: 'not-known', details: '' }),
      addresses: emptyAddress,
      actions: emptyAction,
    });
  } catch {
    return null;
  }
}

export const sameForm = (a: RaForm, b: RaForm): boolean => JSON.stringify(a) === JSON.stringify(b);

/** Every typed value by its field path, so a conflict can list only the fields where two versions differ. */
export function flatten(v: unknown, prefix = ''): Record<string, string> {
  if (isRecord(v)) {
    const out: Record<string, string> = {};
    for (const [k, x] of Object.entries(v)) Object.assign(out, flatten(x, prefix ? `${prefix}.${k}` : k));
    return out;
  }
  return { [prefix]: typeof v === 'string' ? v : v === null || v === undefined ? '' : JSON.stringify(v) };
}
