import { Box } from '@mui/material';
import { useId } from 'react';
import { EPISODE_CATEGORIES, type Episode } from '../../../../shared/domain/episode';
import { DAY_MS } from '../../../../shared/time/london';
import { RISK_COLOURS } from '../../app/theme';
import { CATEGORY_SHORT_LABELS, currentRisk, riskColour } from '../episodeView';
import { chartSummary } from './chartSummary';
import { ChronologyMark } from './ChronologyMark';
import { chartDomain, monthTicks } from './timeScale';
import { useElementWidth } from './useElementWidth';

const LEFT = 88;
/** Room for the open-episode arrow and the "Now" label. */
const RIGHT = 36;
const TOP = 24;
const LANE = 48;
const BAR = 28;
const AXIS = 30;
const HEIGHT = TOP + LANE * EPISODE_CATEGORIES.length + AXIS;
/** A one-hour episode must still be visible and clickable. */
const MIN_WIDTH = 6;
/** Wide enough for the hatching to read as "still open" even a few hours in. */
const MIN_OPEN_WIDTH = 12;

const ms = (iso: string) => new Date(iso).getTime();

interface Props {
  episodes: Episode[];
  now: string;
  selectedId: string | null;
  onSelect: (id: string) => void;
}

/** The chronology drawn over time: one lane per category, bars coloured by police risk, open episodes to now. */
export function ChronologyChart({ episodes, now, selectedId, onSelect }: Props) {
  const { ref, width } = useElementWidth<HTMLDivElement>(1000);
  // useId gives characters that are not valid in a url(#...) reference.
  const uid = `chrono${useId().replace(/[^a-zA-Z0-9]/g, '')}`;
  const nowMs = ms(now);
  const first = episodes.length ? Math.min(...episodes.map((e) => ms(e.reportedAt))) : null;
  const { start, end } = chartDomain(first, nowMs);
  const plotWidth = Math.max(width - LEFT - RIGHT, 120);
  const pxPerMs = plotWidth / Math.max(end - start, 1);
  const x = (t: number) => LEFT + (Math.min(Math.max(t, start), end) - start) * pxPerMs;
  const ticks = monthTicks(start, end, pxPerMs);
  const axisY = TOP + LANE * EPISODE_CATEGORIES.length;
  const band90 = x(nowMs - 90 * DAY_MS);
  const hatchId = (key: string) => `${uid}-hatch-${key}`;

  return (
    <Box ref={ref} sx={{ width: '100%', fontSize: 13, color: 'text.primary' }}>
      <svg
        role="img"
        aria-label={chartSummary(episodes)}
        width={width}
        height={HEIGHT}
        style={{ display: 'block' }}
      >
        <defs>
          {Object.entries(RISK_COLOURS).map(([key, colour]) => (
            <pattern
              key={key}
              id={hatchId(key)}
              patternUnits="userSpaceOnUse"
              width={6}
              height={6}
              patternTransform="rotate(45)"
            >
              <rect width={6} height={6} fill={colour} fillOpacity={0.25} />
              <line x1={0} y1={0} x2={0} y2={6} stroke={colour} strokeWidth={3} />
            </pattern>
          ))}
        </defs>

        {EPISODE_CATEGORIES.map((category, i) => (
          <g key={category}>
            <rect
              x={LEFT}
              y={TOP + i * LANE}
              width={plotWidth}
              height={LANE}
              fill={i % 2 ? '#ffffff' : '#f3f6f9'}
            />
            <text
              x={LEFT - 10}
              y={TOP + i * LANE + LANE / 2}
              textAnchor="end"
              dominantBaseline="central"
              fill="#333"
            >
              {CATEGORY_SHORT_LABELS[category]}
            </text>
          </g>
        ))}

        <rect
          x={band90}
          y={TOP}
          width={x(nowMs) - band90}
          height={axisY - TOP}
          fill="#1d4f73"
          fillOpacity={0.07}
        />
        {/* A narrow band (a long chronology) puts its label outside, clear of "Now". */}
        <text
          x={x(nowMs) - band90 > 110 ? band90 + 4 : band90 - 4}
          y={TOP - 8}
          textAnchor={x(nowMs) - band90 > 110 ? 'start' : 'end'}
          fill="#1d4f73"
          fontSize={12}
        >
          Last 90 days
        </text>

        {ticks.map((tick) => (
          <g key={tick.at}>
            <line
              x1={x(tick.at)}
              x2={x(tick.at)}
              y1={TOP}
              y2={axisY + 5}
              stroke={tick.yearStart ? '#8a99a8' : '#d5dde5'}
              strokeWidth={tick.yearStart ? 1.5 : 1}
            />
            {tick.labelled && (
              <text
                x={x(tick.at)}
                y={axisY + 19}
                textAnchor="middle"
                fill={tick.yearStart ? '#222' : '#555'}
                fontWeight={tick.yearStart ? 700 : 400}
                fontSize={12}
              >
                {tick.label}
              </text>
            )}
          </g>
        ))}
        <line x1={LEFT} x2={LEFT + plotWidth} y1={axisY} y2={axisY} stroke="#8a99a8" />

        {episodes.map((e) => {
          const lane = EPISODE_CATEGORIES.indexOf(e.category);
          const x1 = x(ms(e.reportedAt));
          const x2 = x(e.foundAt ? ms(e.foundAt) : nowMs);
          const risk = currentRisk(e);
          const minWidth = e.foundAt ? MIN_WIDTH : MIN_OPEN_WIDTH;
          return (
            <ChronologyMark
              key={e.id}
              episode={e}
              geometry={{
                x: Math.min(x1, LEFT + plotWidth - minWidth),
                width: Math.max(x2 - x1, minWidth),
                y: TOP + lane * LANE + (LANE - BAR) / 2,
                height: BAR,
              }}
              colour={riskColour(risk)}
              hatchFill={`url(#${hatchId(risk ?? 'unknown')})`}
              now={now}
              selected={e.id === selectedId}
              onSelect={onSelect}
            />
          );
        })}

        <line x1={x(nowMs)} x2={x(nowMs)} y1={TOP - 4} y2={axisY} stroke="#222" strokeDasharray="4 3" />
        <text x={x(nowMs)} y={TOP - 8} textAnchor="middle" fontWeight={700} fontSize={12} fill="#222">
          Now
        </text>
      </svg>
    </Box>
  );
}
