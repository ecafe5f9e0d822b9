import { Tooltip } from '@mui/material';
import type { Episode } from '../../../../shared/domain/episode';
import { MarkTooltip } from './MarkTooltip';

export interface MarkGeometry {
  x: number;
  width: number;
  y: number;
  height: number;
}

interface Props {
  episode: Episode;
  geometry: MarkGeometry;
  colour: string;
  /** Fill for an open episode: the risk colour, hatched. */
  hatchFill: string;
  now: string;
  selected: boolean;
  onSelect: (id: string) => void;
}

/** One episode: a bar from reported to found; an open one is hatched and ends in an arrow at now. */
export function ChronologyMark({ episode, geometry: g, colour, hatchFill, now, selected, onSelect }: Props) {
  const open = !episode.foundAt;
  const arrowX = g.x + g.width;
  return (
    // Interactive (MUI's default): the pointer can move onto the tooltip to read it, and Escape closes it (1.4.13).
    <Tooltip title={<MarkTooltip episode={episode} now={now} />} placement="top" arrow>
      <g
        data-testid="chronology-mark"
        data-episode-id={episode.id}
        data-open={open ? 'true' : undefined}
        style={{ cursor: 'pointer' }}
        onClick={() => onSelect(episode.id)}
      >
        <rect
          x={g.x}
          y={g.y}
          width={g.width}
          height={g.height}
          rx={2}
          fill={open ? hatchFill : colour}
          stroke={selected ? '#111' : open ? colour : '#fff'}
          strokeWidth={selected ? 2.5 : open ? 1.5 : 0.75}
        />
        {open && (
          <polygon
            points={`${arrowX},${g.y - 3} ${arrowX + 11},${g.y + g.height / 2} ${arrowX},${g.y + g.height + 3}`}
            fill={colour}
          />
        )}
      </g>
    </Tooltip>
  );
}
