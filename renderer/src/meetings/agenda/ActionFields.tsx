import { Alert, Autocomplete, Box, MenuItem, TextField } from '@mui/material';
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
  /** The meeting's attendees with a name, offered for Owner (anything else may still be typed). */
  owners?: ReadonlyArray<{ name: string; agency: string; role: string }>;
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
    owners = [],
  } = props;
  const ownerField = (
    <Autocomplete
      freeSolo
      options={owners.map((o) => o.name)}
      inputValue={draft.owner}
      onInputChange={(_e, value) => onChange('owner', value)}
      onChange={(_e, value) => {
        // Chosen from the attendees: their agency comes with them unless one is already typed.
        const who = owners.find((o) => o.name === value);
        if (who && !draft.agency.trim() && who.agency) onChange('agency', who.agency);
      }}
      renderOption={(optionProps, name) => {
        const who = owners.find((o) => o.name === name);
        const { key, ...rest } = optionProps;
        return (
          <li key={key} {...rest}>
            {name}
            {who && (
              <Box component="span" sx={{ color: 'text.secondary', ml: 1, fontSize: '0.85rem' }}>
                {[who.role, who.agency].filter(Boolean).join(', ')}
              </Box>
            )}
          </li>
        );
      }}
      disabled={busy}
      size="small"
      fullWidth
      renderInput={(params) => (
        <TextField
          {...params}
          label="Owner"
          placeholder="Who does it"
          name="owner"
          error={Boolean(errors.owner)}
          helperText={errors.owner}
          slotProps={{
            ...params.slotProps,
            htmlInput: { ...params.slotProps.htmlInput, autoComplete: 'off' },
          }}
        />
      )}
    />
  );
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
        // The owner's list, while open, takes Enter to choose a name; closed, Enter saves as from any field.
        const el = e.target instanceof Element ? e.target : null;
        const isInput = el?.tagName === 'INPUT' || el?.tagName === 'TEXTAREA';
        const inChoice =
          el !== null &&
          ((!isInput && el.closest('[role="combobox"], [role="listbox"]') !== null) ||
            el.closest('[role="listbox"]') !== null ||
            (isInput && el.getAttribute('aria-expanded') === 'true'));
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
            // Beside the agenda list a 1024 px screen leaves ~600 px: one field a line there, a row from 1200.
            lg: `minmax(200px, 2.4fr) minmax(120px, 1fr) minmax(120px, 1fr) 150px${childOptions ? ' minmax(140px, 1fr)' : ''} auto`,
          },
          gap: 1,
          alignItems: 'start',
        }}
      >
        {field('what', 'What', { placeholder: 'What is to be done', multiline: true })}
        {ownerField}
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
      {/* On its own line: the reason is a sentence or two, and optional, so it sits under the row it explains. */}
      <Box sx={{ mt: 1 }}>
        {field('why', 'Why this action', {
          placeholder: 'Optional: why the meeting set it',
          multiline: true,
        })}
      </Box>
      {errors.general && (
        <Alert severity="error" sx={{ mt: 1 }}>
          {errors.general}
        </Alert>
      )}
    </Box>
  );
}
