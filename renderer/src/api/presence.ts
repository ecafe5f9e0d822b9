import { useSyncExternalStore } from 'react';

/** How long a "typing" line stays after the last ping from that window. */
export const PRESENCE_TTL_MS = 6_000;
/** A typing window pings at most this often. */
export const PRESENCE_PING_MS = 2_000;

export interface Typing {
  session: string;
  meetingId: string;
  itemId: string;
  itemNumber: number;
  name: string;
  /** When this window last heard the ping (its own clock; presence is never compared across machines). */
  heardAt: number;
}

/**
 * Who is typing where, as heard from the event stream: ephemeral, in memory only, one entry per other window,
 * dropped when that window says it stopped or falls silent for PRESENCE_TTL_MS.
 */
class PresenceStore {
  private typing = new Map<string, Typing>();
  private listeners = new Set<() => void>();
  private snapshot: readonly Typing[] = [];
  private sweeper: ReturnType<typeof setInterval> | null = null;

  subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    this.sweeper ??= setInterval(() => this.sweep(), 1_000);
    return () => {
      this.listeners.delete(listener);
      if (this.listeners.size === 0 && this.sweeper !== null) {
        clearInterval(this.sweeper);
        this.sweeper = null;
      }
    };
  };

  get = () => this.snapshot;

  heard(ping: Omit<Typing, 'heardAt'> & { typing: boolean }, self: string): void {
    if (ping.session === self) return;
    if (ping.typing) {
      const { session, meetingId, itemId, itemNumber, name } = ping;
      this.typing.set(session, { session, meetingId, itemId, itemNumber, name, heardAt: Date.now() });
    } else this.typing.delete(ping.session);
    this.changed();
  }

  private sweep(): void {
    const cutoff = Date.now() - PRESENCE_TTL_MS;
    let dropped = false;
    for (const [k, t] of this.typing) {
      if (t.heardAt < cutoff) {
        this.typing.delete(k);
        dropped = true;
      }
    }
    if (dropped) this.changed();
  }

  private changed(): void {
    this.snapshot = [...this.typing.values()];
    this.listeners.forEach((l) => l());
  }
}

export const presence = new PresenceStore();

/** The other people typing in this meeting now. */
export function useTyping(meetingId: string): Typing[] {
  const all = useSyncExternalStore(presence.subscribe, presence.get);
  return all.filter((t) => t.meetingId === meetingId);
}
