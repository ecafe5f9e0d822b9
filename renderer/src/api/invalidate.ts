import type { ApiMethod } from '../../../shared/api';
import {
  isQueryMethod,
  MUTATION_INVALIDATES,
  touches,
  type ChangeEvent,
  type QueryMethod,
} from '../../../shared/api/invalidation';
import { queryClient } from './queryClient';

/**
 * Server events are merged over this window before anything refetches: a minute-taker's autosaves (one every few
 * hundred milliseconds) become one refetch of the meeting here, one audited view, not one per keystroke pause.
 */
export const EVENT_MERGE_MS = 250;

let localStale = new Set<QueryMethod>();
let events: ChangeEvent[] = [];
let everything = false;
let timer: ReturnType<typeof setTimeout> | null = null;

function schedule(ms: number): void {
  if (timer !== null) {
    if (ms > 0) return;
    clearTimeout(timer);
  }
  timer = setTimeout(flush, ms);
}

function flush(): void {
  timer = null;
  const local = localStale;
  const heard = events;
  const all = everything;
  localStale = new Set();
  events = [];
  everything = false;
  void queryClient.invalidateQueries({
    predicate: (q) => {
      const [method, input] = q.queryKey as [string, unknown];
      if (!isQueryMethod(method)) return false;
      return all || local.has(method) || heard.some((e) => touches(e, method, input));
    },
  });
}

/** This window's command succeeded: what it makes stale refetches now (merged with anything already due). */
export function afterCommand(method: Exclude<ApiMethod, QueryMethod>): void {
  const stale = MUTATION_INVALIDATES[method];
  if (stale.length === 0) return;
  stale.forEach((m) => localStale.add(m));
  schedule(0);
}

/** Another window's (or server process's) change: only the queries it really touches refetch, merged. */
export function onServerChange(event: ChangeEvent, self: string): void {
  if (event.origin === self) return;
  events.push(event);
  schedule(EVENT_MERGE_MS);
}

/** The stream was away and cannot say what it missed: every query on screen reads again, once. */
export function invalidateEverything(): void {
  everything = true;
  schedule(EVENT_MERGE_MS);
}
