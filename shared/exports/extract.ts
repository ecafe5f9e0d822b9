import type { DistributionRecipient, DocumentChild, MinutesDocument } from './documents';

/**
 * Per-authority extracts of a multi-child meeting's minutes (a Daily Review covers children of several authorities):
 * each authority receives only the children it placed or hosts, and the full minutes' distribution list says who
 * gets which. Pure: the builders print what these return.
 */

const same = (a: string | null, b: string) => a !== null && a.trim().toLowerCase() === b.trim().toLowerCase();

/** The children an authority is entitled to read about: those it placed and those placed in its area. */
type Placed = Pick<DocumentChild, 'placingAuthority' | 'hostAuthority'>;

export const childrenOf = <C extends Placed>(children: readonly C[], authority: string): C[] =>
  children.filter((c) => same(c.placingAuthority, authority) || same(c.hostAuthority, authority));

/** A reader whose agency is an authority with some, not all, of the children: they get that authority's extract. */
export const extractAuthorityFor = (
  model: Pick<MinutesDocument, 'children'>,
  recipient: Pick<DistributionRecipient, 'agency'>,
): string | null => {
  const theirs = childrenOf(model.children, recipient.agency).length;
  return theirs > 0 && theirs < model.children.length ? recipient.agency : null;
};

export const extractLabel = (authority: string, children: number): string =>
  `Extract for ${authority}: ${children} ${children === 1 ? 'child' : 'children'}`;

/** The distribution list with what each reader receives: the full minutes, or their authority's extract. */
export function withWhatEachReceives(model: MinutesDocument): DistributionRecipient[] {
  if (model.children.length < 2) return model.distribution;
  return model.distribution.map((r) => {
    const authority = extractAuthorityFor(model, r);
    return {
      ...r,
      receives: authority
        ? extractLabel(authority, childrenOf(model.children, authority).length)
        : 'Full minutes',
    };
  });
}

/** The authorities that receive an extract, in the order of the distribution list. */
export const extractAuthorities = (model: MinutesDocument): string[] => [
  ...new Set(
    model.distribution.flatMap((r) => {
      const a = extractAuthorityFor(model, r);
      return a ? [a] : [];
    }),
  ),
];

/** Refused because the extract would carry another authority's child; says which item, never which child. */
export class ExtractError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ExtractError';
  }
}

const mentions = (text: string, child: DocumentChild): boolean => {
  const t = text.toLowerCase();
  return t.includes(child.name.toLowerCase()) || t.includes(child.caseReference.toLowerCase());
};

/** The authorities holding some, not all, of a meeting's children (placing or host), in the children's order. */
export const authoritiesWithSomeChildren = (children: readonly Placed[]): string[] => {
  const names = children.flatMap((c) => [c.placingAuthority, c.hostAuthority]).filter((a) => a !== null);
  const seen = new Map<string, string>();
  for (const a of names) if (!seen.has(a.trim().toLowerCase())) seen.set(a.trim().toLowerCase(), a.trim());
  return [...seen.values()].filter((a) => {
    const n = childrenOf(children, a).length;
    return n > 0 && n < children.length;
  });
};

/**
 * The minutes cut down to one authority's children: their details, agenda items, episodes, factors, actions, risk
 * and history. General items stay, but an extract whose general item names another authority's child is refused:
 * the minute-taker must move that text to the child's own item.
 */
export function minutesExtract(model: MinutesDocument, authority: string): MinutesDocument {
  const kept = childrenOf(model.children, authority);
  if (kept.length === 0) throw new ExtractError(`No child in these minutes belongs to ${authority}.`);
  const distribution = withWhatEachReceives(model).filter((r) => extractAuthorityFor(model, r) === authority);
  return cutDown(model, kept, authority, distribution);
}

/**
 * One child's extract (for the child's own file, or an agency concerned with that child alone): the child's details
 * and items and the general items, sent to the child's placing and host authorities.
 */
export function childExtract(model: MinutesDocument, caseReference: string): MinutesDocument {
  const child = model.children.find((c) => c.caseReference === caseReference);
  if (!child) throw new ExtractError(`No child in these minutes has the case reference ${caseReference}.`);
  const authorities = [child.placingAuthority, child.hostAuthority].filter((a) => a !== null);
  const distribution = model.distribution
    .filter((r) => authorities.some((a) => same(a, r.agency)))
    .map((r) => ({ ...r, receives: `Extract for ${child.caseReference}: 1 child` }));
  return {
    ...cutDown(model, [child], child.caseReference, distribution),
    extract: { recipient: child.caseReference, childrenInMeeting: model.children.length, oneChild: true },
  };
}

function cutDown(
  model: MinutesDocument,
  kept: readonly DocumentChild[],
  recipient: string,
  distribution: MinutesDocument['distribution'],
): MinutesDocument {
  const keptNames = new Set(kept.map((c) => c.name));
  const others = model.children.filter((c) => !keptNames.has(c.name));
  const ours = <T extends { child?: string | null }>(items: readonly T[] | undefined): T[] =>
    (items ?? []).filter((x) => x.child === null || x.child === undefined || keptNames.has(x.child));
  const agenda = model.agenda
    .filter((item) => item.child === null || item.child === undefined || keptNames.has(item.child))
    .map((item) => ({
      ...item,
      reviewedActions: item.reviewedActions ? ours(item.reviewedActions) : undefined,
    }));
  agenda.forEach((item, i) => {
    if (item.child) return;
    const texts = [
      item.title,
      item.minutes,
      item.approvedMinutes ?? '',
      ...(item.amendments ?? []).map((a) => a.minutes),
      ...item.decisions.map((d) => (typeof d === 'string' ? d : `${d.decision} ${d.rationale ?? ''}`)),
    ];
    if (others.some((c) => texts.some((t) => mentions(t, c)))) {
      throw new ExtractError(
        `General agenda item ${i + 1} ("${item.title}") names a child of another authority: move that text to the child's own item before sending extracts.`,
      );
    }
  });
  (model.agencyInformation ?? []).forEach((a) => {
    if (others.some((c) => mentions(a.information, c)))
      throw new ExtractError(
        `What ${a.agency} brought names a child of another authority: record it under that child's own item before sending extracts.`,
      );
  });
  const episodeChildren = (items: MinutesDocument['episodes']) =>
    items.filter((e) => e.child !== null && keptNames.has(e.child));
  return {
    ...model,
    children: [...kept],
    extract: { recipient, childrenInMeeting: model.children.length },
    distribution,
    agenda,
    factors: model.factors.filter((f) => f.child !== null && keptNames.has(f.child)),
    episodes: episodeChildren(model.episodes),
    escalations: model.escalations?.filter((e) => e.child !== null && keptNames.has(e.child)),
    actions: model.actions.filter((a) => a.child !== null && keptNames.has(a.child)),
    risk: ours(model.risk),
    history: ours(model.history),
    reason: model.reason
      ? { ...model.reason, triggeringEpisodes: episodeChildren(model.reason.triggeringEpisodes) }
      : undefined,
    // The summary of changes names agenda items by number, which differ in the extract; each item carries its own.
    amendments: [],
  };
}
