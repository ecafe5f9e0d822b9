import {
  Box,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import type { RefObject } from 'react';
import type { MeetingItem } from '../../../../shared/domain/meeting';
import { VisuallyHidden } from '../../components/VisuallyHidden';
import { useMeeting } from '../meetingContext';
import { ActionRow } from './ActionRow';
import { NewAction } from './NewAction';

interface Props {
  item: MeetingItem;
  whatRef: RefObject<HTMLTextAreaElement | null>;
}

/** Who will do what by when, agreed under this item: the meeting's action plan is these, item by item. */
export function ActionsSection({ item, whatRef }: Props) {
  const { record, locked } = useMeeting();
  const showChild = record.children.length > 1;
  const columns = showChild ? 6 : 5;
  return (
    <Box component="section" aria-labelledby={`actions-${item.id}`}>
      <Typography variant="h3" component="h3" id={`actions-${item.id}`} sx={{ mb: 1 }}>
        Actions
      </Typography>
      {item.actions.length > 0 ? (
        <TableContainer sx={{ mb: 2, border: 1, borderColor: 'divider', borderRadius: 1 }}>
          <Table size="small" aria-label={`Actions: ${item.title}`}>
            <TableHead>
              <TableRow>
                <TableCell>What</TableCell>
                <TableCell sx={{ width: '18%' }}>Owner</TableCell>
                <TableCell sx={{ width: 120 }}>Due</TableCell>
                {showChild && <TableCell sx={{ width: 150 }}>Child</TableCell>}
                <TableCell sx={{ width: 124 }}>Status</TableCell>
                <TableCell sx={{ width: locked ? 90 : 140 }}>
                  <VisuallyHidden>Changes</VisuallyHidden>
                </TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {item.actions.map((a) => (
                <ActionRow key={a.id} action={a} showChild={showChild} columns={columns} />
              ))}
            </TableBody>
          </Table>
        </TableContainer>
      ) : (
        locked && <Typography color="text.secondary">No actions agreed under this item.</Typography>
      )}
      {!locked && <NewAction item={item} whatRef={whatRef} />}
    </Box>
  );
}
