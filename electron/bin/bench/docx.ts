import { buildMinutesDocx } from '../../backend/exports/docx';
import { largeMinutes } from '../../backend/exports/docx/sampleModels';
import { measure, type Measure } from './measure';

/** Issue 5's target: minutes with 15 agenda items, ~5,000 words and 100 actions built in under 500 ms. */
export const benchMinutesDocx = (): Promise<Measure> =>
  measure(
    'build minutes .docx: 15 items, ~5,000 words, 100 actions',
    500,
    () => buildMinutesDocx(largeMinutes),
    {
      runs: 20,
      warmup: 1,
    },
  );
