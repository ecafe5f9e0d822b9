import {
  Alert,
  Box,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField,
  Typography,
} from '@mui/material';
import { useState, type ChangeEvent } from 'react';
import type { ImportReport } from '../../../shared/api/importExport';
import { ApiCallError, call } from '../api/client';
import { ExportButton } from '../components/ExportButton';
import { FilePickerButton } from '../components/FilePickerButton';
import { SettingsSection } from './SettingsSection';

/** For data teams: the same import and exports as `npm run cli`, with the report on screen. */
export function ImportExportSettings() {
  const [report, setReport] = useState<ImportReport | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const period = { ...(from ? { from } : {}), ...(to ? { to } : {}) };

  const importFile = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (!file) return;
    setBusy(true);
    setError(null);
    setReport(null);
    try {
      setReport(await call('importExport.import', { fileName: file.name, content: await file.text() }));
    } catch (err) {
      setError(err instanceof ApiCallError ? err.message : 'The file could not be imported.');
    } finally {
      setBusy(false);
    }
  };

  return (
    <SettingsSection
      title="Import and export"
      intro="Import episodes from the SSDA903 Missing table (CHILD, DOB, MISSING, MIS_START, MIS_END) or Homeward's own CSV. Every row is checked as the episode form checks it; valid rows are imported together and rejected rows are listed with their line. Importing the same file twice adds nothing twice."
    >
      <Stack spacing={2}>
        <Box>
          <FilePickerButton
            variant="contained"
            disabled={busy}
            accept=".csv,text/csv"
            inputLabel="CSV file to import"
            onFile={(e) => void importFile(e)}
          >
            {busy ? 'Importing…' : 'Import a CSV file…'}
          </FilePickerButton>
        </Box>
        {error && <Alert severity="error">{error}</Alert>}
        {report && <ImportReportView report={report} />}
        <Typography variant="h3" component="h3" sx={{ pt: 1 }}>
          Export
        </Typography>
        <Stack direction="row" spacing={2} sx={{ flexWrap: 'wrap', alignItems: 'center' }}>
          <TextField
            label="From (YYYY-MM-DD)"
            size="small"
            value={from}
            onChange={(e) => setFrom(e.target.value.trim())}
          />
          <TextField
            label="To (YYYY-MM-DD)"
            size="small"
            value={to}
            onChange={(e) => setTo(e.target.value.trim())}
          />
          <ExportButton make={() => call('importExport.export903', period)}>903 Missing table</ExportButton>
          <ExportButton make={() => call('importExport.exportAnnexA', period)}>Annex A List 8</ExportButton>
          <ExportButton make={() => call('importExport.exportHomeward', period)}>Homeward CSV</ExportButton>
        </Stack>
        <Typography variant="body2" color="text.secondary">
          Leave the dates empty to export every episode (Annex A: the 12 months to today).
        </Typography>
      </Stack>
    </SettingsSection>
  );
}

function ImportReportView({ report }: { report: ImportReport }) {
  const format =
    report.format === '903'
      ? 'SSDA903 Missing table'
      : report.format === 'homeward'
        ? 'Homeward CSV'
        : 'not recognised';
  return (
    <Box>
      <Alert severity={report.rowsRejected > 0 ? 'warning' : 'success'} sx={{ mb: 1 }}>
        {format}: {report.rowsRead} rows read; {report.imported} episodes imported; {report.alreadyPresent}{' '}
        already present; {report.childrenCreated} children created; {report.rowsRejected} rows rejected.
      </Alert>
      {report.rejected.length > 0 && (
        <Table size="small" aria-label="Rejected rows">
          <TableHead>
            <TableRow>
              <TableCell sx={{ width: 80 }}>Line</TableCell>
              <TableCell sx={{ width: 160 }}>Column</TableCell>
              <TableCell>Why it was rejected</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {report.rejected.slice(0, 200).map((r, i) => (
              <TableRow key={`${r.line}-${i}`}>
                <TableCell>{r.line}</TableCell>
                <TableCell>{r.field}</TableCell>
                <TableCell>{r.message}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      {report.rejected.length > 200 && (
        <Typography variant="body2" sx={{ mt: 1 }}>
          and {report.rejected.length - 200} more: import from the command line (npm run cli -- import) for
          the full report.
        </Typography>
      )}
    </Box>
  );
}
