import { Alert, Box, Button, Link, Paper, Snackbar, Tab, Tabs } from '@mui/material';
import { useMemo, useRef, useState } from 'react';
import type { MeetingRecord, MeetingStatus } from '../../../shared/domain/meeting';
import { isLocked } from '../../../shared/meetings/lifecycle';
import { href } from '../app/router';
import { STICKY_BAR_MEDIA, useStickyHeight } from '../app/stickyLayout';
import { AgendaTab } from './agenda/AgendaTab';
import { AttendanceTab } from './attendance/AttendanceTab';
import { ChildFocusContext, type ChildFocus } from './childFocus';
import { ChronologyDrawer } from './ChronologyDrawer';
import { CompactMeetingHeader } from './CompactMeetingHeader';
import { useMeetingDrafts } from './drafts/useMeetingDrafts';
import { LockBanner } from './LockBanner';
import { errorMessage, MeetingContext, type MeetingContextValue } from './meetingContext';
import { MeetingHeader } from './MeetingHeader';
import { PackTab } from './pack/PackTab';
import { PresenceLine } from './PresenceLine';
import { SaveIndicator } from './SaveIndicator';
import { useMinutesAutosave } from './useMinutesAutosave';
import { useSessionState } from './useSessionState';

const TABS = ['pack', 'attendance', 'agenda'] as const;
type TabName = (typeof TABS)[number];
const isTab = (v: string): v is TabName => (TABS as readonly string[]).includes(v);

/** Before the meeting the chair reads the pack; once it starts, the agenda is where the work is. */
const defaultTab = (status: MeetingStatus): TabName => (status === 'draft' ? 'pack' : 'agenda');

interface Props {
  record: MeetingRecord;
  reload: () => void;
  reloading: boolean;
  loadError: string | null;
}

/** The meeting screen: the header, then the pack, attendance and the agenda in run mode. */
export function MeetingView({ record: loaded, reload, reloading, loadError }: Props) {
  // The record as this page knows it: loaded, then updated by each save's answer (a reload replaces it).
  const [record, setRecord] = useState(loaded);
  const [seen, setSeen] = useState(loaded);
  if (loaded !== seen) {
    setSeen(loaded);
    setRecord(loaded);
  }
  const id = record.meeting.id;
  const locked = isLocked(record.meeting.status);
  const autosave = useMinutesAutosave(id, record.items, reload);
  const drafts = useMeetingDrafts(id);
  const [tab, setTab] = useSessionState<TabName>(
    `homeward.meeting.${id}.tab`,
    defaultTab(record.meeting.status),
    isTab,
  );
  const [focusedChild, setFocusedChild] = useSessionState<string>(
    `homeward.meeting.${id}.child`,
    record.children[0]?.id ?? '',
    (v): v is string => record.children.some((c) => c.id === v),
  );
  // A child taken off the review is no longer one to show: the first child is.
  const childId = record.children.some((c) => c.id === focusedChild)
    ? focusedChild
    : (record.children[0]?.id ?? null);
  const childFocus = useMemo<ChildFocus>(
    () => ({ childId, setChildId: setFocusedChild }),
    [childId, setFocusedChild],
  );
  const [problem, setProblem] = useState<string | null>(null);
  const [chronologyOpen, setChronologyOpen] = useState(false);
  // Bumped when the meeting starts: the agenda opens with the cursor in the first item's minutes.
  const [focusRequest, setFocusRequest] = useState(0);
  // In run mode the header folds to two lines; the chair can open it for the reason and the exports.
  const [headerOpen, setHeaderOpen] = useState(false);
  const tabBar = useRef<HTMLDivElement>(null);
  useStickyHeight(tabBar, '--homeward-sticky-extra');
  const onStarted = () => {
    setTab('agenda');
    setFocusRequest((n) => n + 1);
  };

  const context = useMemo<MeetingContextValue>(
    () => ({
      record,
      update: (f) => setRecord(f),
      reload,
      fail: (e) => setProblem(errorMessage(e)),
      autosave,
      drafts,
      locked,
    }),
    [record, reload, autosave, drafts, locked],
  );

  const attended = record.attendees.filter((a) => a.status === 'attended').length;
  const firstChild = record.children[0];
  return (
    <MeetingContext.Provider value={context}>
      <ChildFocusContext.Provider value={childFocus}>
        <Box>
          <Box sx={{ display: 'flex', columnGap: 2, flexWrap: 'wrap', mb: 1 }}>
            <Link href={href({ name: 'due' })} underline="hover" sx={{ whiteSpace: 'nowrap' }}>
              ← Due
            </Link>
            {firstChild && record.children.length === 1 && (
              <Link href={href({ name: 'child', id: firstChild.id })} underline="hover">
                ← {firstChild.givenName} {firstChild.familyName}’s record
              </Link>
            )}
          </Box>
          {loadError && (
            <Alert severity="warning" sx={{ mb: 2 }}>
              Showing the meeting as last loaded: {loadError}
            </Alert>
          )}
          {tab === 'agenda' && !headerOpen ? (
            <CompactMeetingHeader onStarted={onStarted} onExpand={() => setHeaderOpen(true)} />
          ) : (
            <MeetingHeader
              onStarted={onStarted}
              onCollapse={tab === 'agenda' ? () => setHeaderOpen(false) : null}
            />
          )}
          {locked && <LockBanner />}
          <Paper
            ref={tabBar}
            sx={{
              // Below the app bar (its height, at any zoom), so the tabs and the save indicator stay in view while the
              // minutes scroll; on a small or zoomed window there is no room to spare and it scrolls with the page.
              position: 'static',
              [STICKY_BAR_MEDIA]: { position: 'sticky' },
              top: 'var(--homeward-sticky-top, 48px)',
              zIndex: (t) => t.zIndex.appBar - 1,
              mb: 2,
              px: 1,
              display: 'flex',
              alignItems: 'center',
              gap: 2,
              flexWrap: 'wrap',
            }}
          >
            <Tabs
              value={tab}
              onChange={(_e, v: TabName) => setTab(v)}
              aria-label="Meeting"
              // Sentence case and a size that reads across a room, as the rest of the app's buttons.
              sx={{
                flex: '1 1 auto',
                '& .MuiTab-root': { textTransform: 'none', fontSize: '1rem', fontWeight: 600 },
                // Narrow, the three tabs share the width and their labels wrap instead of being cut off.
                '& .MuiTab-root:not(:only-child)': {
                  flexShrink: { xs: 1, sm: 0 },
                  minWidth: { xs: 0, sm: 90 },
                },
              }}
            >
              <Tab value="pack" label="Pack" id="meeting-tab-pack" aria-controls="meeting-panel" />
              <Tab
                value="attendance"
                label={`Attendance (${attended} attended)`}
                id="meeting-tab-attendance"
                aria-controls="meeting-panel"
              />
              <Tab
                value="agenda"
                label="Agenda and minutes"
                id="meeting-tab-agenda"
                aria-controls="meeting-panel"
              />
            </Tabs>
            <PresenceLine meetingId={id} />
            <SaveIndicator reloading={reloading} />
            {record.children.length > 0 && (
              <Button variant="outlined" size="small" onClick={() => setChronologyOpen(true)} sx={{ mr: 1 }}>
                Chronology
              </Button>
            )}
          </Paper>
          <Box role="tabpanel" id="meeting-panel" aria-labelledby={`meeting-tab-${tab}`}>
            {tab === 'pack' && <PackTab />}
            {tab === 'attendance' && <AttendanceTab />}
            {tab === 'agenda' && <AgendaTab focusRequest={focusRequest} />}
          </Box>
          <ChronologyDrawer open={chronologyOpen} onClose={() => setChronologyOpen(false)} />
          <Snackbar
            open={problem !== null}
            onClose={(_e, why) => why !== 'clickaway' && setProblem(null)}
            anchorOrigin={{ vertical: 'bottom', horizontal: 'center' }}
          >
            <Alert severity="error" variant="filled" onClose={() => setProblem(null)} sx={{ maxWidth: 720 }}>
              {problem}
            </Alert>
          </Snackbar>
        </Box>
      </ChildFocusContext.Provider>
    </MeetingContext.Provider>
  );
}
