import { ROLE_LABELS } from '../../../shared/auth/roles';
import type { BackendContext } from '../context';
import { invalid } from '../errors';
import { readSettings } from '../settings/settings';

export interface Approver {
  name: string;
  role: string;
}

/**
 * Who the minutes say approved them: in team mode the signed-in account's name and role; on one computer the name
 * and role the user gave Homeward (Settings, "You"), never the operating-system account ("approved by root"). The
 * audit row still records that account beside it.
 */
export async function approverOf(ctx: BackendContext): Promise<Approver> {
  if (ctx.caller) return { name: ctx.caller.displayName, role: ROLE_LABELS[ctx.caller.role] };
  const s = await readSettings(ctx.db);
  const issues = [
    ...(s.displayName
      ? []
      : [
          {
            field: 'displayName',
            message: 'Give your name before approving: the minutes print who approved them.',
          },
        ]),
    ...(s.displayRole
      ? []
      : [
          {
            field: 'displayRole',
            message: 'Give your role before approving: the minutes print it beside your name.',
          },
        ]),
  ];
  if (issues.length > 0 || !s.displayName || !s.displayRole) throw invalid(issues);
  return { name: s.displayName, role: s.displayRole };
}
