import { Alert, Box, Button, LinearProgress, Link, Paper, Skeleton, Typography } from '@mui/material';
import { useState, type ReactNode } from 'react';
import type { Episode } from '../../../shared/domain/episode';
import { call } from '../api/client';
import { useQuery } from '../api/useQuery';
import { href } from '../app/router';
import { useNow } from '../app/status';
import { ExportButton } from '../components/ExportButton';
import { ChildDialog } from '../children/ChildDialog';
import { EscalationLog } from '../escalations/EscalationLog';
import { StatutoryReviews } from '../statutoryReviews/StatutoryReviews';
import { PhilomenaSection } from '../philomena/PhilomenaSection';
import { RiskAssessmentSection } from '../riskAssessment/RiskAssessmentSection';
import { ChildHeader } from './ChildHeader';
import { ChildMeetings } from './ChildMeetings';
import { ProtocolPanel } from './ProtocolPanel';
import { SeenByPanel } from './SeenByPanel';
import { ChronologySection } from './ChronologySection';
import { EpisodeDialog } from './dialog/EpisodeDialog';
import { FactorSummary } from './factors/FactorSummary';
import { ChronologyTable } from './table/ChronologyTable';

/** Which episode the dialog is for; `n` remounts it so each opening starts from the saved record. */
type DialogState = { episode: Episode | null; n: number } | null;

/**
 * The child's page, as a chair shares it in a meeting: who the child is, whether they are missing now, the
 * chronology as a timeline and a table, and what pushes and pulls them. `children` fills the slot under the
 * header reserved for the protocol stage.
 */
export function ChildPage({ id, children }: { id: string; children?: ReactNode }) {
  const now = useNow();
  const q = useQuery('children.get', { id });
  const [dialog, setDialog] = useState<DialogState>(null);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  // Each save re-evaluates the protocol panel (a new key remounts it).
  const [saves, setSaves] = useState(0);
  const [editingChild, setEditingChild] = useState(false);

  if (!q.data) {
    return q.error ? (
      <Box>
        <Alert
          severity="error"
          action={
            <Button color="inherit" size="small" onClick={q.reload}>
              Try again
            </Button>
          }
        >
          The child’s record could not be opened: {q.error}
        </Alert>
        <Link href={href({ name: 'children' })} sx={{ display: 'inline-block', mt: 2 }}>
          Back to children
        </Link>
      </Box>
    ) : (
      <Box aria-busy="true">
        <LinearProgress aria-label="Loading the child’s record" sx={{ mb: 2 }} />
        <Paper sx={{ p: 2.5, mb: 2 }}>
          <Skeleton width="30%" height={48} />
          <Skeleton width="50%" />
        </Paper>
        <Skeleton variant="rectangular" height={220} />
      </Box>
    );
  }

  const { child, episodes } = q.data;
  const select = (episodeId: string) => {
    setSelectedId(episodeId);
    document
      .getElementById(`episode-row-${episodeId}`)
      ?.scrollIntoView({ behavior: 'smooth', block: 'center' });
  };

  return (
    <Box>
      <Box sx={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center', mb: 1 }}>
        <Link href={href({ name: 'children' })} underline="hover">
          ← Children
        </Link>
        <Button size="small" onClick={() => setEditingChild(true)}>
          Edit the child’s details
        </Button>
      </Box>
      {editingChild && (
        <ChildDialog
          child={child}
          onClose={() => setEditingChild(false)}
          onSaved={() => {
            setEditingChild(false);
            setSaves((n) => n + 1);
          }}
        />
      )}
      {q.error && (
        <Alert severity="warning" sx={{ mb: 2 }}>
          Showing the record as last loaded: {q.error}
        </Alert>
      )}
      <ChildHeader child={child} episodes={episodes} now={now} />
      <Box data-slot="protocol-stage" sx={{ mb: 2 }}>
        {children ?? <ProtocolPanel key={saves} childId={child.id} />}
      </Box>
      {q.loading && <LinearProgress sx={{ mb: 1 }} />}
      <ChronologySection
        episodes={episodes}
        now={now}
        selectedId={selectedId}
        onSelect={select}
        onAdd={() => setDialog((d) => ({ episode: null, n: (d?.n ?? 0) + 1 }))}
        actions={
          <ExportButton make={() => call('exports.chronology', { childId: child.id })}>
            Export chronology (Word)
          </ExportButton>
        }
      />
      <ChronologyTable
        childId={child.id}
        episodes={episodes}
        now={now}
        selectedId={selectedId}
        onEdit={(episode) => setDialog((d) => ({ episode, n: (d?.n ?? 0) + 1 }))}
      />
      <Typography variant="h2" component="h2" sx={{ mt: 3, mb: 1.5 }}>
        Push and pull factors
      </Typography>
      <FactorSummary episodes={episodes} />
      <PhilomenaSection child={child} episodes={episodes} />
      <RiskAssessmentSection child={child} />
      <EscalationLog childId={child.id} />
      <StatutoryReviews childId={child.id} />
      <ChildMeetings childId={child.id} childName={`${child.givenName} ${child.familyName}`} />
      <SeenByPanel childId={child.id} />
      {dialog && (
        <EpisodeDialog
          key={dialog.n}
          childId={child.id}
          episode={dialog.episode}
          onClose={() => setDialog(null)}
          onSaved={(saved) => {
            setDialog(null);
            setSelectedId(saved.id);
            // The record and the status (its episode count) read again by themselves: see shared/api/invalidation.ts.
            setSaves((n) => n + 1);
          }}
        />
      )}
    </Box>
  );
}
