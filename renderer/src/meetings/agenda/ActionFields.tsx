import { Alert, Box, MenuItem, TextField } from '@mui/material';
import type { ReactNode, RefObject } from 'react';
import type { ActionDraft, ActionErrors } from './actionForm';

interface Props {
  draft: ActionDraft;
  errors: ActionErrors;
  onChange: (key: keyof ActionDraft, value: string) => void;
  onSubmit: () => void;
  onCancel?: () => void;
  /** For a meeting about several children: which child the action is for. */
  childOptions: Array<{ id: string; name: string }> | null;
  whatRef?: RefObject<HTMLTextAreaElement | null>;
  /** The group's name ("New action"), which scopes its fields' labels for assistive tech. */
  groupLabel: string;
  busy: boolean;
  buttons: ReactNode;
  containerRef?: RefObject<HTMLDivElement | null>;
}

/**
 * One action's fields in a row, made for the keyboard: Enter or Ctrl+Enter from any field saves it, Escape cancels
 * an edit; a refusal moves the cursor to the first field named.
 */
export function ActionFields(props: Props) {
  const {
    draft,
    errors,
    onChange,
    onSubmit,
    onCancel,
    childOptions,
    whatRef,
    groupLabel,
    busy,
    buttons,
    containerRef,
  } = props;
  const field = (
    key: keyof ActionDraft,
    label: string,
    extra: { placeholder?: string; multiline?: boolean } = {},
  ) => (
    <TextField
      label={label}
      value={draft[key]}
      onChange={(e) => onChange(key, e.target.value)}
      error={Boolean(errors[key])}
      helperText={errors[key]}
      placeholder={extra.placeholder}
      multiline={extra.multiline}
      maxRows={extra.multiline ? 4 : undefined}
      size="small"
      fullWidth
      disabled={busy}
      inputRef={key === 'what' ? whatRef : undefined}
      name={key}
      slotProps={{ htmlInput: { autoComplete: 'off' } }}
    />
  );
  return (
    <Box
      ref={containerRef}
      role="group"
      aria-label={groupLabel}
      onKeyDown={(e) => {
        // The child list's own Enter (open it, pick a child) is not a save; its menu's keys arrive here through the portal.
        const inChoice =
          e.target instanceof Element && e.target.closest('[role="combobox"], [role="listbox"]') !== null;
        if (e.key === 'Enter' && !e.shiftKey && !e.altKey && !inChoice) {
          e.preventDefault();
          e.stopPropagation();
          onSubmit();
        } else if (e.key === 'Escape' && onCancel) {
          e.preventDefault();
          onCancel();
        }
      }}
    >
      <Box
        sx={{
          display: 'grid',
          gridTemplateColumns: {
            xs: '1fr',
            md: `minmax(200px, 2.4fr) minmax(120px, 1fr) minmax(120px, 1fr) 150px${childOptions ? ' minmax(140px, 1fr)' : ''} auto`,
          },
          gap: 1,
          alignItems: 'start',
        }}
      >
        {field('what', 'What', { placeholder: 'What is to be done', multiline: true })}
        {field('owner', 'Owner', { placeholder: 'Who does it' })}
        {field('agency', 'Agency')}
        {field('due', 'Due date', { placeholder: 'dd/mm/yyyy' })}
        {childOptions && (
          <TextField
            select
            label="Child"
            value={draft.childId}
            onChange={(e) => onChange('childId', e.target.value)}
            size="small"
            fullWidth
            disabled={busy}
            error={Boolean(errors.childId)}
            helperText={errors.childId}
          >
            <MenuItem value="">
              <em>The item’s child</em>
            </MenuItem>
            {childOptions.map((c) => (
              <MenuItem key={c.id} value={c.id}>
                {c.name}
              </MenuItem>
            ))}
          </TextField>
        )}
        <Box sx={{ display: 'flex', gap: 1, pt: 0.25 }}>{buttons}</Box>
      </Box>
      {errors.general && (
        <Alert severity="error" sx={{ mt: 1 }}>
          {errors.general}
        </Alert>
      )}
    </Box>
  );
}
