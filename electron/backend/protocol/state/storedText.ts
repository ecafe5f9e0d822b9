import type { DueEvaluation, DueNotification } from '../../../../shared/protocol';
import type { ChildEvaluation, Notification, UpcomingClock } from '../../../../shared/protocol/types';

/** What the child header shows, stored as the engine gave it. */
export interface StoredHeader {
  profile: { id: string; name: string; council: string };
  profileBecause: string;
  evaluation: ChildEvaluation;
}

/**
 * A child's notifications as stored, in its header and in its Due part: each rule's words (the role, the reason, who
 * notifies, the section, the protocol's quote) once in `shared`, and in `own` per notification the index of its
 * words and the fields that are its own. The busiest child's 380 notifications were 252 of its header's 295 KB, and
 * 279 of them 113 of its Due part's 144 KB, written at every save, the same sentences over and over.
 */
interface StoredNotifications {
  shared: Array<Record<string, unknown>>;
  own: unknown[][];
}

/** A notification's own fields, in this order in each `own` entry after the index of its words. */
const OWN = ['at', 'deadlineAt', 'episodeId', 'subjectId'] as const;

type Fields = Record<string, unknown>;

/** One rule's words, with the keys in their order and which of them are a notification's own. */
interface Words {
  fields: Fields;
  keys: string[];
  own: boolean[];
}

/**
 * Whether a notification has these words: the same fields in the same order, equal where not its own. A field
 * holding undefined is left out, as JSON.stringify leaves it. A loop over the keys, no array made: 380 of these a save.
 */
function hasWords(n: Fields, words: Words): boolean {
  let i = 0;
  for (const key in n) {
    const value = n[key];
    if (value === undefined) continue;
    if (key !== words.keys[i] || (!words.own[i] && value !== words.fields[key])) return false;
    i++;
  }
  return i === words.keys.length;
}

/** The words of a notification: every field in its order, its own ones held as null (the place they go back in). */
function wordsOf(n: Fields): Words {
  const fields: Fields = {};
  const keys: string[] = [];
  const own: boolean[] = [];
  for (const key in n) {
    if (n[key] === undefined) continue;
    const isOwn = (OWN as readonly string[]).includes(key);
    fields[key] = isOwn ? null : n[key];
    keys.push(key);
    own.push(isOwn);
  }
  return { fields, keys, own };
}

function packNotifications(list: readonly DueNotification[]): StoredNotifications {
  const shared: Words[] = [];
  // Candidates by rule and role, so each notification is compared with the one or two that can match it.
  const byRule = new Map<string, number[]>();
  const own = list.map((notification) => {
    const n = notification as unknown as Fields;
    const rule = `${String(n.ruleId)}\u0000${String(n.role)}`;
    let candidates = byRule.get(rule);
    if (candidates === undefined) byRule.set(rule, (candidates = []));
    let index = candidates.find((i) => hasWords(n, shared[i]!));
    if (index === undefined) {
      index = shared.push(wordsOf(n)) - 1;
      candidates.push(index);
    }
    return [index, n.at ?? null, n.deadlineAt ?? null, n.episodeId ?? null, n.subjectId ?? null];
  });
  return { shared: shared.map((w) => w.fields), own };
}

function unpackNotifications<N extends DueNotification>(stored: StoredNotifications): N[] {
  return stored.own.map(([index, ...values]) => {
    const words = stored.shared[index as number]!;
    const n: Fields = {};
    for (const key of Object.keys(words)) {
      const at = (OWN as readonly string[]).indexOf(key);
      n[key] = at === -1 ? words[key] : values[at];
    }
    return n as unknown as N;
  });
}

/** The header as stored: the same answer, its notifications' repeated words once (StoredNotifications). */
export function headerText(header: StoredHeader): string {
  const { evaluation } = header;
  return JSON.stringify({
    ...header,
    evaluation: { ...evaluation, notifications: packNotifications(evaluation.notifications) },
  });
}

/** The header as the engine gave it, from its stored text; a header stored before the packing reads as it is. */
export function parseHeader(text: string): StoredHeader {
  const stored = JSON.parse(text) as Omit<StoredHeader, 'evaluation'> & {
    evaluation: Omit<ChildEvaluation, 'notifications'> & {
      notifications: Notification[] | StoredNotifications;
    };
  };
  const { notifications } = stored.evaluation;
  return {
    ...stored,
    evaluation: {
      ...stored.evaluation,
      notifications: Array.isArray(notifications)
        ? notifications
        : unpackNotifications<Notification>(notifications),
    },
  };
}

/** What is stored ahead of a look-back answer's Due part (lookBack.ts): its inputs' fingerprint, its clocks. */
interface LookBackExtras {
  inputs: string;
  upcoming: readonly UpcomingClock[];
}

/**
 * The Due part as stored, its notifications packed as the header's are; a look-back answer's with its extras first,
 * so that whether it was made from the same inputs is read from the text's start (storedLookBack).
 */
export function duePartText(due: DueEvaluation, extras?: LookBackExtras): string {
  const packed = { ...due, notifications: packNotifications(due.notifications) };
  return JSON.stringify(extras === undefined ? packed : { ...extras, ...packed });
}

type StoredDue = Omit<DueEvaluation, 'notifications'> &
  Partial<LookBackExtras> & { notifications: DueNotification[] | StoredNotifications };

/** The Due part from what was stored, without the extras, in its own order. */
function dueOfStored(stored: StoredDue): DueEvaluation {
  const due: Fields = {};
  for (const [key, value] of Object.entries(stored)) {
    if (key === 'inputs' || key === 'upcoming') continue;
    due[key] =
      key === 'notifications' && !Array.isArray(value)
        ? unpackNotifications(value as StoredNotifications)
        : value;
  }
  return due as unknown as DueEvaluation;
}

/** The Due part from its stored text; one stored before the packing reads as it is. */
export function parseDuePart(text: string): DueEvaluation {
  return dueOfStored(JSON.parse(text) as StoredDue);
}

/** The stored look-back answer, with its clocks, if it was made from these inputs; otherwise null. */
export function storedLookBack(
  text: string,
  inputs: string,
): (DueEvaluation & { upcoming: readonly UpcomingClock[] }) | null {
  if (!text.startsWith(`{"inputs":${JSON.stringify(inputs)},`)) return null;
  const stored = JSON.parse(text) as StoredDue;
  return { ...dueOfStored(stored), upcoming: stored.upcoming ?? [] };
}
