import { Document, Footer, Header, Packer, Paragraph } from 'docx';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import type { Backend } from '../../../electron/backend/backend';
import { freshBackend, must, testEngine } from '../support/backend';
import { auditRows } from '../support/db';

// "settings.clearLetterhead committed its change while its audit insert failed" (issue 11): with the audit trail made
// to refuse every insert, each settings change is refused too and leaves the settings as they were.

async function auditDown(b: Backend): Promise<void> {
  if (testEngine === 'postgres') {
    await sql
      .raw(
        "CREATE FUNCTION audit_down() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION 'audit down'; END $$ LANGUAGE plpgsql",
      )
      .execute(b.context.db);
    await sql
      .raw('CREATE TRIGGER audit_down BEFORE INSERT ON audit FOR EACH ROW EXECUTE FUNCTION audit_down()')
      .execute(b.context.db);
  } else {
    await sql
      .raw("CREATE TRIGGER audit_down BEFORE INSERT ON audit BEGIN SELECT RAISE(ABORT, 'audit down'); END")
      .execute(b.context.db);
  }
}

const letterhead = () =>
  Packer.toBuffer(
    new Document({
      sections: [
        {
          headers: { default: new Header({ children: [new Paragraph('{{marking}}')] }) },
          footers: { default: new Footer({ children: [new Paragraph('{{page}}')] }) },
          children: [new Paragraph('Testshire Council'), new Paragraph('{{body}}')],
        },
      ],
    }),
  );

describe('every settings change and its audit row share one transaction', () => {
  it('with the audit insert failing, no settings change is kept: update, set and clear the letterhead', async () => {
    const b = await freshBackend();
    await must(b, 'settings.update', {
      organisation: 'Exampleshire (before)',
      displayName: 'Officer A. Example',
    });
    await must(b, 'settings.setLetterhead', {
      fileName: 'first.docx',
      base64: (await letterhead()).toString('base64'),
    });
    const before = await must(b, 'settings.get', {});
    const rows = (await auditRows(b)).length;
    await auditDown(b);

    const attempts = [
      await b.call('settings.update', { organisation: 'Exampleshire (after)' }),
      await b.call('settings.update', { displayName: 'Officer B. Example' }),
      await b.call('settings.clearLetterhead', {}),
      await b.call('settings.setLetterhead', {
        fileName: 'second.docx',
        base64: (await letterhead()).toString('base64'),
      }),
    ];
    expect(attempts.map((r) => r.ok)).toEqual([false, false, false, false]);
    expect(await must(b, 'settings.get', {})).toEqual(before);
    expect(before).toMatchObject({ organisation: 'Exampleshire (before)', letterheadFileName: 'first.docx' });
    expect(await auditRows(b)).toHaveLength(rows);
  });
});
