import { Box, Button, Drawer, Stack, Typography } from '@mui/material';
import { useMeeting } from './meetingContext';
import { ChildChronology } from './ChildChronology';

interface Props {
  open: boolean;
  onClose: () => void;
}

/**
 * The child's whole chronology one glance away, over the run mode rather than instead of it: the minutes stay where
 * they were (and keep saving) behind the drawer.
 */
export function ChronologyDrawer({ open, onClose }: Props) {
  const { record } = useMeeting();
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
        {open && record.children.map((c) => <ChildChronology key={c.id} childId={c.id} />)}
      </Box>
    </Drawer>
  );
}
