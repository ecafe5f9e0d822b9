import { buildMinutesDocx } from '../../backend/exports/docx';
import { largeMinutes } from '../../backend/exports/docx/sampleModels';
import { measure, type Measure } from './measure';

/** Issue 15's target (issue 5's was 500 ms): minutes with 15 agenda items, ~5,000 words and 100 actions in 200 ms. */
export const benchMinutesDocx = (): Promise<Measure> =>
  measure(
    'build minutes .docx: 15 items, ~5,000 words, 100 actions',
    200,
    () => buildMinutesDocx(largeMinutes),
    {
      runs: 20,
      warmup: 1,
    },
  );
