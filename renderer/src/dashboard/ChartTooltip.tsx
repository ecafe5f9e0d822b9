import { useEffect, useState } from 'react';
import { DefaultTooltipContent, Tooltip, type TooltipProps } from 'recharts';

type Props = Pick<TooltipProps, 'formatter'>;

/**
 * A chart's tooltip that can be hovered and dismissed (WCAG 1.4.13). Recharts' default follows the pointer and lets
 * it through, so moving onto the tooltip to read it moved or hid it. This one stays at the top of the chart beside
 * the hovered month or risk, takes the pointer (its moves no longer reach the chart, so it keeps its content), and
 * Escape hides it until the pointer moves again.
 */
export function ChartTooltip({ formatter }: Props) {
  const [dismissed, setDismissed] = useState(false);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && setDismissed(true);
    const onMove = () => setDismissed(false);
    window.addEventListener('keydown', onKey);
    window.addEventListener('pointermove', onMove);
    return () => {
      window.removeEventListener('keydown', onKey);
      window.removeEventListener('pointermove', onMove);
    };
  }, []);
  return (
    <Tooltip
      {...(formatter ? { formatter } : {})}
      active={dismissed ? false : undefined}
      position={{ y: 0 }}
      isAnimationActive={false}
      wrapperStyle={{ pointerEvents: 'auto' }}
      content={(props) => (
        <div data-testid="chart-tooltip" onMouseMove={(e) => e.stopPropagation()}>
          {/* Body text colour: the lighter series colours are under 4.5:1 as text, as in the legend. */}
          <DefaultTooltipContent {...props} itemStyle={{ color: '#1a1a1a' }} />
        </div>
      )}
    />
  );
}
