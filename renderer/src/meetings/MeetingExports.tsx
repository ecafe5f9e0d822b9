import { call } from '../api/client';
import { ExportButton } from '../components/ExportButton';
import { HostMinutesButton } from '../escalations/HostMinutes';
import { ExtractMenu } from './ExtractMenu';
import { useMeeting } from './meetingContext';

/** The minutes and the action plan as Word documents (with the council's letterhead when one is set). */
export function MeetingExports() {
  const { record } = useMeeting();
  const meetingId = record.meeting.id;
  return (
    <>
      <ExportButton size="small" make={() => call('exports.minutes', { meetingId })}>
        Export minutes (Word)
      </ExportButton>
      <ExportButton size="small" make={() => call('exports.actionPlan', { meetingId })}>
        Export action plan (Word)
      </ExportButton>
      <ExtractMenu />
      <HostMinutesButton />
    </>
  );
}
