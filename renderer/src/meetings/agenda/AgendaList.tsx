import { Box, List, ListSubheader, Paper } from '@mui/material';
import { Fragment, type ReactNode } from 'react';
import type { MeetingItem } from '../../../../shared/domain/meeting';
import { BELOW_STICKY } from '../../app/stickyLayout';
import { useMeeting } from '../meetingContext';
import { childName } from '../meetingText';
import { AgendaListItem } from './AgendaListItem';

interface Props {
  items: MeetingItem[];
  selectedId: string;
  onSelect: (itemId: string) => void;
  /** Under the list, inside its frame: adding an item (any other business). */
  footer?: ReactNode;
}

/**
 * The agenda, numbered as the minutes print it, with the item in hand highlighted. A meeting about several children
 * has a section per child (W-KC, ST 15.5): a heading wherever the child changes.
 */
export function AgendaList({ items, selectedId, onSelect, footer }: Props) {
  const { record } = useMeeting();
  const multi = record.children.length > 1;
  const childOf = (childId: string | null) => record.children.find((x) => x.id === childId);
  return (
    <Paper
      component="nav"
      aria-label="Agenda"
      // Sticky beside the minutes only when it is beside them (two columns): stacked above them on a narrow or
      // zoomed screen it would slide over the minutes box.
      sx={{
        position: { xs: 'static', md: 'sticky' },
        top: BELOW_STICKY,
        maxHeight: { md: `calc(100vh - ${BELOW_STICKY} - 16px)` },
        overflow: 'auto',
      }}
    >
      <List dense disablePadding>
        {items.map((item, i) => (
          <Fragment key={item.id}>
            {multi && (i === 0 || items[i - 1]?.childId !== item.childId) && (
              <ListSubheader
                disableSticky
                sx={{
                  lineHeight: 1.4,
                  py: 1,
                  fontWeight: 700,
                  color: 'text.primary',
                  bgcolor: 'action.hover',
                }}
              >
                {childOf(item.childId) ? childName(childOf(item.childId)!) : 'The meeting as a whole'}
                {childOf(item.childId)?.reason && (
                  <Box
                    component="span"
                    data-testid="agenda-child-reason"
                    sx={{ display: 'block', fontWeight: 400, color: 'text.secondary', fontSize: '0.8125rem' }}
                  >
                    {childOf(item.childId)?.reason}
                  </Box>
                )}
              </ListSubheader>
            )}
            <li>
              <AgendaListItem
                item={item}
                number={i + 1}
                selected={item.id === selectedId}
                onSelect={onSelect}
              />
            </li>
          </Fragment>
        ))}
      </List>
      {footer && <Box sx={{ p: 1, pt: 0 }}>{footer}</Box>}
    </Paper>
  );
}
