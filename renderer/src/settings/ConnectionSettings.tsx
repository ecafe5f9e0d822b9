import {
  Alert,
  Box,
  Button,
  FormControlLabel,
  Radio,
  RadioGroup,
  TextField,
  Typography,
} from '@mui/material';
import { useEffect, useState } from 'react';
import { parseServerUrl, type ConnectionInfo, type DesktopBridge } from '../../../shared/api/connection';
import { SettingsSection } from './SettingsSection';

declare global {
  interface Window {
    /** The desktop app's connection choice (electron/preload); absent in browser mode. */
    homewardDesktop?: DesktopBridge;
  }
}

const INTRO =
  'Where Homeward keeps its records: on this computer (an encrypted file only this computer opens) or on your ' +
  'council’s Homeward server, shared with your team, where you sign in.';

/** "On this computer" or "My council's Homeward server"; in browser mode, which mode this window is in. */
export function ConnectionSettings() {
  const bridge = window.homewardDesktop;
  const [info, setInfo] = useState<ConnectionInfo | null>(null);
  useEffect(() => {
    void bridge?.connection().then(setInfo);
  }, [bridge]);
  if (!bridge) {
    return (
      <SettingsSection title="Connection" intro={INTRO}>
        <Typography>
          This is <strong>browser mode</strong>: the page and its records come from{' '}
          <strong>{window.location.origin}</strong>. The choice between this computer and a council server is
          made in the Homeward desktop app.
        </Typography>
      </SettingsSection>
    );
  }
  return (
    <SettingsSection title="Connection" intro={INTRO}>
      {info && <ConnectionForm key={JSON.stringify(info)} info={info} bridge={bridge} />}
    </SettingsSection>
  );
}

function ConnectionForm({ info, bridge }: { info: ConnectionInfo; bridge: DesktopBridge }) {
  const current = info.connection;
  const [mode, setMode] = useState(current.mode);
  const [url, setUrl] = useState(current.mode === 'server' ? current.url : '');
  const [touched, setTouched] = useState(false);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<{ ok: boolean; message: string } | null>(null);
  const checked = parseServerUrl(url);
  const urlError = mode === 'server' && touched && !checked.ok ? checked.message : null;
  const unchanged =
    info.chosen &&
    mode === current.mode &&
    (mode === 'local' || (checked.ok && current.mode === 'server' && checked.url === current.url));

  const submit = async () => {
    setTouched(true);
    if (mode === 'server' && !checked.ok) return;
    setBusy(true);
    setOutcome(null);
    const result = await bridge.choose(
      mode === 'server' && checked.ok ? { mode: 'server', url: checked.url } : { mode: 'local' },
    );
    setBusy(false);
    setOutcome(
      result.ok
        ? { ok: true, message: 'Saved. Homeward is restarting on your choice.' }
        : { ok: false, message: result.message },
    );
  };

  return (
    <Box
      component="form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      {!info.chosen && (
        // A note, not an alert: nothing went wrong, and a screen reader should not interrupt with it.
        <Alert severity="info" role="note" sx={{ mb: 2 }}>
          First start: choose where Homeward keeps its records. Until you do, it works on this computer.
        </Alert>
      )}
      <Typography sx={{ mb: 1 }}>
        Now:{' '}
        <strong>
          {current.mode === 'server' ? `your council’s Homeward server, ${current.url}` : 'on this computer'}
        </strong>
      </Typography>
      <RadioGroup
        aria-label="Where Homeward keeps its records"
        value={mode}
        onChange={(e) => setMode(e.target.value === 'server' ? 'server' : 'local')}
      >
        <FormControlLabel value="local" control={<Radio />} label="On this computer" />
        <FormControlLabel value="server" control={<Radio />} label="My council’s Homeward server" />
      </RadioGroup>
      {mode === 'server' && (
        <TextField
          label="Server address"
          value={url}
          onChange={(e) => setUrl(e.target.value)}
          onBlur={() => setTouched(true)}
          error={urlError !== null}
          helperText={urlError ? `Server address ${urlError}.` : 'The https address your council gave you.'}
          size="small"
          placeholder="https://homeward.council.gov.uk"
          sx={{ mt: 1, width: { xs: '100%', sm: 460 } }}
          slotProps={{ htmlInput: { inputMode: 'url', autoComplete: 'url', spellCheck: false } }}
        />
      )}
      <Box sx={{ display: 'flex', gap: 2, alignItems: 'center', flexWrap: 'wrap', mt: 2 }}>
        <Button type="submit" variant="contained" disabled={busy || unchanged}>
          {mode === 'server' ? 'Check the server and switch' : 'Use this computer'}
        </Button>
        {busy && <Typography role="status">Checking…</Typography>}
      </Box>
      {outcome && (
        <Alert
          severity={outcome.ok ? 'success' : 'error'}
          sx={{ mt: 2 }}
          role={outcome.ok ? 'status' : 'alert'}
        >
          {outcome.message}
        </Alert>
      )}
      {mode === 'server' && (
        <Typography color="text.secondary" sx={{ mt: 2 }} variant="body2">
          Against a server, the records on this computer stay here untouched; to move them onto the server,
          your administrator runs copy-to-server once.
        </Typography>
      )}
    </Box>
  );
}
