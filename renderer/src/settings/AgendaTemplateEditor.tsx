import { Alert, Box, Button, IconButton, Paper, Stack, TextField, Tooltip, Typography } from '@mui/material';
import { useState } from 'react';
import type { AgendaTemplate, AgendaTemplateItem } from '../../../shared/domain/meeting';
import { ApiCallError, call } from '../api/client';

const keyFrom = (title: string, taken: Set<string>) => {
  const base =
    title
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 50) || 'item';
  let key = base;
  for (let n = 2; taken.has(key); n++) key = `${base}-${n}`;
  return key;
};

export function AgendaTemplateEditor({
  template,
  onSaved,
}: {
  template: AgendaTemplate;
  onSaved: () => void;
}) {
  const [items, setItems] = useState<AgendaTemplateItem[]>(template.items);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const update = (i: number, change: Partial<AgendaTemplateItem>) =>
    setItems((all) => all.map((it, n) => (n === i ? { ...it, ...change } : it)));
  const move = (i: number, by: -1 | 1) =>
    setItems((all) => {
      const next = [...all];
      const [it] = next.splice(i, 1);
      if (it) next.splice(i + by, 0, it);
      return next;
    });
  const save = async () => {
    try {
      await call('agendaTemplates.update', { kind: template.kind, items, baseRevision: template.revision });
      setMessage({ ok: true, text: 'Saved. Meetings created from now on use this agenda.' });
      onSaved();
    } catch (e) {
      const issue = e instanceof ApiCallError ? e.error.issues?.[0] : undefined;
      const where = issue && /^items\.(\d+)/.exec(issue.field);
      setMessage({
        ok: false,
        text: where
          ? `Item ${Number(where[1]) + 1}: ${issue.message}`
          : e instanceof Error
            ? e.message
            : 'Could not save.',
      });
    }
  };
  return (
    <Stack spacing={1.5}>
      {items.map((item, i) => (
        <Paper key={item.key} sx={{ p: 1.5, display: 'flex', gap: 1.5, alignItems: 'flex-start' }}>
          <Typography sx={{ width: 28, pt: 1, fontWeight: 600 }}>{i + 1}.</Typography>
          <Box sx={{ flex: 1, display: 'grid', gap: 1 }}>
            <TextField
              label="Item"
              size="small"
              value={item.title}
              onChange={(e) => update(i, { title: e.target.value })}
            />
            <TextField
              label="Guidance for the chair"
              size="small"
              multiline
              value={item.guidance}
              onChange={(e) => update(i, { guidance: e.target.value })}
            />
            <Typography variant="caption" color="text.secondary">
              {item.source ? `Protocol: ${item.source}` : 'Added by the council'}
              {item.scope === 'each-child' ? ' · asked for each child' : ''}
            </Typography>
          </Box>
          <Stack direction="row">
            <Tooltip title="Move up">
              <span>
                <IconButton
                  aria-label={`Move item ${i + 1} up`}
                  disabled={i === 0}
                  onClick={() => move(i, -1)}
                >
                  ↑
                </IconButton>
              </span>
            </Tooltip>
            <Tooltip title="Move down">
              <span>
                <IconButton
                  aria-label={`Move item ${i + 1} down`}
                  disabled={i === items.length - 1}
                  onClick={() => move(i, 1)}
                >
                  ↓
                </IconButton>
              </span>
            </Tooltip>
            <Tooltip title="Remove">
              <IconButton
                aria-label={`Remove item ${i + 1}`}
                onClick={() => setItems((all) => all.filter((_, n) => n !== i))}
              >
                ✕
              </IconButton>
            </Tooltip>
          </Stack>
        </Paper>
      ))}
      <Box sx={{ display: 'flex', gap: 1, alignItems: 'center', flexWrap: 'wrap' }}>
        <Button
          onClick={() =>
            setItems((all) => [
              ...all,
              {
                key: keyFrom('New item', new Set(all.map((a) => a.key))),
                title: 'New item',
                guidance: '',
                source: '',
                scope: 'general',
              },
            ])
          }
        >
          Add item
        </Button>
        <Button variant="contained" onClick={() => void save()}>
          Save agenda
        </Button>
        {message && <Alert severity={message.ok ? 'success' : 'error'}>{message.text}</Alert>}
      </Box>
    </Stack>
  );
}
