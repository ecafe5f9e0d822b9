import { Alert, AlertTitle, Box, Typography } from '@mui/material';
import type { Gap } from './meetingGaps';

/** What is still empty or unsaved, as a short list the chair reads before going on. */
export function GapsList({ gaps, intro }: { gaps: readonly Gap[]; intro: string }) {
  return (
    <Alert severity="warning" data-testid="meeting-gaps" sx={{ mb: 2 }}>
      <AlertTitle>{intro}</AlertTitle>
      {gaps.map((g) => (
        <Box key={g.heading} sx={{ mt: 1 }}>
          <Typography variant="body2" sx={{ fontWeight: 600 }}>
            {g.heading}
          </Typography>
          {g.lines.length > 0 && (
            <Box component="ul" sx={{ m: 0, pl: 2.5 }}>
              {g.lines.map((line, i) => (
                <Typography component="li" variant="body2" key={`${i}-${line}`}>
                  {line}
                </Typography>
              ))}
            </Box>
          )}
        </Box>
      ))}
    </Alert>
  );
}
