import { Box, ListItemButton, Typography } from '@mui/material';
import type { MeetingItem } from '../../../../shared/domain/meeting';
import { useMeeting } from '../meetingContext';
import type { SaveState } from '../minutesAutosave';
import { useItemMinutes } from '../useMinutesAutosave';

interface Props {
  item: MeetingItem;
  number: number;
  selected: boolean;
  onSelect: (itemId: string) => void;
}

function marker(state: SaveState, hasText: boolean): { colour: string; words: string } | null {
  switch (state.kind) {
    case 'failed':
    case 'conflict':
    case 'locked':
      return { colour: 'error.main', words: 'not saved' };
    case 'pending':
    case 'saving':
      return { colour: 'warning.main', words: 'saving' };
    case 'saved':
      return hasText ? { colour: 'success.main', words: 'minutes recorded' } : null;
  }
}

/** One agenda item: its number and title, and a dot for its minutes (recorded, saving, or not saved). */
export function AgendaListItem({ item, number, selected, onSelect }: Props) {
  const { autosave } = useMeeting();
  const minutes = useItemMinutes(autosave, item.id);
  const mark = marker(minutes.state, minutes.text.trim() !== '');
  const extras = [
    item.decisions.length > 0 && `${item.decisions.length} decision${item.decisions.length === 1 ? '' : 's'}`,
    item.actions.length > 0 && `${item.actions.length} action${item.actions.length === 1 ? '' : 's'}`,
    item.amendments.length > 0 && 'amended',
  ].filter(Boolean);
  // A real <button> (in AgendaList's <li>), not a div with role="button" straight inside the <ul> (WCAG 1.3.1).
  return (
    <ListItemButton
      component="button"
      selected={selected}
      aria-current={selected ? 'step' : undefined}
      onClick={() => onSelect(item.id)}
      data-testid="agenda-item"
      sx={{
        alignItems: 'flex-start',
        gap: 1,
        py: 1,
        width: '100%',
        textAlign: 'left',
        borderLeft: 4,
        borderLeftColor: selected ? 'primary.main' : 'transparent',
        '&.Mui-selected': { bgcolor: 'rgba(29, 79, 115, 0.10)' },
      }}
    >
      <Typography
        component="span"
        sx={{ fontWeight: 700, minWidth: 24, textAlign: 'right', color: 'text.secondary' }}
      >
        {number}.
      </Typography>
      <Box component="span" sx={{ flex: 1, minWidth: 0 }}>
        <Typography
          component="span"
          sx={{ display: 'block', fontWeight: selected ? 700 : 500, lineHeight: 1.35 }}
        >
          {item.title}
        </Typography>
        {extras.length > 0 && (
          <Typography variant="caption" component="span" color="text.secondary">
            {extras.join(' · ')}
          </Typography>
        )}
      </Box>
      <Box
        component="span"
        role="img"
        aria-label={mark?.words ?? 'no minutes yet'}
        title={mark?.words ?? 'no minutes yet'}
        sx={{
          mt: 0.9,
          width: 10,
          height: 10,
          flex: '0 0 10px',
          borderRadius: '50%',
          bgcolor: mark?.colour ?? 'transparent',
          border: 1,
          borderColor: mark?.colour ?? 'divider',
        }}
      />
    </ListItemButton>
  );
}
