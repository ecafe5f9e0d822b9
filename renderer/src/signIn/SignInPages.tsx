import { Alert, Box, Button, Paper, Stack, TextField, Typography } from '@mui/material';
import { useState, type FormEvent, type ReactNode } from 'react';
import type { ApiError } from '../../../shared/api/result';
import { MIN_PASSWORD_LENGTH } from '../../../shared/api/accounts';
import { postAuth } from './authClient';

function Frame({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Box component="main" sx={{ display: 'flex', justifyContent: 'center', px: 2, py: { xs: 3, md: 8 } }}>
      <Paper variant="outlined" sx={{ p: { xs: 2, sm: 4 }, width: '100%', maxWidth: 440 }}>
        <Typography variant="h5" component="h1" sx={{ fontWeight: 700, mb: 0.5 }}>
          Homeward
        </Typography>
        <Typography variant="h6" component="h2" sx={{ mb: 2 }}>
          {title}
        </Typography>
        {children}
      </Paper>
    </Box>
  );
}

const issueFor = (error: ApiError | null, field: string) =>
  error?.issues?.find((i) => i.field === field)?.message;

/** The council server's sign-in: username and password (and single sign-on when the server offers it). */
export function SignInPage({ onSignedIn, singleSignOn }: { onSignedIn: () => void; singleSignOn: boolean }) {
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    void postAuth('sign-in', { username, password }).then((refused) => {
      setBusy(false);
      // The password is not kept after a refusal; the username is, so a typo costs one field.
      setPassword('');
      if (refused) setError(refused);
      else onSignedIn();
    });
  };
  return (
    <Frame title="Sign in">
      <Stack component="form" spacing={2} onSubmit={submit} noValidate>
        {error && <Alert severity={error.code === 'locked' ? 'warning' : 'error'}>{error.message}</Alert>}
        <TextField
          label="Username"
          autoComplete="username"
          value={username}
          onChange={(e) => setUsername(e.target.value)}
          required
          autoFocus
        />
        <TextField
          label="Password"
          type="password"
          autoComplete="current-password"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          required
        />
        <Button type="submit" variant="contained" disabled={busy || !username || !password}>
          Sign in
        </Button>
        {singleSignOn && (
          <Button variant="outlined" href="/auth/oidc/start">
            Sign in with your council account
          </Button>
        )}
      </Stack>
    </Frame>
  );
}

/** The first start: the one-time code the server printed makes the first administrator. */
export function SetupPage({ onDone }: { onDone: () => void }) {
  const [form, setForm] = useState({ code: '', username: '', displayName: '', password: '' });
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const field = (name: keyof typeof form, label: string, extra: Record<string, unknown> = {}) => (
    <TextField
      label={label}
      value={form[name]}
      onChange={(e) => setForm((f) => ({ ...f, [name]: e.target.value }))}
      error={!!issueFor(error, name)}
      helperText={issueFor(error, name) ? `${label} ${issueFor(error, name)}` : (extra.helperText as string)}
      required
      {...extra}
    />
  );
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    void postAuth('setup', form).then((refused) => {
      setBusy(false);
      if (refused) setError(refused);
      else onDone();
    });
  };
  return (
    <Frame title="Set up the first administrator">
      <Typography sx={{ mb: 2 }}>
        This server has no accounts yet. Type the one-time setup code the server printed when it started, and
        the administrator’s details. The administrator then adds everyone else.
      </Typography>
      <Stack component="form" spacing={2} onSubmit={submit} noValidate>
        {error && <Alert severity="error">{error.message}</Alert>}
        {field('code', 'Setup code', { autoFocus: true, autoComplete: 'one-time-code' })}
        {field('username', 'Username', { autoComplete: 'username' })}
        {field('displayName', 'Display name', { autoComplete: 'name' })}
        {field('password', 'Password', {
          type: 'password',
          autoComplete: 'new-password',
          helperText: `At least ${MIN_PASSWORD_LENGTH} characters.`,
        })}
        <Button type="submit" variant="contained" disabled={busy}>
          Create administrator
        </Button>
      </Stack>
    </Frame>
  );
}
