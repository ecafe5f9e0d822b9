import { createTheme, type Theme } from '@mui/material/styles';

/** The dark blue of the app bar and primary buttons; on white it is 8.7:1. */
const PRIMARY = '#1d4f73';
/** A border that shows a field's edge at 4.6:1 on white (WCAG 1.4.11 asks 3:1; MUI's default is 1.7:1). */
const FIELD_BORDER = '#757575';

/** Phones and a 1280 px screen at 250% zoom or more: MUI's xs breakpoint. */
const NARROW = '@media (max-width: 599.95px)';

/**
 * The keyboard focus ring (WCAG 2.4.7, 1.4.11): a 3 px outline in the primary blue, 8.7:1 against the white and
 * grey page, where MUI's default is a faint ripple at 1.2-2.2:1. The app bar's links set theirs white (MainNav).
 */
const focusRing = { outline: `3px solid ${PRIMARY}`, outlineOffset: 2 } as const;
/** For things inside a box that clips (menu items, tabs, list rows): the ring drawn just inside their edge. */
const insetFocusRing = { outline: `3px solid ${PRIMARY}`, outlineOffset: -3 } as const;

// Calm, high-contrast, readable when shared on a projector in a multi-agency meeting.
export const theme = createTheme({
  palette: {
    mode: 'light',
    primary: { main: PRIMARY },
    secondary: { main: '#6b4c9a' },
    error: { main: '#b3261e' },
    warning: { main: '#b35c00' },
    success: { main: '#2e6b30' },
    background: { default: '#f4f6f8' },
  },
  typography: {
    fontFamily: '"Segoe UI", Arial, "Liberation Sans", sans-serif',
    fontSize: 15,
    h1: { fontSize: '1.7rem', fontWeight: 600 },
    h2: { fontSize: '1.3rem', fontWeight: 600 },
    h3: { fontSize: '1.1rem', fontWeight: 600 },
  },
  components: {
    MuiCssBaseline: {
      styleOverrides: {
        html: {
          // Focus and in-page jumps stop below whatever sticks to the top (the app bar, a meeting's tab bar), which
          // publish their heights in these variables, so the focused control is never under them (WCAG 2.4.11).
          scrollPaddingTop: 'calc(var(--homeward-sticky-top, 0px) + var(--homeward-sticky-extra, 0px) + 8px)',
        },
        // Long words (case references, e-mail addresses, profile ids) wrap rather than push a 320 px screen wide.
        body: { overflowWrap: 'break-word' },
        ':focus-visible': focusRing,
      },
    },
    MuiButtonBase: {
      styleOverrides: { root: { '&.Mui-focusVisible': focusRing } },
    },
    MuiButton: {
      defaultProps: { disableElevation: true },
      styleOverrides: { root: { textTransform: 'none' } },
    },
    MuiMenuItem: { styleOverrides: { root: { '&.Mui-focusVisible': insetFocusRing } } },
    MuiTab: { styleOverrides: { root: { '&.Mui-focusVisible': insetFocusRing } } },
    MuiListItemButton: { styleOverrides: { root: { '&.Mui-focusVisible': insetFocusRing } } },
    MuiOutlinedInput: {
      styleOverrides: {
        notchedOutline: { borderColor: FIELD_BORDER },
        // A focused field has the thick primary border; a focused field in error keeps its red one, at 6.5:1.
        root: { '&.Mui-disabled .MuiOutlinedInput-notchedOutline': { borderColor: '#a0a0a0' } },
      },
    },
    MuiInput: { styleOverrides: { underline: { '&::before': { borderBottomColor: FIELD_BORDER } } } },
    MuiTableCell: { styleOverrides: { head: { fontWeight: 600 } } },
    // Positioned, so an absolutely placed hidden label in a cell is clipped by the scroller, not widening the page.
    MuiTableContainer: { styleOverrides: { root: { overflowX: 'auto', position: 'relative' } } },
    MuiPaper: { defaultProps: { variant: 'outlined' } },
    MuiDialog: {
      // At 320 px a dialog's 32 px margins leave too little for the form; 8 px keeps the page edge visible.
      styleOverrides: {
        paper: { [NARROW]: { margin: 8, maxWidth: 'calc(100% - 16px)', maxHeight: 'calc(100% - 16px)' } },
        paperFullWidth: { [NARROW]: { width: 'calc(100% - 16px)' } },
      },
    },
  },
});

/**
 * The same theme for someone who has asked their system for less motion (WCAG 2.3.3): menus, dialogs, collapses and
 * tooltips appear at once rather than growing or fading in, and buttons show no ripple. Spinners still turn: they say
 * that something is happening.
 */
export const reducedMotionTheme: Theme = createTheme(theme, {
  transitions: {
    create: () => 'none',
    getAutoHeightDuration: () => 0,
    duration: {
      shortest: 0,
      shorter: 0,
      short: 0,
      standard: 0,
      complex: 0,
      enteringScreen: 0,
      leavingScreen: 0,
    },
  },
  components: { MuiButtonBase: { defaultProps: { disableRipple: true } } },
});

/** Police risk colours used by the chronology chart, its legend and chips (shapes: 3:1 on white is enough). */
export const RISK_COLOURS: Record<string, string> = {
  high: '#b3261e',
  medium: '#d97a00',
  low: '#2f7d32',
  'no-apparent-risk': '#5f7d95',
  unknown: '#9e9e9e',
};

/**
 * The same risks as text colours: each at least 4.5:1 on white and on the page grey (WCAG 1.4.3), where the chart's
 * orange for Medium is 3.1:1 and its grey for Unknown 2.7:1.
 */
export const RISK_TEXT_COLOURS: Record<string, string> = {
  high: '#b3261e',
  medium: '#9c5200',
  low: '#2f7d32',
  'no-apparent-risk': '#4d6a80',
  unknown: '#616161',
};
