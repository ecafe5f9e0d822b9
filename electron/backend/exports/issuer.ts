import type { DocumentIssuer } from '../../../shared/exports/documents';
import type { BackendContext } from '../context';
import { readSetting } from '../settings/settings';

/** Who the documents come from: the organisation in Settings, else the authority responsible for the child. */
export const issuerFor = (ctx: BackendContext, fallbackOrganisation: string): DocumentIssuer => ({
  organisation: readSetting(ctx.db, 'organisation') ?? fallbackOrganisation,
  service: readSetting(ctx.db, 'service') ?? 'Children’s Services',
});
