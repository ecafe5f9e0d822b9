import type { DocumentIssuer } from '../../../shared/exports/documents';
import type { BackendContext } from '../context';
import { readSettings } from '../settings/settings';

/** Who the documents come from: the organisation in Settings, else the authority responsible for the child. */
export async function issuerFor(ctx: BackendContext, fallbackOrganisation: string): Promise<DocumentIssuer> {
  const settings = await readSettings(ctx.db);
  return {
    organisation: settings.organisation ?? fallbackOrganisation,
    service: settings.service ?? 'Children’s Services',
  };
}
