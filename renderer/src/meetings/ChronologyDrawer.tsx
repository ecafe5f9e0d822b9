import { Box, Button, Drawer, MenuItem, Stack, TextField, Typography } from '@mui/material';
import { useChildFocus } from './childFocus';
import { useMeeting } from './meetingContext';
import { ChildChronology } from './ChildChronology';
import { childName } from './meetingText';

interface Props {
  open: boolean;
  onClose: () => void;
}

/**
 * The child's whole chronology one glance away, over the run mode rather than instead of it: the minutes stay where
 * they were (and keep saving) behind the drawer. In a meeting about several children it is the chronology of the
 * child whose item is open (or whose pack is shown); another child can be chosen without leaving the item.
 */
export function ChronologyDrawer({ open, onClose }: Props) {
  const { record } = useMeeting();
  const focus = useChildFocus();
  const shown = record.children.find((c) => c.id === focus.childId) ?? record.children[0];
  return (
    <Drawer
      anchor="right"
      open={open}
      onClose={onClose}
      // Wide enough for the chronology's eleven columns as the child's page shows them on a 1400 px screen.
      slotProps={{
        paper: { sx: { width: 'min(1400px, 98vw)' }, 'aria-labelledby': 'chronology-drawer-title' },
      }}
    >
      <Box sx={{ px: 1.5, py: 2 }}>
        <Stack direction="row" sx={{ justifyContent: 'space-between', alignItems: 'center', mb: 2 }}>
          <Typography variant="h2" component="h2" id="chronology-drawer-title">
            Chronology
          </Typography>
          <Button variant="outlined" onClick={onClose}>
            Close
          </Button>
        </Stack>
        {record.children.length > 1 && shown && (
          <TextField
            select
            size="small"
            label="Child"
            value={shown.id}
            onChange={(e) => focus.setChildId(e.target.value)}
            sx={{ mb: 2, minWidth: 320 }}
          >
            {record.children.map((c) => (
              <MenuItem key={c.id} value={c.id}>
                {childName(c)} ({c.caseReference})
              </MenuItem>
            ))}
          </TextField>
        )}
        {open && shown && <ChildChronology key={shown.id} childId={shown.id} />}
      </Box>
    </Drawer>
  );
}
