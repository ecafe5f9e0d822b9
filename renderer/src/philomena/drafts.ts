import { useState } from 'react';
import { z } from 'zod';

/**
 * What has been typed into a Philomena form but not yet saved, kept in localStorage on every change (as the meeting
 * drafts are): a reload, a closed window or a crash reopens the form with the text where it was. A stored copy is read
 * back against the form's shape, so an old or edited entry cannot put anything but text into the form.
 */
export interface StoredDraft<T> {
  value: T;
  set: (next: T) => void;
  /** Saved: the stored copy goes. */
  clear: () => void;
  /** True while there is typing not yet saved. */
  unsaved: boolean;
}

const storage = (): Storage | null => {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
};

function read<T>(key: string, schema: z.ZodType<T>): T | null {
  const raw = storage()?.getItem(key) ?? null;
  if (raw === null) return null;
  try {
    const parsed = schema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export function useStoredDraft<T>(key: string, schema: z.ZodType<T>, saved: T): StoredDraft<T> {
  const [stored] = useState(() => read(key, schema));
  const [value, setValue] = useState<T>(stored ?? saved);
  const [unsaved, setUnsaved] = useState(stored !== null);
  return {
    value,
    unsaved,
    set: (next) => {
      setValue(next);
      setUnsaved(true);
      storage()?.setItem(key, JSON.stringify(next));
    },
    clear: () => {
      storage()?.removeItem(key);
      setUnsaved(false);
    },
  };
}

export const draftKey = (what: 'profile' | 'part3', id: string) => `homeward.philomena.${what}.${id}`;

const str = z.string().max(20_000);

/** The profile form as typed: every field text, a Part 2 risk possibly not yet chosen. */
export const profileFormSchema = z.object({
  part1: z.object({
    description: str,
    distinguishingMarks: str,
    phoneNumbers: str,
    socialMedia: str,
    medicalNeeds: str,
    medication: str,
    school: str,
  }),
  part2: z.array(z.object({ kind: str, name: str, details: str, risk: str, riskNotes: str })).max(200),
});
export type ProfileForm = z.infer<typeof profileFormSchema>;

/** Part 3 as typed: times are the text typed (dd/mm/yyyy hh:mm), parsed on save. */
export const part3FormSchema = z.object({
  lastSeenAt: str,
  lastSeenWhere: str,
  clothing: str,
  mayBeWith: str,
  checks: z.array(z.object({ code: str, done: z.boolean(), by: str, at: str, findings: str })).max(20),
});
export type Part3Form = z.infer<typeof part3FormSchema>;
