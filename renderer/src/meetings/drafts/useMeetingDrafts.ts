import { useEffect, useState } from 'react';
import { MeetingDrafts, type DraftStorage } from './meetingDrafts';

/** localStorage outlives the tab and the window (sessionStorage would not); null where the browser refuses it. */
function localStore(): DraftStorage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/**
 * The meeting's draft store, made once per meeting page. While it holds anything, closing or reloading the window
 * asks first ("leave?"), as it does for minutes still on their way: the text is kept either way, but the person
 * learns that something typed was never added.
 */
export function useMeetingDrafts(meetingId: string): MeetingDrafts {
  const [drafts] = useState(() => new MeetingDrafts(localStore(), MeetingDrafts.keyFor(meetingId)));
  useEffect(() => {
    const onBeforeUnload = (e: BeforeUnloadEvent) => {
      if (drafts.isEmpty()) return;
      e.preventDefault();
      // Older Chromium (and Electron's) only ask when returnValue is set.
      e.returnValue = '';
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [drafts]);
  return drafts;
}
