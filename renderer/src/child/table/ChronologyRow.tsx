import { Box, Button, Link, TableCell, TableRow } from '@mui/material';
import { href } from '../../app/router';
import { episodeDurationMs } from '../../../../shared/domain/chronology';
import {
  EPISODE_CATEGORY_LABELS,
  RETURN_METHOD_LABELS,
  type Episode,
} from '../../../../shared/domain/episode';
import { formatDuration, formatUkDateTime } from '../../../../shared/time/london';
import { useReturnInterviewRules } from '../returnInterviewRules';
import { CATEGORY_SHORT_LABELS, MISSING_FROM_LABELS, returnInterviewStatus } from '../episodeView';
import { DateTimeText } from './DateTimeText';
import { FactorChips } from './FactorChips';
import { ReturnInterviewCell } from './ReturnInterviewCell';
import { RiskCell } from './RiskCell';

interface Props {
  episode: Episode;
  now: string;
  selected: boolean;
  onEdit: (episode: Episode) => void;
}

/** One line on a wide screen; date over time when the table must fit a projector's 1280 px. */
const dateCell = { '@media (min-width: 1380px)': { whiteSpace: 'nowrap' } } as const;

const none = (
  <Box component="span" sx={{ color: 'text.secondary' }}>
    —
  </Box>
);

/**
 * Below 1280 px the two short choices (where from, how returned) step out so Factors and Edit stay on screen
 * without the page scrolling sideways; they are in the episode dialog and the Word chronology.
 */
export const WIDE_ONLY = { '@media (max-width: 1279.95px)': { display: 'none' } } as const;

/** One episode of the chronology. */
export function ChronologyRow({ episode: e, now, selected, onEdit }: Props) {
  const rules = useReturnInterviewRules();
  const open = !e.foundAt;
  return (
    <TableRow
      id={`episode-row-${e.id}`}
      data-testid="chronology-row"
      data-episode-id={e.id}
      selected={selected}
      hover
      sx={{ verticalAlign: 'top', ...(open && { bgcolor: 'rgba(179, 38, 30, 0.06)' }) }}
    >
      <TableCell sx={dateCell}>
        <DateTimeText iso={e.reportedAt} />
      </TableCell>
      <TableCell sx={dateCell}>
        {e.foundAt ? (
          <DateTimeText iso={e.foundAt} />
        ) : (
          <Box component="strong" sx={{ color: 'error.main' }}>
            Still missing
          </Box>
        )}
      </TableCell>
      <TableCell sx={{ whiteSpace: 'nowrap' }}>
        {formatDuration(episodeDurationMs(e, now))}
        {open && (
          <Box component="span" sx={{ display: 'block', color: 'text.secondary', fontSize: '0.8rem' }}>
            so far
          </Box>
        )}
      </TableCell>
      <TableCell title={EPISODE_CATEGORY_LABELS[e.category]}>{CATEGORY_SHORT_LABELS[e.category]}</TableCell>
      <TableCell>
        <RiskCell episode={e} />
      </TableCell>
      <TableCell sx={WIDE_ONLY}>{e.missingFrom ? MISSING_FROM_LABELS[e.missingFrom] : none}</TableCell>
      <TableCell sx={{ minWidth: 110, maxWidth: 200 }}>{e.whereFound ?? none}</TableCell>
      <TableCell sx={WIDE_ONLY}>{e.returnMethod ? RETURN_METHOD_LABELS[e.returnMethod] : none}</TableCell>
      <TableCell sx={{ minWidth: 130 }}>
        <ReturnInterviewCell status={returnInterviewStatus(e, now, rules)} />
        {e.foundAt && (
          <Link
            href={href({ name: 'return-interview', episodeId: e.id })}
            variant="body2"
            sx={{ display: 'block', mt: 0.5 }}
            aria-label={`Return interview record for the episode of ${formatUkDateTime(e.reportedAt)}`}
            data-testid="open-return-interview"
          >
            Interview record
          </Link>
        )}
      </TableCell>
      {/* Chips wrap inside a bounded column rather than push Edit off a 1024 px screen. */}
      <TableCell sx={{ minWidth: 130, maxWidth: 170 }}>
        <FactorChips factors={e.factors} />
      </TableCell>
      <TableCell align="right">
        <Button
          size="small"
          variant="outlined"
          sx={{ minWidth: 0, px: 1.25 }}
          onClick={() => onEdit(e)}
          aria-label={`Edit episode of ${formatUkDateTime(e.reportedAt)}`}
          data-testid="edit-episode"
        >
          Edit
        </Button>
      </TableCell>
    </TableRow>
  );
}
