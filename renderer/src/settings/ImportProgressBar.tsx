import { Box, Button, LinearProgress, Stack, Typography } from '@mui/material';
import type { ImportProgress } from '../../../shared/api/importExport';

const n = (x: number) => x.toLocaleString('en-GB');

/**
 * An import under way (issue 15): the rows read of the file's rows, how many were accepted and refused so far, and
 * a Cancel that rolls the whole import back. While the rows are being saved the bar runs without a figure.
 */
export function ImportProgressBar({
  progress,
  cancelling,
  onCancel,
}: {
  progress: ImportProgress;
  cancelling: boolean;
  onCancel: () => void;
}) {
  const total = Math.max(progress.rowsTotal, progress.rowsRead, 1);
  const percent = Math.round((progress.rowsRead / total) * 100);
  const saving = progress.phase === 'saving';
  return (
    <Stack spacing={1} data-testid="import-progress" sx={{ maxWidth: 640 }}>
      <LinearProgress
        variant={saving ? 'indeterminate' : 'determinate'}
        value={percent}
        aria-label="Import progress"
      />
      <Box sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 2 }}>
        <Typography variant="body2" role="status" aria-live="polite" sx={{ flex: '1 1 320px' }}>
          {saving
            ? `Saving ${n(progress.accepted)} episodes (${n(progress.rejected)} rows rejected)…`
            : `${n(progress.rowsRead)} of ${n(progress.rowsTotal)} rows read: ${n(progress.accepted)} accepted, ${n(progress.rejected)} rejected`}
        </Typography>
        <Button variant="outlined" disabled={cancelling} onClick={onCancel}>
          {cancelling ? 'Cancelling…' : 'Cancel import'}
        </Button>
      </Box>
    </Stack>
  );
}
