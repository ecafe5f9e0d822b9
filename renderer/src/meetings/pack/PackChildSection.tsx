import { Link, Paper, Typography } from '@mui/material';
import { useState } from 'react';
import type { Episode } from '../../../../shared/domain/episode';
import type { PackChild } from '../../../../shared/meetings/pack';
import { href } from '../../app/router';
import { useNow } from '../../app/status';
import { EpisodeDialog } from '../../child/dialog/EpisodeDialog';
import { ChronologyTable } from '../../child/table/ChronologyTable';
import { childName, formatLongDate, formatUkDate } from '../meetingText';
import { FactorChanges } from './FactorChanges';
import { OpenActionsTable } from './OpenActionsTable';
import { PackEscalations } from './PackEscalations';
import { PackPhilomena } from './PackPhilomena';
import { PackSection } from './PackSection';
import { PackRiskAssessment } from './PackRiskAssessment';
import { PoliceRiskChanges } from './PoliceRiskChanges';
import { ReturnInterviewsTable } from './ReturnInterviewsTable';

interface Props {
  pack: PackChild;
  /** An episode corrected from the pack: the pack is read again. */
  onChanged: () => void;
}

/** One child's pack, in the order a MIM's agenda takes it (ST 13.16-13.26). */
export function PackChildSection({ pack, onChanged }: Props) {
  const now = useNow();
  const [editing, setEditing] = useState<{ episode: Episode; n: number } | null>(null);
  const { child, lastMeeting } = pack;
  return (
    <Paper component="section" aria-label={`Pack: ${childName(child)}`} sx={{ p: 2.5, mb: 2 }}>
      <Typography variant="h2" component="h2">
        <Link href={href({ name: 'child', id: child.id })} underline="hover" color="inherit">
          {childName(child)}
        </Link>
      </Typography>
      <Typography color="text.secondary" data-testid="pack-since">
        Since {formatLongDate(pack.since)}:{' '}
        {lastMeeting ? (
          <>
            the last meeting of this kind,{' '}
            <Link href={href({ name: 'meeting', id: lastMeeting.id })}>
              held {formatUkDate(lastMeeting.heldAt)}
            </Link>
          </>
        ) : pack.sinceFrom === 'first-trigger' ? (
          'the first episode that called this meeting (no earlier meeting of this kind)'
        ) : (
          'the last 90 days (no earlier meeting of this kind)'
        )}
        .
      </Typography>

      <PackSection title={`Missing episodes since the last meeting (${pack.episodes.length})`}>
        {pack.episodes.length === 0 ? (
          <Typography color="text.secondary">None.</Typography>
        ) : (
          <ChronologyTable
            childId={child.id}
            episodes={pack.episodes}
            now={now}
            selectedId={null}
            onEdit={(episode) => setEditing((e) => ({ episode, n: (e?.n ?? 0) + 1 }))}
          />
        )}
      </PackSection>
      <PackSection title="Return interviews">
        <ReturnInterviewsTable interviews={pack.returnInterviews} />
      </PackSection>
      <PackSection title="Push and pull factors">
        <FactorChanges factors={pack.factors} />
      </PackSection>
      <PackSection title="Police risk changes">
        <PoliceRiskChanges changes={pack.policeRiskChanges} />
      </PackSection>
      <PackSection title="Risk assessment and action plan">
        <PackRiskAssessment risk={pack.riskAssessment} />
      </PackSection>
      <PackSection title="Philomena profile">
        <PackPhilomena profile={pack.philomena} />
      </PackSection>
      <PackSection title={`Escalation log (${pack.escalations.entries.length})`}>
        <PackEscalations log={pack.escalations} />
      </PackSection>
      <PackSection title={`Open actions from earlier meetings (${pack.openActions.length})`}>
        <OpenActionsTable actions={pack.openActions} />
      </PackSection>
      {editing && (
        <EpisodeDialog
          key={editing.n}
          childId={child.id}
          episode={editing.episode}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            onChanged();
          }}
        />
      )}
    </Paper>
  );
}
