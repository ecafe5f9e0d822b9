import { describe, expect, it } from 'vitest';
import { osUserName } from '../../../electron/backend/app/handlers';
import { verifyAuditChain } from '../../../electron/backend/audit/chain';
import { freshBackend, must, sampleChild } from '../support/backend';
import { auditRows } from '../support/db';

describe('the audit trail names the account, not only the display name', () => {
  it('records the operating-system account on every row, whatever display name is typed', async () => {
    const b = await freshBackend();
    await must(b, 'settings.update', { displayName: 'Someone Else Entirely' });
    const child = await must(b, 'children.create', sampleChild());
    await must(b, 'children.get', { id: child.id });
    const rows = await auditRows(b);
    expect(rows.length).toBeGreaterThan(2);
    expect(rows.every((r) => r.account === osUserName())).toBe(true);
    expect(rows.filter((r) => r.child_id === child.id).every((r) => r.user === 'Someone Else Entirely')).toBe(
      true,
    );
  });

  it('a change of display name is audited with the old and the new name', async () => {
    const b = await freshBackend();
    await must(b, 'settings.update', { displayName: 'Chair One' });
    await must(b, 'settings.update', { displayName: 'Chair Two' });
    await must(b, 'settings.update', { displayName: null });
    const renames = (await auditRows(b)).filter((r) => r.entity_id === 'displayName');
    expect(renames.map((r) => JSON.parse(r.detail!) as unknown)).toEqual([
      { from: null, to: 'Chair One' },
      { from: 'Chair One', to: 'Chair Two' },
      { from: 'Chair Two', to: null },
    ]);
    // The rename to "Chair Two" is written before the new label takes effect, by the same account.
    expect(renames.map((r) => r.user)).toEqual([osUserName(), 'Chair One', 'Chair Two']);
    expect(renames.every((r) => r.account === osUserName())).toBe(true);
  });

  it('the account a team server passes for a request is the one recorded', async () => {
    const b = await freshBackend();
    const result = await b.call('children.create', sampleChild(), { account: 'jsmith@example.gov.uk' });
    expect(result.ok).toBe(true);
    const row = (await auditRows(b, 'create')).at(-1)!;
    expect(row.account).toBe('jsmith@example.gov.uk');
    expect(row.user).toBe('jsmith@example.gov.uk');
  });

  it('a row’s link covers its account: the same row with another account links differently', async () => {
    const b = await freshBackend();
    await must(b, 'children.create', sampleChild());
    expect((await verifyAuditChain(b.context.db, b.context.auditKey)).ok).toBe(true);
    const row = (await auditRows(b)).at(-1)!;
    const { linkHash } = await import('../../../electron/backend/audit/chain');
    const withOther = linkHash(b.context.auditKey, null, { ...row, account: 'another account' });
    const withSame = linkHash(b.context.auditKey, null, row);
    expect(withOther).not.toBe(withSame);
  });
});

describe('Settings can say when the last backup was made', () => {
  it('app.backupStatus gives the newest backup and its folder on SQLite, and says PostgreSQL has its own', async () => {
    const b = await freshBackend();
    const status = await must(b, 'app.backupStatus', {});
    if (b.context.engine === 'postgres') {
      expect(status).toEqual({ engine: 'postgres', lastBackupAt: null, folder: null });
      return;
    }
    expect(status.folder).toBe(`${b.dir}/backups`);
    const made = b.backup();
    expect(made.startsWith(status.folder!)).toBe(true);
    const after = await must(b, 'app.backupStatus', {});
    expect(after.lastBackupAt).toBe(b.lastBackupAt()!.toISOString());
  });
});
