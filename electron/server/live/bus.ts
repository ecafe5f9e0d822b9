import pg from 'pg';
import type { ChangeEvent } from '../../../shared/api/invalidation';

/** Someone typing in one item of a meeting: ephemeral, carried by the bus, never stored. */
export interface PresencePing {
  meetingId: string;
  itemId: string;
  /** The agenda item's number as the page shows it ("item 3"). */
  itemNumber: number;
  /** The name the meeting page shows ("C. Example"): never a child's detail. */
  name: string;
  /** One window: the page ignores its own pings and a window's later ping replaces its earlier one. */
  session: string;
  /** False when the window stopped typing there (left the item, closed the page). */
  typing: boolean;
}

export type BusMessage =
  | { kind: 'change'; event: ChangeEvent }
  | { kind: 'presence'; presence: PresencePing }
  /** The bus may have missed messages (its database connection was lost and made again): refresh everything. */
  | { kind: 'reset' };

export interface ChangeBus {
  /** Delivered to every subscriber of every process on the same bus, this one's included. */
  publish(message: BusMessage): Promise<void>;
  subscribe(listener: (message: BusMessage) => void): () => void;
  close(): Promise<void>;
}

/** One process on SQLite (the desktop app, browser mode): subscribers hear publishes directly. */
export function memoryBus(): ChangeBus {
  const listeners = new Set<(m: BusMessage) => void>();
  return {
    publish(message) {
      for (const l of listeners) l(message);
      return Promise.resolve();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close: () => Promise.resolve(),
  };
}

/** The PostgreSQL channel every Homeward process on one database listens on. */
export const CHANNEL = 'homeward_changes';

/** NOTIFY payloads must stay under 8000 bytes; a larger event is sent as "refresh everything" instead. */
const MAX_PAYLOAD = 7000;

const parse = (payload: string | undefined): BusMessage | null => {
  try {
    const m = JSON.parse(payload ?? '') as BusMessage;
    return m.kind === 'change' || m.kind === 'presence' || m.kind === 'reset' ? m : null;
  } catch {
    return null;
  }
};

/**
 * Several server processes on one PostgreSQL database: each publish is a NOTIFY, and each process LISTENs on a
 * dedicated connection (a pooled one would be handed to queries and lose the LISTEN), so a save through any process
 * reaches the windows connected to every other. Nothing is kept in one process's memory that another needs.
 * If the listening connection drops, it is made again and subscribers hear 'reset' (notifications sent meanwhile
 * are lost, so every window refreshes what it shows).
 */
export async function postgresBus(url: string, options: { retryMs?: number } = {}): Promise<ChangeBus> {
  const listeners = new Set<(m: BusMessage) => void>();
  const deliver = (m: BusMessage) => listeners.forEach((l) => l(m));
  let closed = false;
  let listener: pg.Client | null = null;
  const sender = new pg.Client({ connectionString: url });
  sender.on('error', () => undefined);
  await sender.connect();
  // One sender, one publish at a time: events leave in the order the commits happened.
  let queue: Promise<unknown> = Promise.resolve();

  async function listen(): Promise<void> {
    const client = new pg.Client({ connectionString: url });
    client.on('notification', (n) => {
      if (n.channel !== CHANNEL) return;
      const m = parse(n.payload);
      if (m) deliver(m);
    });
    client.on('error', () => {
      if (closed || listener !== client) return;
      listener = null;
      void client.end().catch(() => undefined);
      setTimeout(() => void reconnect(), options.retryMs ?? 1000);
    });
    await client.connect();
    await client.query(`LISTEN ${CHANNEL}`);
    listener = client;
  }

  async function reconnect(): Promise<void> {
    if (closed) return;
    try {
      await listen();
      deliver({ kind: 'reset' });
    } catch {
      setTimeout(() => void reconnect(), options.retryMs ?? 1000);
    }
  }

  await listen();
  return {
    publish(message) {
      let payload = JSON.stringify(message);
      if (payload.length > MAX_PAYLOAD) payload = JSON.stringify({ kind: 'reset' } satisfies BusMessage);
      const sent = queue.then(() => sender.query('SELECT pg_notify($1, $2)', [CHANNEL, payload]));
      queue = sent.catch(() => undefined);
      return sent.then(() => undefined);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async close() {
      closed = true;
      listeners.clear();
      await Promise.allSettled([listener?.end(), sender.end()]);
    },
  };
}

/** The bus for a backend's database: LISTEN/NOTIFY on PostgreSQL, in-process on SQLite. */
export const createBus = (databaseUrl?: string): Promise<ChangeBus> =>
  databaseUrl ? postgresBus(databaseUrl) : Promise.resolve(memoryBus());
