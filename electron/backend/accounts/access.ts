import type { ApiArgs, ApiMethod } from '../../../shared/api';
import { accessFor, ROLE_LABELS, type Role } from '../../../shared/auth/roles';
import { audit } from '../audit/audit';
import type { BackendContext } from '../context';
import { DomainError } from '../errors';
import { mutation } from '../mutation';
import {
  childIdsOfMeeting,
  childOfEpisode,
  childrenHiddenFrom,
  meetingOfAction,
  minuteTakerNames,
} from './queries';

// The server's check of every team-mode call, before the handler runs (backend.ts): the role map
// (shared/auth/roles.ts), the minute-taker's invitation, and restricted records. Local mode has no caller and
// passes straight through.

/** Files of every child's rows: not cut silently for someone a record is hidden from, but refused. */
const WHOLE_SERVICE_FILES: ReadonlySet<ApiMethod> = new Set<ApiMethod>([
  'importExport.export903',
  'importExport.exportAnnexA',
  'importExport.exportHomeward',
  'dashboard.exportCsv',
  'dashboard.exportDocx',
]);

const normalise = (name: string) => name.trim().replace(/\s+/g, ' ').toLowerCase();

/** The meeting a payload acts on: its meetingId, or the meeting of the action it names. */
async function meetingOf(ctx: BackendContext, args: Record<string, unknown>): Promise<string | undefined> {
  if (typeof args.meetingId === 'string') return args.meetingId;
  if (typeof args.actionId === 'string') return meetingOfAction(ctx.db, args.actionId);
  return undefined;
}

/**
 * Every child a payload opens or changes: one place for every method, read from the payload's own fields (a
 * child's id, a meeting's children, an episode's or action's child), so a new method naming a child is covered.
 */
export async function childrenNamedBy(
  ctx: BackendContext,
  method: ApiMethod,
  args: Record<string, unknown>,
): Promise<string[]> {
  const ids: string[] = [];
  const add = (v: unknown) => void (typeof v === 'string' && ids.push(v));
  add(args.childId);
  if (Array.isArray(args.childIds)) args.childIds.forEach(add);
  if (method === 'children.get' || method === 'children.update') add(args.id);
  if (method === 'episodes.update' && typeof args.id === 'string') add(await childOfEpisode(ctx.db, args.id));
  // A return interview, a Philomena Part 3 and its export name the episode, on its own or inside the record saved.
  const interview = args.interview;
  const episodeId =
    args.episodeId ??
    (interview && typeof interview === 'object'
      ? (interview as Record<string, unknown>).episodeId
      : undefined);
  if (typeof episodeId === 'string') add(await childOfEpisode(ctx.db, episodeId));
  const action = args.action;
  if (action && typeof action === 'object') add((action as Record<string, unknown>).childId);
  if (method === 'actions.update' && typeof args.id === 'string') {
    const meetingId = await meetingOfAction(ctx.db, args.id);
    if (meetingId) ids.push(...(await childIdsOfMeeting(ctx.db, meetingId)));
  }
  const meetingId = await meetingOf(ctx, args);
  if (meetingId) ids.push(...(await childIdsOfMeeting(ctx.db, meetingId)));
  return ids;
}

export const roleRefusal = (role: Role) =>
  new DomainError('forbidden', `Your role (${ROLE_LABELS[role]}) does not allow this.`);

/**
 * Checks a team-mode call and answers the context the handler runs with (its hidden children set). Throws a
 * 'forbidden' DomainError when the role, the invitation or a restriction refuses it; a restricted record's refusal
 * is audited first, in its own transaction, so the refusal is on the record though the call fails.
 */
export async function admit<M extends ApiMethod>(
  ctx: BackendContext,
  method: M,
  args: ApiArgs<M>,
): Promise<BackendContext> {
  const caller = ctx.caller;
  if (!caller) return ctx;
  const payload = args as Record<string, unknown>;
  const access = accessFor(caller.role, method);
  if (access === 'refused') throw roleRefusal(caller.role);
  if (access === 'if-invited') {
    const meetingId = await meetingOf(ctx, payload);
    const names = meetingId ? (await minuteTakerNames(ctx.db, meetingId)).map(normalise) : [];
    const mine = [caller.username, caller.displayName].map(normalise);
    if (!names.some((n) => mine.includes(n)))
      throw new DomainError(
        'forbidden',
        'Only the minute-taker named on this meeting may do this; ask the chair to name you as minute-taker.',
      );
  }
  const hiddenChildren = await childrenHiddenFrom(ctx.db, caller.accountId);
  if (hiddenChildren.size > 0 && WHOLE_SERVICE_FILES.has(method))
    throw new DomainError(
      'forbidden',
      'This export would include restricted records you are not named on, so it was not made. Ask a manager named on them.',
    );
  if (hiddenChildren.size > 0) {
    const refused = (await childrenNamedBy(ctx, method, payload)).find((id) => hiddenChildren.has(id));
    if (refused) {
      await mutation(ctx, (tx) => audit(tx, 'refused', 'child', refused, refused, method));
      throw new DomainError(
        'forbidden',
        'This is a restricted record: only the people named on it may open it.',
      );
    }
  }
  return { ...ctx, hiddenChildren };
}
