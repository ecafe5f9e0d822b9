import { Box, Button, MenuItem, Paper, TextField, Typography } from '@mui/material';
import {
  PART2_KINDS,
  PART2_KIND_LABELS,
  PART2_RISKS,
  PART2_RISK_LABELS,
} from '../../../shared/domain/philomena';
import type { ProfileForm } from './drafts';

type Entry = ProfileForm['part2'][number];

export const emptyEntry = (): Entry => ({
  kind: 'associate',
  name: '',
  details: '',
  risk: '',
  riskNotes: '',
});

interface Props {
  entries: Entry[];
  onChange: (entries: Entry[]) => void;
  errors: Record<string, string>;
}

/** Part 2: each known associate, address and hotspot with its risk, so carers know where to check first. */
export function Part2Editor({ entries, onChange, errors }: Props) {
  const update = (i: number, patch: Partial<Entry>) =>
    onChange(entries.map((e, j) => (j === i ? { ...e, ...patch } : e)));
  return (
    <Box>
      {entries.length === 0 && (
        <Typography color="text.secondary" sx={{ mb: 1 }}>
          No associates, addresses or hotspots are recorded yet.
        </Typography>
      )}
      {entries.map((e, i) => {
        const err = (f: string) => errors[`part2.${i}.${f}`];
        const n = i + 1;
        return (
          <Paper
            key={i}
            variant="outlined"
            component="fieldset"
            data-testid={`part2-entry-${i}`}
            sx={{ p: 1.5, mb: 1.5, mx: 0, border: 1, borderColor: 'divider' }}
          >
            <Typography component="legend" variant="subtitle2" sx={{ px: 0.5 }}>
              Entry {n}
              {e.name ? `: ${e.name}` : ''}
            </Typography>
            <Box
              sx={{
                display: 'grid',
                gap: 1.5,
                gridTemplateColumns: { xs: '1fr', md: '180px 1fr 1fr' },
              }}
            >
              <TextField
                select
                label={`Entry ${n} type`}
                value={e.kind}
                onChange={(ev) => update(i, { kind: ev.target.value })}
                error={Boolean(err('kind'))}
                helperText={err('kind')}
              >
                {PART2_KINDS.map((k) => (
                  <MenuItem key={k} value={k}>
                    {PART2_KIND_LABELS[k]}
                  </MenuItem>
                ))}
              </TextField>
              <TextField
                label={`Entry ${n} name`}
                required
                value={e.name}
                onChange={(ev) => update(i, { name: ev.target.value })}
                error={Boolean(err('name'))}
                helperText={err('name') ?? 'A person’s name, or the place'}
              />
              <TextField
                label={`Entry ${n} address, phone, how known`}
                value={e.details}
                onChange={(ev) => update(i, { details: ev.target.value })}
                error={Boolean(err('details'))}
                helperText={err('details')}
              />
              <TextField
                select
                required
                label={`Entry ${n} risk`}
                value={e.risk}
                onChange={(ev) => update(i, { risk: ev.target.value })}
                error={Boolean(err('risk'))}
                helperText={err('risk')}
              >
                {PART2_RISKS.map((r) => (
                  <MenuItem key={r} value={r}>
                    {PART2_RISK_LABELS[r]}
                  </MenuItem>
                ))}
              </TextField>
              <TextField
                label={`Entry ${n} why this risk`}
                value={e.riskNotes}
                onChange={(ev) => update(i, { riskNotes: ev.target.value })}
                error={Boolean(err('riskNotes'))}
                helperText={err('riskNotes')}
                sx={{ gridColumn: { md: 'span 2' } }}
              />
            </Box>
            <Button
              size="small"
              color="error"
              sx={{ mt: 1 }}
              onClick={() => onChange(entries.filter((_, j) => j !== i))}
            >
              Remove entry {n}
            </Button>
          </Paper>
        );
      })}
      <Button variant="outlined" onClick={() => onChange([...entries, emptyEntry()])}>
        Add an associate, address or hotspot
      </Button>
    </Box>
  );
}
