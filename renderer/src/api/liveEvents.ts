import type { ChangeEvent } from '../../../shared/api/invalidation';
import { liveTransport } from './client';
import { WINDOW_ID } from './httpAdapter';
import { invalidateEverything, onServerChange } from './invalidate';
import { presence, PRESENCE_PING_MS, type Typing } from './presence';

/** After the stream drops, how long before it is opened again (with a fresh ticket). */
const RECONNECT_MS = 2_000;

/**
 * Keeps one event stream open to the server for this window: change events run the invalidation map, presence
 * feeds the "typing" line. When the stream drops it is opened again with the last event id seen, so the server
 * replays what was missed or says to refresh everything. Returns a stop function; does nothing in the desktop app.
 */
export function startLiveEvents(): () => void {
  const transport = liveTransport;
  if (!transport) return () => undefined;
  let stopped = false;
  let source: EventSource | null = null;
  let last = '';
  let everConnected = false;

  const connect = async () => {
    const es = await transport.openEvents(last);
    if (stopped) return es?.close();
    if (!es) return void setTimeout(() => void connect(), RECONNECT_MS);
    source = es;
    const remember = (e: MessageEvent) => {
      if (e.lastEventId) last = e.lastEventId;
    };
    es.addEventListener('hello', (e) => {
      // A first stream after a gap with no id to resume from: whatever changed meanwhile is unknown.
      if (everConnected && !last) invalidateEverything();
      everConnected = true;
      remember(e);
    });
    es.addEventListener('change', (e) => {
      remember(e);
      onServerChange(JSON.parse(e.data as string) as ChangeEvent, WINDOW_ID);
    });
    es.addEventListener('invalidate', () => invalidateEverything());
    es.addEventListener('presence', (e) => {
      presence.heard(
        JSON.parse(e.data as string) as Omit<Typing, 'heardAt'> & { typing: boolean },
        WINDOW_ID,
      );
    });
    es.onerror = () => {
      // EventSource would retry with the same (soon expired) ticket; open a new stream ourselves instead.
      es.close();
      if (source === es) source = null;
      if (!stopped) setTimeout(() => void connect(), RECONNECT_MS);
    };
  };
  void connect();
  return () => {
    stopped = true;
    source?.close();
  };
}

let lastPing = { key: '', at: 0 };

/** The minute-taker typed in an item: tell the other windows, at most every PRESENCE_PING_MS. */
export function pingTyping(meetingId: string, itemId: string, itemNumber: number): void {
  const key = `${meetingId}|${itemId}`;
  const now = Date.now();
  if (lastPing.key === key && now - lastPing.at < PRESENCE_PING_MS) return;
  lastPing = { key, at: now };
  liveTransport?.sendPresence({ meetingId, itemId, itemNumber, typing: true });
}

/** Left the item (blur): the other windows drop the line now rather than after the time-out. */
export function stopTyping(meetingId: string, itemId: string, itemNumber: number): void {
  if (lastPing.key !== `${meetingId}|${itemId}`) return;
  lastPing = { key: '', at: 0 };
  liveTransport?.sendPresence({ meetingId, itemId, itemNumber, typing: false });
}
