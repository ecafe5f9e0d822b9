import { Alert, AlertTitle, Box, Button, Stack, Typography } from '@mui/material';
import { ApiCallError } from '../api/client';

export interface ConflictField {
  label: string;
  /** As the newer saved record has it. */
  theirs: string;
  /** As this person typed it. */
  mine: string;
}

interface Props {
  /** The backend's sentence: who saved, when, what they changed; nothing was overwritten. */
  message: string;
  /** Only the fields where what is typed differs from the newer record. */
  fields: ConflictField[];
  onUseTheirs: () => void;
  onKeepMine: () => void;
  /** Where a free-text field differs: theirs, then mine, in that field, as the minutes offer. */
  onKeepBoth?: () => void;
  /** Whether choosing saves at once (a row that saves as it goes) or goes back to the form to save. */
  savesAtOnce?: boolean;
  busy?: boolean;
}

const shown = (v: string) => (v.trim() === '' ? '(blank)' : v);

/**
 * A save refused because someone else saved the record first (lost updates, issue 11). What this person typed is
 * still in the form; this shows the newer record beside it and lets them choose, so nothing typed is lost and
 * nothing of theirs is wiped without a choice being made.
 */
export function ConflictNotice({
  message,
  fields,
  onUseTheirs,
  onKeepMine,
  onKeepBoth,
  savesAtOnce = false,
  busy = false,
}: Props) {
  return (
    <Alert severity="warning" role="alert" sx={{ gridColumn: '1 / -1' }} data-testid="conflict-notice">
      <AlertTitle>This record changed while you were editing</AlertTitle>
      <Typography variant="body2" sx={{ mb: 1 }}>
        {message}
      </Typography>
      {fields.length > 0 ? (
        <Box
          component="table"
          sx={{ borderCollapse: 'collapse', mb: 1, '& th, & td': { textAlign: 'left', pr: 2, py: 0.25 } }}
        >
          <thead>
            <tr>
              <th scope="col">Field</th>
              <th scope="col">Saved now</th>
              <th scope="col">Yours (still in the form)</th>
            </tr>
          </thead>
          <tbody>
            {fields.map((f) => (
              <tr key={f.label}>
                <th scope="row">{f.label}</th>
                <td>{shown(f.theirs)}</td>
                <td>{shown(f.mine)}</td>
              </tr>
            ))}
          </tbody>
        </Box>
      ) : (
        <Typography variant="body2" sx={{ mb: 1 }}>
          What you typed matches the record as saved now.
        </Typography>
      )}
      <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap' }}>
        <Button size="small" variant="outlined" onClick={onUseTheirs} disabled={busy}>
          Use theirs
        </Button>
        <Button size="small" variant="contained" onClick={onKeepMine} disabled={busy}>
          {savesAtOnce ? 'Keep mine (save over)' : 'Keep mine'}
        </Button>
        {onKeepBoth && (
          <Button size="small" variant="outlined" onClick={onKeepBoth} disabled={busy}>
            Keep both texts (theirs, then mine)
          </Button>
        )}
      </Stack>
    </Alert>
  );
}

/** The fields whose values differ, labelled; values already as a person reads them. */
export function differingFields<K extends string>(
  labels: Record<K, string>,
  theirs: Record<K, string>,
  mine: Record<K, string>,
): ConflictField[] {
  return (Object.keys(labels) as K[])
    .filter((k) => theirs[k] !== mine[k])
    .map((k) => ({ label: labels[k], theirs: theirs[k], mine: mine[k] }));
}

/** Theirs, then mine, as the minutes' "keep both" joins two texts; one alone when the other is blank or the same. */
export function bothTexts(theirs: string, mine: string): string {
  if (theirs.trim() === '' || theirs.trim() === mine.trim()) return mine;
  if (mine.trim() === '') return theirs;
  return `${theirs}\n\n${mine}`;
}

/** A save refused because the record it was based on has moved on (a stale `baseRevision`). */
export const isConflict = (e: unknown): e is ApiCallError =>
  e instanceof ApiCallError && e.error.code === 'conflict';
