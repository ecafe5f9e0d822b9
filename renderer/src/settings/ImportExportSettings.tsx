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
import {
  MAX_REJECTIONS_LISTED,
  type ImportProgress,
  type ImportReport,
} from '../../../shared/api/importExport';
import { parseUkDate } from '../../../shared/time/london';
import { ApiCallError, call } from '../api/client';
import { invalidateEverything } from '../api/invalidate';
import { ExportButton } from '../components/ExportButton';
import { FilePickerButton } from '../components/FilePickerButton';
import { ImportProgressBar } from './ImportProgressBar';
import { SettingsSection } from './SettingsSection';

/** How often a running import is asked how far it has gone. */
const POLL_MS = 250;
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** For data teams: the same import and exports as `npm run cli`, with the report on screen. */
export function ImportExportSettings() {
  const [report, setReport] = useState<ImportReport | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState<ImportProgress | null>(null);
  const [cancelling, setCancelling] = useState(false);
  const [cancelled, setCancelled] = useState(false);
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [rangeErrors, setRangeErrors] = useState<{ from?: string; to?: string }>({});
  const range = readRange(from, to);
  const period = range.ok ? range.period : {};
  // The problem goes under its field, where it is read beside the text to correct (never over it).
  const ready = () => {
    setRangeErrors(range.ok ? {} : range.errors);
    return range.ok;
  };

  const importFile = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (!file) return;
    setBusy(true);
    setError(null);
    setReport(null);
    setCancelled(false);
    setCancelling(false);
    try {
      // Started as a job and followed until it ends, so the bar moves and Cancel can stop it (issue 15).
      const { jobId } = await call('importExport.startImport', {
        fileName: file.name,
        content: await file.text(),
      });
      let p = await call('importExport.importProgress', { jobId });
      setProgress(p);
      while (p.status === 'running') {
        await wait(POLL_MS);
        p = await call('importExport.importProgress', { jobId });
        setProgress(p);
      }
      if (p.status === 'done') {
        setReport(p.report);
        if ((p.report?.imported ?? 0) > 0) invalidateEverything();
      } else if (p.status === 'cancelled') {
        setCancelled(true);
      } else {
        setError(p.error ?? 'The file could not be imported.');
      }
    } catch (err) {
      setError(err instanceof ApiCallError ? err.message : 'The file could not be imported.');
    } finally {
      setProgress(null);
      setBusy(false);
    }
  };

  const cancelImport = async () => {
    if (!progress) return;
    setCancelling(true);
    try {
      await call('importExport.cancelImport', { jobId: progress.jobId });
    } catch (err) {
      setCancelling(false);
      setError(err instanceof ApiCallError ? err.message : 'The import could not be cancelled.');
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
        {progress && (
          <ImportProgressBar
            progress={progress}
            cancelling={cancelling}
            onCancel={() => void cancelImport()}
          />
        )}
        {cancelled && (
          <Alert severity="info">The import was cancelled. Nothing from the file was imported.</Alert>
        )}
        {error && <Alert severity="error">{error}</Alert>}
        {report && <ImportReportView report={report} />}
        <Typography variant="h3" component="h3" sx={{ pt: 1 }}>
          Export
        </Typography>
        <Stack direction="row" sx={{ flexWrap: 'wrap', alignItems: 'flex-start', gap: 2 }}>
          {(['from', 'to'] as const).map((key) => (
            <TextField
              key={key}
              label={key === 'from' ? 'From' : 'To'}
              size="small"
              value={key === 'from' ? from : to}
              placeholder="dd/mm/yyyy"
              error={Boolean(rangeErrors[key])}
              helperText={rangeErrors[key] ?? 'dd/mm/yyyy'}
              onChange={(e) => {
                (key === 'from' ? setFrom : setTo)(e.target.value);
                setRangeErrors(({ [key]: _gone, ...rest }) => rest);
              }}
              onBlur={() => {
                const r = readRange(key === 'from' ? from : '', key === 'to' ? to : '');
                if (!r.ok && r.errors[key]) setRangeErrors((e) => ({ ...e, [key]: r.errors[key] }));
              }}
              slotProps={{ htmlInput: { autoComplete: 'off' } }}
              sx={{ width: 200 }}
            />
          ))}
          <ExportButton ready={ready} make={() => call('importExport.export903', period)}>
            903 Missing table
          </ExportButton>
          <ExportButton ready={ready} make={() => call('importExport.exportAnnexA', period)}>
            Annex A List 8
          </ExportButton>
          <ExportButton ready={ready} make={() => call('importExport.exportHomeward', period)}>
            Homeward CSV
          </ExportButton>
        </Stack>
        <Typography variant="body2" color="text.secondary">
          Leave the dates empty to export every episode (Annex A: the 12 months to today).
        </Typography>
      </Stack>
    </SettingsSection>
  );
}

type Range =
  | { ok: true; period: { from?: string; to?: string } }
  | { ok: false; errors: { from?: string; to?: string } };

/** The export range as typed (dd/mm/yyyy, through the one shared parser); either end may be left empty. */
function readRange(fromText: string, toText: string): Range {
  const errors: { from?: string; to?: string } = {};
  const period: { from?: string; to?: string } = {};
  for (const [key, text, label] of [
    ['from', fromText, 'From'],
    ['to', toText, 'To'],
  ] as const) {
    if (!text.trim()) continue;
    const parsed = parseUkDate(text);
    if (parsed.ok) period[key] = parsed.date;
    else errors[key] = `${label} ${parsed.message}.`;
  }
  if (period.from && period.to && period.to < period.from) errors.to = 'To is before From.';
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, period };
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
      {report.rejected.length + report.rejectedNotListed > 200 && (
        <Typography variant="body2" sx={{ mt: 1 }}>
          and {(report.rejected.length + report.rejectedNotListed - 200).toLocaleString('en-GB')} more reasons
          not shown.{' '}
          {report.rejectedNotListed > 0
            ? `The command line (npm run cli -- import) lists the first ${MAX_REJECTIONS_LISTED.toLocaleString('en-GB')}; correct those and import again to see the next.`
            : 'Import from the command line (npm run cli -- import) for the full report.'}
        </Typography>
      )}
    </Box>
  );
}
