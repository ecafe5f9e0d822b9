import { Box, Paper, Typography } from '@mui/material';
import { LEGAL_STATUS_LABELS, PLACEMENT_TYPE_LABELS, type Child } from '../../../shared/domain/child';
import { countEpisodesSince, openEpisode } from '../../../shared/domain/chronology';
import type { Episode } from '../../../shared/domain/episode';
import { ageAt, formatUkDate } from '../../../shared/time/london';
import { HeaderFact } from './HeaderFact';
import { MissingNowBanner } from './MissingNowBanner';

/** The facts a chair reads out at the start of a meeting, at a glance. */
export function ChildHeader({ child, episodes, now }: { child: Child; episodes: Episode[]; now: string }) {
  const open = openEpisode(episodes);
  const placedElsewhere = child.hostAuthority && child.hostAuthority !== child.placingAuthority;
  const last90 = countEpisodesSince(episodes, now, 90);
  const last12Months = countEpisodesSince(episodes, now, 365);
  return (
    <Paper component="header" sx={{ p: 2.5, mb: 2 }}>
      <Box
        sx={{
          display: 'flex',
          gap: 3,
          alignItems: 'flex-start',
          justifyContent: 'space-between',
          flexWrap: 'wrap',
        }}
      >
        <Box sx={{ minWidth: 0 }}>
          <Typography variant="h1" component="h1" sx={{ fontSize: '2rem' }}>
            {child.givenName} {child.familyName}
          </Typography>
          <Typography sx={{ fontSize: '1.1rem', mt: 0.5 }} data-testid="child-age">
            Age {ageAt(child.dateOfBirth, now)}{' '}
            <Box component="span" sx={{ color: 'text.secondary' }}>
              (born {formatUkDate(child.dateOfBirth)})
            </Box>
            <Box component="span" sx={{ color: 'text.secondary', mx: 1 }}>
              ·
            </Box>
            Case reference <strong>{child.caseReference}</strong>
          </Typography>
        </Box>
        {open && <MissingNowBanner episode={open} now={now} />}
      </Box>
      <Box
        component="dl"
        sx={{
          m: 0,
          mt: 2,
          display: 'grid',
          // The authority needs room for "placed in …"; the counts are short.
          gridTemplateColumns: {
            xs: 'repeat(2, 1fr)',
            md: 'repeat(3, 1fr)',
            lg: '1fr 1fr 1.7fr 1.3fr auto auto',
          },
          columnGap: 3,
          rowGap: 1.5,
        }}
      >
        <HeaderFact label="Legal status">{LEGAL_STATUS_LABELS[child.legalStatus]}</HeaderFact>
        <HeaderFact label="Placement">{PLACEMENT_TYPE_LABELS[child.placementType]}</HeaderFact>
        <HeaderFact label="Responsible authority">
          {child.placingAuthority}
          {placedElsewhere && (
            <Box component="span" sx={{ display: 'block', fontWeight: 600 }}>
              placed in {child.hostAuthority}
            </Box>
          )}
        </HeaderFact>
        <HeaderFact label="Allocated worker">
          {child.allocatedWorker ?? 'Not allocated'}
          {child.team && (
            <Box component="span" sx={{ display: 'block', color: 'text.secondary' }}>
              {child.team}
            </Box>
          )}
        </HeaderFact>
        <HeaderFact label="Episodes, last 90 days" testId="episodes-90-days">
          <Box component="span" sx={{ fontSize: '1.5rem', fontWeight: 700 }}>
            {last90}
          </Box>
        </HeaderFact>
        <HeaderFact label="Episodes, last 12 months" testId="episodes-12-months">
          <Box component="span" sx={{ fontSize: '1.5rem', fontWeight: 700 }}>
            {last12Months}
          </Box>
        </HeaderFact>
      </Box>
    </Paper>
  );
}
