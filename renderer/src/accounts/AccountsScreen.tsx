import {
  Alert,
  Box,
  Button,
  FormControlLabel,
  MenuItem,
  Paper,
  Stack,
  Switch,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField,
  Typography,
} from '@mui/material';
import { useState, type FormEvent } from 'react';
import type { Account } from '../../../shared/api/accounts';
import type { ApiError } from '../../../shared/api/result';
import { ROLE_LABELS, ROLE_SUMMARIES, ROLES, type Role } from '../../../shared/auth/roles';
import { ApiCallError, call } from '../api/client';
import { useQuery } from '../api/useQuery';
import { formatInstant } from './format';

const EMPTY = { username: '', displayName: '', role: 'read-only' as Role, email: '', password: '' };

function AddAccount({ onAdded }: { onAdded: () => void }) {
  const [form, setForm] = useState(EMPTY);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const issue = (field: string) => error?.issues?.find((i) => i.field === field)?.message;
  const text = (name: 'username' | 'displayName' | 'email' | 'password', label: string, type = 'text') => (
    <TextField
      label={label}
      type={type}
      size="small"
      value={form[name]}
      onChange={(e) => setForm((f) => ({ ...f, [name]: e.target.value }))}
      error={!!issue(name)}
      helperText={issue(name) ? `${label} ${issue(name)}` : undefined}
      required={name !== 'email'}
      autoComplete={type === 'password' ? 'new-password' : 'off'}
    />
  );
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    call('accounts.create', { ...form, email: form.email.trim() || null }).then(
      () => {
        setBusy(false);
        setError(null);
        setForm(EMPTY);
        onAdded();
      },
      (err: unknown) => {
        setBusy(false);
        // What was typed stays in the form, so a correction is one field.
        setError(err instanceof ApiCallError ? err.error : { code: 'internal', message: String(err) });
      },
    );
  };
  return (
    <Paper variant="outlined" sx={{ p: 2, mb: 3 }}>
      <Typography variant="h6" component="h2" sx={{ mb: 1 }}>
        Add a person
      </Typography>
      <Box component="form" onSubmit={submit} noValidate>
        {error && (
          <Alert severity="error" sx={{ mb: 2 }}>
            {error.message}
          </Alert>
        )}
        <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} sx={{ flexWrap: 'wrap', rowGap: 2 }}>
          {text('username', 'Username')}
          {text('displayName', 'Display name')}
          <TextField
            select
            size="small"
            label="Role"
            value={form.role}
            onChange={(e) => setForm((f) => ({ ...f, role: e.target.value as Role }))}
            sx={{ minWidth: 180 }}
            helperText={ROLE_SUMMARIES[form.role]}
          >
            {ROLES.map((r) => (
              <MenuItem key={r} value={r}>
                {ROLE_LABELS[r]}
              </MenuItem>
            ))}
          </TextField>
          {text('email', 'Email (for single sign-on)')}
          {text('password', 'First password', 'password')}
          <Box>
            <Button type="submit" variant="contained" disabled={busy}>
              Add account
            </Button>
          </Box>
        </Stack>
      </Box>
    </Paper>
  );
}

function AccountRow({ account, onChanged }: { account: Account; onChanged: (e?: string) => void }) {
  const change = (input: Parameters<typeof call<'accounts.update'>>[1]) =>
    call('accounts.update', input).then(
      () => onChanged(),
      (e: Error) => onChanged(e.message),
    );
  return (
    <TableRow>
      <TableCell>{account.displayName}</TableCell>
      <TableCell>{account.username}</TableCell>
      <TableCell>
        <TextField
          select
          size="small"
          value={account.role}
          slotProps={{ htmlInput: { 'aria-label': `Role of ${account.displayName}` } }}
          onChange={(e) => void change({ id: account.id, role: e.target.value as Role })}
        >
          {ROLES.map((r) => (
            <MenuItem key={r} value={r}>
              {ROLE_LABELS[r]}
            </MenuItem>
          ))}
        </TextField>
      </TableCell>
      <TableCell>{account.email ?? '—'}</TableCell>
      <TableCell>
        <FormControlLabel
          control={
            <Switch
              checked={!account.disabled}
              onChange={(e) => void change({ id: account.id, disabled: !e.target.checked })}
            />
          }
          label={account.disabled ? 'Disabled' : 'Active'}
        />
        {account.lockedUntil && (
          <Typography variant="body2">Locked until {formatInstant(account.lockedUntil)}</Typography>
        )}
      </TableCell>
    </TableRow>
  );
}

/** Administrators: the people who may sign in to this server, and their roles. */
export function AccountsScreen() {
  const accounts = useQuery('accounts.list', {});
  const [problem, setProblem] = useState<string | null>(null);
  const changed = (e?: string) => {
    setProblem(e ?? null);
    accounts.reload();
  };
  return (
    <Box>
      <Typography variant="h4" component="h1" sx={{ mb: 2 }}>
        Accounts
      </Typography>
      <AddAccount onAdded={() => changed()} />
      {(problem ?? accounts.error) && (
        <Alert severity="error" sx={{ mb: 2 }}>
          {problem ?? accounts.error}
        </Alert>
      )}
      <Paper variant="outlined" sx={{ overflowX: 'auto' }}>
        <Table size="small" aria-label="Accounts">
          <TableHead>
            <TableRow>
              <TableCell>Name</TableCell>
              <TableCell>Username</TableCell>
              <TableCell>Role</TableCell>
              <TableCell>Email</TableCell>
              <TableCell>Status</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {(accounts.data ?? []).map((a) => (
              <AccountRow key={a.id} account={a} onChanged={changed} />
            ))}
          </TableBody>
        </Table>
      </Paper>
    </Box>
  );
}
