import { Box } from '@mui/material';
import { formatUkDateTime } from '../../../../shared/time/london';

/** "dd/mm/yyyy hh:mm" that may break between date and time (never inside either) when the table is tight. */
export function DateTimeText({ iso }: { iso: string }) {
  const [date, time] = formatUkDateTime(iso).split(' ');
  return (
    <>
      <Box component="span" sx={{ whiteSpace: 'nowrap' }}>
        {date}
      </Box>{' '}
      <Box component="span" sx={{ whiteSpace: 'nowrap' }}>
        {time}
      </Box>
    </>
  );
}
