import { Alert, AlertTitle, Box, Button, Stack } from '@mui/material';
import { useEffect, useSyncExternalStore } from 'react';
import type { Outbox, OutboxEntry } from './outbox';

const EMPTY = { waiting: 0, refused: [] as readonly OutboxEntry[] };

const plural = (n: number) => `${n} change${n === 1 ? '' : 's'}`;

/** A decision as sent: its text alone, or its text and why (issue 14), so a refused rationale is shown too. */
function decisionLine(d: unknown): string {
  if (typeof d === 'string') return d;
  const { decision, rationale } = (d ?? {}) as { decision?: unknown; rationale?: unknown };
  const text = typeof decision === 'string' ? decision : '';
  return typeof rationale === 'string' && rationale ? `${text} (why: ${rationale})` : text;
}

/** The words a refused save is shown with: what it was and, for minutes, the text, so nothing typed is lost. */
function describe(e: OutboxEntry): { what: string; text: string | null } {
  const input = e.input as { minutes?: unknown; decisions?: unknown };
  if (e.method === 'meetings.saveItemMinutes' && typeof input.minutes === 'string')
    return { what: 'Minutes of an agenda item', text: input.minutes };
  if (e.method === 'meetings.saveItemDecisions' && Array.isArray(input.decisions))
    return { what: 'Decisions of an agenda item', text: input.decisions.map(decisionLine).join('\n') };
  return { what: 'A change to a meeting', text: null };
}

/**
 * "3 changes waiting to be sent": shown while saves wait for the server, with a warning before the window is
 * closed; and any save the server refused after a reload (someone else saved the item first), with its text.
 */
export function OfflineBanner({ outbox }: { outbox: Outbox | null }) {
  const summary = useSyncExternalStore(
    outbox?.subscribe ?? (() => () => undefined),
    outbox?.getSummary ?? (() => EMPTY),
  );
  const waiting = summary.waiting;
  useEffect(() => {
    if (waiting === 0) return;
    const warn = (e: BeforeUnloadEvent) => {
      e.preventDefault();
      // Older Chromium (and Electron's) only ask when returnValue is set.
      e.returnValue = '';
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [waiting]);
  if (waiting === 0 && summary.refused.length === 0) return null;
  return (
    <Box sx={{ px: { xs: 1, sm: 2, md: 3 }, pt: 2 }}>
      {waiting > 0 && (
        <Alert severity="warning" role="status" data-testid="offline-banner">
          <AlertTitle sx={{ mb: 0 }}>{plural(waiting)} waiting to be sent</AlertTitle>
          Homeward’s server cannot be reached. Keep typing: everything is kept on this computer and sent, in
          order, when the connection comes back. Do not close this window until this message has gone.
        </Alert>
      )}
      {summary.refused.map((e) => {
        const { what, text } = describe(e);
        return (
          <Alert key={e.seq} severity="error" sx={{ mt: 1 }} data-testid="offline-refused">
            <AlertTitle>Not saved: {what}, sent when the connection came back</AlertTitle>
            {e.refused?.message}
            {text !== null && <Box sx={{ whiteSpace: 'pre-wrap', my: 1, fontFamily: 'inherit' }}>{text}</Box>}
            <Stack direction="row" sx={{ gap: 1 }}>
              {text !== null && (
                <Button
                  size="small"
                  variant="outlined"
                  onClick={() => void navigator.clipboard.writeText(text)}
                >
                  Copy the text
                </Button>
              )}
              <Button size="small" onClick={() => void outbox?.dismiss(e.seq!)}>
                Dismiss
              </Button>
            </Stack>
          </Alert>
        );
      })}
    </Box>
  );
}
