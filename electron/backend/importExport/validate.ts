import type { z } from 'zod';
import type { FieldIssue } from '../../../shared/api/result';
import { childInputSchema, type ChildInput } from '../../../shared/domain/child';
import { episodeInputSchema, type EpisodeInput } from '../../../shared/domain/episode';
import { checkEpisode } from '../../../shared/domain/episodeChecks';
import { formatUkDate, toStoredInstant } from '../../../shared/time/london';
import { normaliseEpisode } from '../episodes/save';
import { fromZod } from '../errors';
import { orderedIds } from '../ids';
import { quickChildInput, quickEpisodeInput } from './quickInput';
import type { ParsedRow, RowReader } from './rows';
import type { HeldChild, HeldSpan } from './held';

/** A child as the import sees it: held in the database, or to be created by the first row that names it. */
export interface ImportChild {
  id: string;
  dateOfBirth: string;
  /** Set for a child the file creates; inserted with its first imported episode. */
  create: ChildInput | null;
  /** Saved episodes plus those imported so far: what overlap and duplicate checks compare with. */
  spans: HeldSpan[];
  keys: Set<string>;
}

export type RowDecision =
  | { kind: 'import'; child: ImportChild; caseReference: string; episode: EpisodeInput }
  | { kind: 'duplicate' }
  | { kind: 'rejected'; issues: FieldIssue[] };

/** "Same child, category and reported at" is one episode: the key that makes a re-import add nothing twice. */
const keyOf = (category: string, reportedAt: string): string => `${category}|${reportedAt}`;

const sentence = (message: string): string => (/[.!?)]$/.test(message) ? message : `${message}.`);

/** Zod's issues, named by the file's columns and ending as sentences. */
const issuesFrom = (error: z.ZodError, reader: RowReader): FieldIssue[] =>
  (fromZod(error).issues ?? []).map((i) => ({
    field: reader.columnOf(i.field),
    message: sentence(i.message),
  }));

/**
 * The import's memory of children and their episodes. The children the file names were read from the database once,
 * before the first row (readHeldChildren); their episodes live here and grow with every accepted row, so that a row
 * is checked against the database and against earlier rows of the same file without querying again.
 */
export class ImportState {
  private readonly byCaseReference = new Map<string, ImportChild>();
  /** The file's new children's and episodes' ids, in file order (ids.ts orderedIds). */
  readonly nextId = orderedIds();
  /** Instants in their stored form (toStoredInstant), each worked out once: a file repeats the same dates. */
  private readonly storedInstants = new Map<string, string>();

  constructor(
    /** The children the file names that Homeward holds, by case reference, with their saved episodes. */
    private readonly saved: Map<string, HeldChild & { spans: HeldSpan[] }>,
    /** The backend's now, fixed for the whole file: "not in the future" means the same for every row. */
    private readonly now: string,
  ) {}

  /** Children read from the database for the next chunk of rows. */
  addHeld(children: ReadonlyMap<string, HeldChild & { spans: HeldSpan[] }>): void {
    for (const [caseReference, child] of children) this.saved.set(caseReference, child);
  }

  /** Whether this case reference was already read, or created by an earlier row of the file. */
  knows(caseReference: string): boolean {
    return this.saved.has(caseReference) || this.byCaseReference.has(caseReference);
  }

  private held(caseReference: string): ImportChild | undefined {
    let child = this.byCaseReference.get(caseReference);
    if (!child) {
      const row = this.saved.get(caseReference);
      if (!row) return undefined;
      const { spans } = row;
      child = {
        id: row.id,
        dateOfBirth: row.dateOfBirth,
        create: null,
        spans,
        keys: new Set(spans.map((s) => keyOf(s.category, s.reportedAt))),
      };
      this.byCaseReference.set(caseReference, child);
    }
    return child;
  }

  /** The child a row names: held (its date of birth must match) or to be created (checked as the form checks it). */
  private childFor(row: ParsedRow, reader: RowReader): ImportChild | FieldIssue[] {
    const held = this.held(row.caseReference);
    if (held) {
      if (held.dateOfBirth === row.dateOfBirth) return held;
      const message = `does not match the date of birth Homeward holds for ${row.caseReference} (${formatUkDate(held.dateOfBirth)}).`;
      return [{ field: reader.columnOf('dateOfBirth'), message }];
    }
    // A plain child is taken as the schema would give it back (quickInput.ts); any other goes through the schema.
    let create = quickChildInput(row.newChild);
    if (!create) {
      const parsed = childInputSchema.safeParse(row.newChild);
      if (!parsed.success) return issuesFrom(parsed.error, reader);
      create = parsed.data;
    }
    return { id: this.nextId(), dateOfBirth: row.dateOfBirth, create, spans: [], keys: new Set() };
  }

  /** Runs a parsed row through the checks on save: the zod schemas, then `checkEpisode` as the forms do. */
  decide(row: ParsedRow, reader: RowReader): RowDecision {
    const child = this.childFor(row, reader);
    if (Array.isArray(child)) return { kind: 'rejected', issues: child };
    const input = { ...row.episode, childId: child.id };
    let checked = quickEpisodeInput(input);
    if (!checked) {
      const parsed = episodeInputSchema.safeParse(input);
      if (!parsed.success) return { kind: 'rejected', issues: issuesFrom(parsed.error, reader) };
      checked = parsed.data;
    }
    const episode = this.normalised(checked);
    if (child.keys.has(keyOf(episode.category, episode.reportedAt))) return { kind: 'duplicate' };

    const issues = checkEpisode(episode, {
      dateOfBirth: child.dateOfBirth,
      otherEpisodes: child.spans,
      now: this.now,
    });
    if (issues.length === 0) return { kind: 'import', child, caseReference: row.caseReference, episode };
    const explain = (message: string) =>
      reader.futureNote && message.includes('in the future') ? `${message} ${reader.futureNote}` : message;
    return {
      kind: 'rejected',
      issues: issues.map((i) => ({ field: reader.columnOf(i.field), message: explain(i.message) })),
    };
  }

  private storedInstant(iso: string | null): string | null {
    if (iso === null) return null;
    let stored = this.storedInstants.get(iso);
    if (stored === undefined) {
      stored = toStoredInstant(iso);
      this.storedInstants.set(iso, stored);
    }
    return stored;
  }

  /**
   * `normaliseEpisode`, without its copy when every instant is stored as it is already (a file's dates are read as
   * UTC instants, fieldReaders.ts): 100,000 rows made 200,000 objects and 200,000 dates only to give the same values.
   * `e` is the row's own checked input, which nothing else holds.
   */
  private normalised(e: EpisodeInput): EpisodeInput {
    const ri = e.returnInterview;
    const same =
      this.storedInstant(e.reportedAt) === e.reportedAt &&
      this.storedInstant(e.lastSeenAt) === e.lastSeenAt &&
      this.storedInstant(e.foundAt) === e.foundAt &&
      this.storedInstant(ri.offeredAt) === ri.offeredAt &&
      this.storedInstant(ri.heldAt) === ri.heldAt;
    return same ? e : normaliseEpisode(e);
  }

  /** Records an imported episode, so later rows of the file are checked against it. */
  accept(child: ImportChild, caseReference: string, episodeId: string, episode: EpisodeInput): void {
    this.byCaseReference.set(caseReference, child);
    child.spans.push({
      id: episodeId,
      category: episode.category,
      reportedAt: episode.reportedAt,
      foundAt: episode.foundAt,
    });
    child.keys.add(keyOf(episode.category, episode.reportedAt));
  }
}
