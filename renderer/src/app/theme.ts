import { createTheme } from '@mui/material/styles';

// Calm, high-contrast, readable when shared on a projector in a multi-agency meeting.
export const theme = createTheme({
  palette: {
    mode: 'light',
    primary: { main: '#1d4f73' },
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
    MuiButton: {
      defaultProps: { disableElevation: true },
      styleOverrides: { root: { textTransform: 'none' } },
    },
    MuiTableCell: { styleOverrides: { head: { fontWeight: 600 } } },
    MuiPaper: { defaultProps: { variant: 'outlined' } },
  },
});

/** Police risk colours used by the chronology chart, its legend and chips. */
export const RISK_COLOURS: Record<string, string> = {
  high: '#b3261e',
  medium: '#d97a00',
  low: '#2f7d32',
  'no-apparent-risk': '#5f7d95',
  unknown: '#9e9e9e',
};
