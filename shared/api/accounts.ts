import { z } from 'zod';
import { ROLES, type Role } from '../auth/roles';
import { apiId } from './text';

/** Usernames are what people type at sign-in: short, no spaces, compared case-insensitively (stored lower case). */
export const usernameSchema = z
  .string()
  .trim()
  .toLowerCase()
  .min(2, 'must be at least 2 characters')
  .max(64, 'must be at most 64 characters')
  .regex(/^[a-z0-9._@-]+$/, 'may hold only letters, digits and . _ @ -');

/** Long enough to resist guessing even before the lock-out; no composition rules (NCSC password guidance). */
export const MIN_PASSWORD_LENGTH = 12;
export const passwordSchema = z
  .string()
  .min(MIN_PASSWORD_LENGTH, `must be at least ${MIN_PASSWORD_LENGTH} characters`)
  .max(256, 'must be at most 256 characters');

const displayName = z.string().trim().min(1, 'is required').max(100, 'must be at most 100 characters');
const email = z.string().trim().toLowerCase().email('is not an email address').max(254).nullable();

export const accountsSchemas = {
  /** Who is signed in and what they may call; in local mode (this computer) everyone may call everything. */
  'app.whoAmI': z.object({}),
  'accounts.list': z.object({}),
  'accounts.create': z.object({
    username: usernameSchema,
    displayName,
    role: z.enum(ROLES),
    /** Links a single sign-on identity with this email to the account. */
    email: email.default(null),
    password: passwordSchema,
  }),
  'accounts.update': z.object({
    id: apiId,
    displayName: displayName.optional(),
    role: z.enum(ROLES).optional(),
    email: email.optional(),
    /** A disabled account cannot sign in and its sessions end at once. */
    disabled: z.boolean().optional(),
  }),
  /** Sets a new password, ends the account's sessions and clears its lock-out. */
  'accounts.resetPassword': z.object({ id: apiId, password: passwordSchema }),
  /** Who a child's record is restricted to (empty: not restricted). */
  'children.restriction': z.object({ childId: apiId }),
  /** Restricts a child's record to the named accounts; an empty list lifts the restriction. */
  'children.restrict': z.object({
    childId: apiId,
    accountIds: z.array(apiId).max(100, 'must name at most 100 accounts'),
  }),
};

export interface Account {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  email: string | null;
  disabled: boolean;
  /** ISO instant until which sign-in is refused after repeated failures; null when not locked. */
  lockedUntil: string | null;
  createdAt: string;
}

export interface WhoAmI {
  /** local: this computer's own database, no sign-in; team: a council's Homeward server. */
  mode: 'local' | 'team';
  account: Pick<Account, 'id' | 'username' | 'displayName' | 'role'> | null;
  /** Every method this person may call (those marked in `invitedOnly` only in meetings they are invited to). */
  methods: string[];
  invitedOnly: string[];
}

export interface ChildRestriction {
  childId: string;
  accounts: Array<Pick<Account, 'id' | 'username' | 'displayName'>>;
}

export interface AccountsOutputs {
  'app.whoAmI': WhoAmI;
  'accounts.list': Account[];
  'accounts.create': Account;
  'accounts.update': Account;
  'accounts.resetPassword': Account;
  'children.restriction': ChildRestriction;
  'children.restrict': ChildRestriction;
}
