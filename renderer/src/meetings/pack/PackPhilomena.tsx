import { List, ListItem, ListItemText, Typography } from '@mui/material';
import { PART2_KIND_LABELS, PART2_RISK_LABELS } from '../../../../shared/domain/philomena';
import type { PackPhilomena as Profile } from '../../../../shared/meetings/pack';
import { formatUkDate } from '../../../../shared/time/london';

/**
 * The Philomena profile as the meeting needs it (W-CP 4.1, ST 16.3): whether Part 1 is kept up to date and shared
 * with the police, and Part 2's associates, addresses and hotspots with their risk. The whole profile is on the
 * child's page.
 */
export function PackPhilomena({ profile }: { profile: Profile }) {
  return (
    <>
      <Typography data-testid="pack-philomena">
        {profile.reviewedAt === null
          ? 'Part 1 has not been completed.'
          : `Part 1 last reviewed ${formatUkDate(profile.reviewedAt)}${profile.reviewDueOn ? `, next review due ${formatUkDate(profile.reviewDueOn)}` : ''}.`}{' '}
        {profile.lastShare
          ? `Shared with the police ${formatUkDate(profile.lastShare.sharedOn)} (${profile.lastShare.sharedWith}).`
          : 'Not yet shared with the police single point of contact.'}
      </Typography>
      {profile.part2.length === 0 ? (
        <Typography color="text.secondary">
          No associates, addresses or hotspots are recorded (Part 2).
        </Typography>
      ) : (
        <List dense aria-label="Part 2: known associates, addresses and hotspots">
          {profile.part2.map((p, i) => (
            <ListItem key={i} disableGutters>
              <ListItemText
                primary={`${PART2_KIND_LABELS[p.kind]}: ${p.name} (${PART2_RISK_LABELS[p.risk]} risk)`}
                secondary={[p.details, p.riskNotes].filter((t) => t.trim() !== '').join('. ') || null}
              />
            </ListItem>
          ))}
        </List>
      )}
    </>
  );
}
