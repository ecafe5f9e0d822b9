import { Button, type ButtonProps } from '@mui/material';
import { useRef, type ChangeEvent, type ReactNode } from 'react';

interface Props {
  children: ReactNode;
  accept: string;
  /** Names the hidden input, for tests and tools that set the file directly. */
  inputLabel: string;
  onFile: (e: ChangeEvent<HTMLInputElement>) => void;
  variant?: ButtonProps['variant'];
  disabled?: boolean;
}

/**
 * "Choose a file…" as a real button that opens the browser's file picker through a hidden input. A `label` styled
 * as a button (`role="button"` on a label) is not a button to the keyboard: Enter and Space did nothing, and ARIA
 * forbids that role on a label (WCAG 4.1.2).
 */
export function FilePickerButton({
  children,
  accept,
  inputLabel,
  onFile,
  variant = 'outlined',
  disabled,
}: Props) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <Button variant={variant} disabled={disabled} onClick={() => input.current?.click()}>
        {children}
      </Button>
      <input ref={input} hidden type="file" accept={accept} aria-label={inputLabel} onChange={onFile} />
    </>
  );
}
