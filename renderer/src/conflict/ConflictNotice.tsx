import { Alert, AlertTitle, Box, Button, Stack, Typography } from '@mui/material';

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
}

const shown = (v: string) => (v.trim() === '' ? '(blank)' : v);

/**
 * A save refused because someone else saved the record first (lost updates, issue 11). What this person typed is
 * still in the form; this shows the newer record beside it and lets them choose, so nothing typed is lost and
 * nothing of theirs is wiped without a choice being made.
 */
export function ConflictNotice({ message, fields, onUseTheirs, onKeepMine }: Props) {
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
        <Button size="small" variant="outlined" onClick={onUseTheirs}>
          Use theirs
        </Button>
        <Button size="small" variant="contained" onClick={onKeepMine}>
          Keep mine
        </Button>
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
