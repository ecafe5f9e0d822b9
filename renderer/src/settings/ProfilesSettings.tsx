import {
  Alert,
  Box,
  Button,
  Chip,
  FormControl,
  InputLabel,
  MenuItem,
  Select,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
} from '@mui/material';
import { useState } from 'react';
import { ApiCallError, call } from '../api/client';
import { useQuery } from '../api/useQuery';
import { ProfileEditor } from './ProfileEditor';
import { SettingsSection } from './SettingsSection';

/**
 * Protocol profiles are data: the five shipped from the protocol texts are read-only; a council duplicates one and
 * edits the copy for its own thresholds, chairs and clocks, and picks the default.
 */
export function ProfilesSettings() {
  const q = useQuery('protocol.profiles', {});
  const [editing, setEditing] = useState<{ id: string; duplicate: boolean } | null>(null);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const setDefault = async (id: string) => {
    try {
      await call('settings.update', { defaultProfileId: id });
      setMessage({ ok: true, text: 'Default profile changed.' });
    } catch (e) {
      setMessage({
        ok: false,
        text: e instanceof ApiCallError ? e.message : 'Could not change the default.',
      });
    }
  };
  return (
    <SettingsSection
      title="Protocol profiles"
      intro="Which episodes count, the window, the stages and who chairs them, the clocks and deadlines. A child follows their own profile if one is chosen, else the host authority's when placed in another area (East Midlands protocol), else the placing authority's, else the default."
    >
      {q.data && (
        <Stack spacing={2}>
          <FormControl size="small" sx={{ maxWidth: 420 }}>
            <InputLabel id="default-profile">Default profile</InputLabel>
            <Select
              labelId="default-profile"
              label="Default profile"
              value={q.data.defaultProfileId}
              onChange={(e) => void setDefault(e.target.value)}
            >
              {q.data.profiles.map((p) => (
                <MenuItem key={p.id} value={p.id}>
                  {p.name}
                </MenuItem>
              ))}
            </Select>
          </FormControl>
          {message && <Alert severity={message.ok ? 'success' : 'error'}>{message.text}</Alert>}
          <TableContainer>
            <Table size="small" aria-label="Protocol profiles">
              <TableHead>
                <TableRow>
                  <TableCell>Profile</TableCell>
                  <TableCell>Council</TableCell>
                  <TableCell>Source</TableCell>
                  <TableCell sx={{ width: 220 }}>Actions</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {q.data.profiles.map((p) => (
                  <TableRow key={p.id}>
                    <TableCell>{p.name}</TableCell>
                    <TableCell>{p.council}</TableCell>
                    <TableCell>
                      {p.shipped ? (
                        <Chip size="small" label="From the protocol text" />
                      ) : (
                        <Chip size="small" color="secondary" label="Council’s own" />
                      )}
                    </TableCell>
                    <TableCell>
                      <Box sx={{ display: 'flex', gap: 1 }}>
                        <Button size="small" onClick={() => setEditing({ id: p.id, duplicate: true })}>
                          Duplicate
                        </Button>
                        {!p.shipped && (
                          <Button size="small" onClick={() => setEditing({ id: p.id, duplicate: false })}>
                            Edit
                          </Button>
                        )}
                      </Box>
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </TableContainer>
        </Stack>
      )}
      {editing && (
        <ProfileEditor
          sourceId={editing.id}
          duplicate={editing.duplicate}
          onClose={() => setEditing(null)}
          onSaved={(name) => {
            setEditing(null);
            setMessage({ ok: true, text: `Saved ${name}.` });
          }}
        />
      )}
    </SettingsSection>
  );
}
