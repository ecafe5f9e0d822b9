import { Box, Chip, Divider, Paper, Stack, Typography } from '@mui/material';
import type { MeetingItem } from '../../../../shared/domain/meeting';
import { PREVIOUS_ACTIONS_KEY } from '../../../../shared/meetings/kinds';
import { useMeeting } from '../meetingContext';
import { childName } from '../meetingText';
import { ActionsSection } from './ActionsSection';
import { MoveItemButtons } from './AgendaEditButtons';
import type { PaneRefs } from './AgendaTab';
import { Amendments } from './Amendments';
import { DecisionsEditor } from './DecisionsEditor';
import { MinutesEditor } from './MinutesEditor';
import { ReviewedActions } from './ReviewedActions';
import { ShortcutHint } from './ShortcutHint';

interface Props {
  item: MeetingItem;
  number: number;
  refs: PaneRefs;
}

/** The item in hand: what the protocol asks, the minutes, then what was decided and who will do what by when. */
export function AgendaItemPane({ item, number, refs }: Props) {
  const { record, locked } = useMeeting();
  const child = record.children.length > 1 ? record.children.find((c) => c.id === item.childId) : undefined;
  return (
    <Paper component="section" aria-labelledby="agenda-item-title" sx={{ p: { xs: 2, md: 3 } }}>
      <Stack direction="row" sx={{ alignItems: 'baseline', gap: 1.5, flexWrap: 'wrap' }}>
        <Typography variant="h2" component="h2" id="agenda-item-title" sx={{ fontSize: '1.45rem' }}>
          {number}. {item.title}
        </Typography>
        {item.source && (
          <Chip
            size="small"
            variant="outlined"
            label={item.source}
            title="Where the protocol asks for this"
          />
        )}
        {child && <Chip size="small" color="secondary" label={childName(child)} />}
        <MoveItemButtons item={item} />
      </Stack>
      {item.guidance && (
        <Typography color="text.secondary" sx={{ mt: 0.75, maxWidth: '80ch' }}>
          {item.guidance}
        </Typography>
      )}
      {item.key === PREVIOUS_ACTIONS_KEY && <ReviewedActions item={item} />}
      <Box sx={{ mt: 2 }}>
        <MinutesEditor item={item} number={number} inputRef={refs.minutes} />
      </Box>
      {locked && <Amendments item={item} />}
      <Divider sx={{ my: 2.5 }} />
      <DecisionsEditor item={item} inputRef={refs.decision} />
      <Divider sx={{ my: 2.5 }} />
      <ActionsSection item={item} whatRef={refs.action} />
      {!locked && (
        <Box sx={{ mt: 3 }}>
          <ShortcutHint />
        </Box>
      )}
    </Paper>
  );
}
