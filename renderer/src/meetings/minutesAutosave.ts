import type { MinutesSaved } from '../../../shared/api/meetings';
import type { ApiErrorCode } from '../../../shared/api/result';

/** How long typing may pause before the minutes are saved. */
export const AUTOSAVE_DEBOUNCE_MS = 300;

/** The version of an item someone else saved, offered beside the local text when a save is refused as stale. */
export interface TheirVersion {
  minutes: string;
  revision: number;
  savedAt: string | null;
}

export type SaveState =
  | { kind: 'saved' }
  | { kind: 'pending' }
  | { kind: 'saving' }
  | { kind: 'failed'; message: string }
  | { kind: 'conflict'; message: string; theirs: TheirVersion | null }
  | { kind: 'locked'; message: string };

/** What an editor shows for one item; a new object on every change (useSyncExternalStore compares by identity). */
export interface ItemSnapshot {
  text: string;
  revision: number;
  savedAt: string | null;
  state: SaveState;
}

/** What the page-level indicator shows. */
export interface Summary {
  unsaved: number;
  saving: boolean;
  failed: number;
  conflicts: number;
  locked: boolean;
  lastSavedAt: string | null;
}

export interface AutosaveBackend {
  save(itemId: string, minutes: string, baseRevision: number): Promise<MinutesSaved>;
  /** Typed while this item's save has not answered (it may be waiting in the offline queue for the server). */
  typedWhileSaving?(itemId: string, minutes: string): void;
  /** The item as it is stored now (after a conflict). */
  fetch(itemId: string): Promise<TheirVersion>;
}

/** Thrown errors are read for their code and message only: ApiCallError carries both. */
interface CodedError {
  error: { code: ApiErrorCode; message: string };
}
const isCoded = (e: unknown): e is CodedError =>
  typeof e === 'object' && e !== null && 'error' in e && typeof (e as CodedError).error?.code === 'string';

interface Entry {
  /** What the minute-taker sees and types into: never replaced by a save's answer or a failure. */
  text: string;
  /** The stored revision `savedText` is; the next save is based on it. */
  revision: number;
  savedText: string;
  savedAt: string | null;
  state: SaveState;
  timer: ReturnType<typeof setTimeout> | null;
  inFlight: Promise<void> | null;
  /** A flush asked for while a save was in flight: save again when it lands. */
  again: boolean;
  snapshot: ItemSnapshot;
}

/**
 * The minutes of one meeting as they are typed. Each item saves ~300 ms after the last keystroke, and at once when
 * flushed (blur, switching item, hiding or leaving the page). One save per item is in flight at a time, each based on
 * the revision the previous answer gave; typing during a save is saved when it lands.
 *
 * A failed save never touches the text: the item shows why, and the next keystroke (or Retry) tries again. A stale
 * revision ('conflict': saved from another window) stops autosave for that item until the minute-taker chooses to
 * take the stored text or to save theirs over it; their text stays in the editor meanwhile.
 */
export class MinutesAutosave {
  private readonly entries = new Map<string, Entry>();
  private readonly listeners = new Set<() => void>();
  private summary: Summary = {
    unsaved: 0,
    saving: false,
    failed: 0,
    conflicts: 0,
    locked: false,
    lastSavedAt: null,
  };

  constructor(private readonly backend: AutosaveBackend) {}

  /** Takes the stored minutes of items this window has nothing unsaved for; leaves the rest as typed. */
  seed(
    items: ReadonlyArray<{ id: string; minutes: string; revision: number; savedAt: string | null }>,
  ): void {
    for (const item of items) {
      const e = this.entries.get(item.id);
      if (!e) {
        this.entries.set(item.id, this.fresh(item.minutes, item.revision, item.savedAt));
        continue;
      }
      const clean = e.text === e.savedText && e.inFlight === null && e.state.kind === 'saved';
      if (clean && item.revision > e.revision) {
        Object.assign(e, {
          text: item.minutes,
          savedText: item.minutes,
          revision: item.revision,
          savedAt: item.savedAt,
        });
        this.touch(e);
      }
    }
    this.changed();
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  get(itemId: string): ItemSnapshot | undefined {
    return this.entries.get(itemId)?.snapshot;
  }

  getSummary = (): Summary => this.summary;

  /** True while any typed text is not yet stored (the page warns before it is closed). */
  hasUnsaved(): boolean {
    return [...this.entries.values()].some((e) => e.text !== e.savedText || e.inFlight !== null);
  }

  edit(itemId: string, text: string): void {
    const e = this.entries.get(itemId);
    if (!e || e.text === text) return;
    e.text = text;
    if (e.inFlight !== null) this.backend.typedWhileSaving?.(itemId, text);
    // A conflict waits for the minute-taker's choice; a lock cannot be saved through. Either way the text is kept.
    if (e.state.kind !== 'conflict' && e.state.kind !== 'locked') {
      if (e.state.kind !== 'saving') e.state = { kind: 'pending' };
      this.schedule(itemId, e);
    }
    this.touch(e);
    this.changed();
  }

  /** Saves an item now if it has unsaved text; resolves when everything typed so far is stored or refused. */
  flush(itemId: string): Promise<void> {
    const e = this.entries.get(itemId);
    if (!e) return Promise.resolve();
    if (e.timer !== null) {
      clearTimeout(e.timer);
      e.timer = null;
    }
    if (e.state.kind === 'conflict' || e.state.kind === 'locked') return Promise.resolve();
    if (e.inFlight) {
      e.again = true;
      return e.inFlight.then(() => this.flush(itemId));
    }
    if (e.text === e.savedText) {
      if (e.state.kind !== 'saved') {
        e.state = { kind: 'saved' };
        this.touch(e);
        this.changed();
      }
      return Promise.resolve();
    }
    e.inFlight = this.send(itemId, e);
    return e.inFlight;
  }

  flushAll(): Promise<void> {
    return Promise.all([...this.entries.keys()].map((id) => this.flush(id))).then(() => undefined);
  }

  retry(itemId: string): Promise<void> {
    const e = this.entries.get(itemId);
    if (e?.state.kind === 'failed') {
      e.state = { kind: 'pending' };
      this.touch(e);
      this.changed();
    }
    return this.flush(itemId);
  }

  /** After a conflict: the stored text replaces this window's (the minute-taker chose it). */
  async takeTheirs(itemId: string): Promise<void> {
    const e = this.entries.get(itemId);
    if (!e) return;
    const theirs = await this.backend.fetch(itemId);
    Object.assign(e, {
      text: theirs.minutes,
      savedText: theirs.minutes,
      revision: theirs.revision,
      savedAt: theirs.savedAt,
      state: { kind: 'saved' },
    });
    this.touch(e);
    this.changed();
  }

  /** After a conflict: this window's text is saved over the stored version, based on its current revision. */
  async keepMine(itemId: string): Promise<void> {
    const e = this.entries.get(itemId);
    if (!e) return;
    const theirs = await this.backend.fetch(itemId);
    Object.assign(e, { revision: theirs.revision, savedText: theirs.minutes, state: { kind: 'pending' } });
    this.touch(e);
    this.changed();
    await this.flush(itemId);
  }

  /**
   * After a conflict: both texts kept, theirs first (it was saved first) and this window's below it, saved over the
   * stored version; the minute-taker then tidies the item as one.
   */
  async keepBoth(itemId: string): Promise<void> {
    const e = this.entries.get(itemId);
    if (!e) return;
    const theirs = await this.backend.fetch(itemId);
    const mine = e.text;
    const text =
      theirs.minutes.trim() === ''
        ? mine
        : mine.trim() === ''
          ? theirs.minutes
          : `${theirs.minutes}\n\n${mine}`;
    Object.assign(e, {
      text,
      revision: theirs.revision,
      savedText: theirs.minutes,
      state: { kind: 'pending' },
    });
    this.touch(e);
    this.changed();
    await this.flush(itemId);
  }

  private schedule(itemId: string, e: Entry): void {
    if (e.timer !== null) clearTimeout(e.timer);
    e.timer = setTimeout(() => {
      e.timer = null;
      void this.flush(itemId);
    }, AUTOSAVE_DEBOUNCE_MS);
  }

  private async send(itemId: string, e: Entry): Promise<void> {
    const sent = e.text;
    e.state = { kind: 'saving' };
    e.again = false;
    this.touch(e);
    this.changed();
    try {
      const saved = await this.backend.save(itemId, sent, e.revision);
      Object.assign(e, { revision: saved.revision, savedText: sent, savedAt: saved.savedAt });
      e.state = e.text === sent ? { kind: 'saved' } : { kind: 'pending' };
    } catch (error) {
      e.state = this.refusal(error);
    } finally {
      e.inFlight = null;
    }
    this.touch(e);
    this.changed();
    if (e.state.kind === 'conflict') void this.loadTheirs(itemId, e);
    // Typed during the save: save again now if a flush was asked for, else the debounce timer (already set) will.
    if (e.state.kind === 'pending' && (e.again || e.timer === null)) await this.flush(itemId);
  }

  private refusal(error: unknown): SaveState {
    if (isCoded(error)) {
      const { code, message } = error.error;
      if (code === 'conflict') return { kind: 'conflict', message, theirs: null };
      if (code === 'locked') return { kind: 'locked', message };
      return { kind: 'failed', message };
    }
    return {
      kind: 'failed',
      message: error instanceof Error ? error.message : 'The save did not reach Homeward.',
    };
  }

  private async loadTheirs(itemId: string, e: Entry): Promise<void> {
    try {
      const theirs = await this.backend.fetch(itemId);
      if (e.state.kind === 'conflict') {
        e.state = { ...e.state, theirs };
        this.touch(e);
        this.changed();
      }
    } catch {
      // The choice still works without the preview: both buttons fetch the stored version themselves.
    }
  }

  private fresh(minutes: string, revision: number, savedAt: string | null): Entry {
    const e: Entry = {
      text: minutes,
      revision,
      savedText: minutes,
      savedAt,
      state: { kind: 'saved' },
      timer: null,
      inFlight: null,
      again: false,
      snapshot: { text: minutes, revision, savedAt, state: { kind: 'saved' } },
    };
    return e;
  }

  private touch(e: Entry): void {
    e.snapshot = { text: e.text, revision: e.revision, savedAt: e.savedAt, state: e.state };
  }

  private changed(): void {
    const all = [...this.entries.values()];
    const lastSavedAt = all.reduce<string | null>(
      (max, e) => (e.savedAt !== null && (max === null || e.savedAt > max) ? e.savedAt : max),
      null,
    );
    const next: Summary = {
      unsaved: all.filter((e) => e.text !== e.savedText).length,
      saving: all.some((e) => e.inFlight !== null),
      failed: all.filter((e) => e.state.kind === 'failed').length,
      conflicts: all.filter((e) => e.state.kind === 'conflict').length,
      locked: all.some((e) => e.state.kind === 'locked'),
      lastSavedAt,
    };
    const s = this.summary;
    const same = (Object.keys(next) as Array<keyof Summary>).every((k) => next[k] === s[k]);
    if (!same) this.summary = next;
    for (const listener of this.listeners) listener();
  }
}
