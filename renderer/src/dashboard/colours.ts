import type { EpisodeCategory } from '../../../shared/domain/episode';

/**
 * Category colours from the Okabe-Ito palette, told apart with the common colour-vision deficiencies; each is dark
 * enough to read against white, and the tables beside the charts carry the numbers anyway.
 */
export const CATEGORY_COLOURS: Record<EpisodeCategory, string> = {
  missing: '#0b5394',
  absent: '#d55e00',
  away: '#7b4fa0',
};

export const PUSH_COLOUR = '#1d4f73';
export const PULL_COLOUR = '#8a5a00';
export const LINE_COLOUR = '#2e6b30';
