/**
 * What a person has typed during a meeting but not yet added or saved: a decision or an action not yet added, a name
 * or agency in Attendance not yet left, the meeting's details dialog. One store per meeting, one entry per field
 * group, written to localStorage synchronously on every change: a reload, a closed window or a crashed renderer
 * reopens the meeting with the text where it was. (The minutes themselves are saved to the database as they are
 * typed; these are the fields that only reach it when the person presses Enter or Add.)
 *
 * Entries hold strings only and are read back against the shape the field expects, so a stored value from an older
 * version or an edited file cannot put anything but text into a form.
 */

export interface DraftEntry {
  /** Where it was typed, in the page's words ("Decision under 3. Risk assessment"), for the Conclude check. */
  label: string;
  values: Record<string, string>;
  /** Order on the page, for listing. */
  order: number;
}

/** The part of Storage the store needs (localStorage in the app, a Map in unit tests). */
export interface DraftStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

function readEntries(raw: string | null): Map<string, DraftEntry> {
  const out = new Map<string, DraftEntry>();
  if (raw === null) return out;
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return out;
  }
  if (!isRecord(parsed)) return out;
  for (const [key, entry] of Object.entries(parsed)) {
    if (!isRecord(entry) || typeof entry.label !== 'string' || !isRecord(entry.values)) continue;
    const values: Record<string, string> = {};
    for (const [k, v] of Object.entries(entry.values)) if (typeof v === 'string') values[k] = v;
    out.set(key, { label: entry.label, values, order: typeof entry.order === 'number' ? entry.order : 0 });
  }
  return out;
}

export class MeetingDrafts {
  private entries: Map<string, DraftEntry>;
  private readonly listeners = new Set<() => void>();
  private version = 0;

  constructor(
    private readonly storage: DraftStorage | null,
    readonly storageKey: string,
  ) {
    this.entries = readEntries(this.read());
  }

  static keyFor(meetingId: string): string {
    return `homeward.drafts.${meetingId}`;
  }

  /** The stored text for a field group, shaped like `empty`; undefined when nothing is kept for it. */
  get<T extends object>(key: string, empty: T): T | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    const out: Record<string, unknown> = { ...(empty as Record<string, unknown>) };
    for (const k of Object.keys(empty)) if (k in entry.values) out[k] = entry.values[k];
    return out as T;
  }

  put(key: string, label: string, values: object, order = 0): void {
    const strings: Record<string, string> = {};
    for (const [k, v] of Object.entries(values)) if (typeof v === 'string') strings[k] = v;
    this.entries.set(key, { label, values: strings, order });
    this.write();
  }

  remove(key: string): void {
    if (!this.entries.delete(key)) return;
    this.write();
  }

  /** Every field group with text kept, in page order. */
  list(): DraftEntry[] {
    return [...this.entries.values()].sort((a, b) => a.order - b.order || a.label.localeCompare(b.label));
  }

  has(key: string): boolean {
    return this.entries.has(key);
  }

  isEmpty(): boolean {
    return this.entries.size === 0;
  }

  /** Approved minutes cannot take what was typed: the chair was shown the list and chose to go on. */
  clear(): void {
    this.entries.clear();
    this.write();
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Changes on every write, for useSyncExternalStore. */
  getVersion = (): number => this.version;

  private read(): string | null {
    try {
      return this.storage?.getItem(this.storageKey) ?? null;
    } catch {
      return null;
    }
  }

  private write(): void {
    this.version += 1;
    try {
      if (this.entries.size === 0) this.storage?.removeItem(this.storageKey);
      else this.storage?.setItem(this.storageKey, JSON.stringify(Object.fromEntries(this.entries)));
    } catch {
      // Storage full or refused: the text stays in the field (React state) for this page's life.
    }
    for (const listener of this.listeners) listener();
  }
}

/** "3. Risk assessment", and its place on the page, for an item's drafts. */
export function itemPlace(
  items: ReadonlyArray<{ id: string; title: string }>,
  itemId: string,
): { title: string; order: number } {
  const index = items.findIndex((i) => i.id === itemId);
  const item = items[index];
  return { title: item ? `${index + 1}. ${item.title}` : 'an agenda item', order: 1000 + index * 10 };
}
