import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/build-test-app';
import { createTestCompany, findAccountByLogin } from '../../../test/factories';
import { freshMobile } from '../../../test/fixtures';
import { TestClient } from '../../../test/http-client';
import { backfillStaffLogins } from '../../db/backfill-staff-logins';
import { accounts } from '../../db/schema';
import { createStaffAccount } from '../../db/seed/accounts';
import { hashPassword } from '../../lib/password-hash';
import { rowsOf } from '../../lib/sql-rows';

// Issue 10, defect 9: employers' mobiles (their logins) at rest like seekers' (docs/decisions/015).
describe('[CONSOLE] employer mobiles are stored encrypted, found by keyed hash', () => {
  let t: TestApp;
  let companyId: string;
  beforeAll(async () => {
    t = await buildTestApp();
    companyId = (await createTestCompany(t.app.ctx.db)).id;
  });
  afterAll(() => t.close());

  /** The account's row as the database holds it, every column as text. */
  const rawRow = async (id: string) =>
    JSON.stringify(rowsOf(await t.database.db.execute(sql`select * from accounts where id = ${id}`))[0]);

  it('keeps no plain mobile in the row of a new employer, and logs in by the mobile', async () => {
    const mobile = freshMobile();
    const account = await createStaffAccount(t.app.ctx, {
      role: 'employer',
      companyId,
      companyRole: 'member',
      loginName: mobile,
      displayName: '李明',
      password: 'Hr@2026okay',
    });
    expect(await rawRow(account.id)).not.toContain(mobile.slice(3));
    expect(account.loginName).toBeNull();
    expect(account.mobileMasked).toBe(`${mobile.slice(0, 3)}****${mobile.slice(-4)}`);
    expect(t.app.ctx.cipher.decrypt(account.mobileEnc!)).toBe(mobile);

    const client = new TestClient(t.app, '192.0.2.120');
    expect((await client.login('employer', ` ${mobile} `, 'Hr@2026okay')).status).toBe(200);
    const profile = await client.get('/api/employer/account/profile');
    expect(profile.body.mobileMasked).toBe(account.mobileMasked);
  });

  it('lets other staff keep their plain account name, found by the same hash', async () => {
    const account = await createStaffAccount(t.app.ctx, {
      role: 'operator',
      loginName: 'Ops.Plain',
      displayName: '运营',
      password: 'Operator#2026',
    });
    expect(account).toMatchObject({ loginName: 'ops.plain', mobileEnc: null, mobileMasked: null });
    expect(account.loginHash).toMatch(/^[0-9a-f]{64}$/);
    expect(
      (await new TestClient(t.app, '192.0.2.121').login('ops', 'ops.plain', 'Operator#2026')).status,
    ).toBe(200);
  });

  it('moves rows from before migration 0008 at start-up, in batches, once', async () => {
    const mobiles = [freshMobile(), freshMobile(), freshMobile()];
    const passwordHash = await hashPassword('Legacy#2026ok');
    const legacy = await t.database.db
      .insert(accounts)
      .values([
        ...mobiles.map((mobile) => ({
          role: 'employer' as const,
          loginName: mobile,
          displayName: '老账号',
          passwordHash,
          companyId,
          companyRole: 'member' as const,
        })),
        {
          role: 'centre_staff' as const,
          loginName: 'centre.legacy',
          displayName: '中心',
          passwordHash,
          districtCode: '310101',
        },
      ])
      .returning({ id: accounts.id });

    expect(await backfillStaffLogins(t.database.db, t.app.ctx.cipher, 2)).toBe(4);
    for (const [i, mobile] of mobiles.entries()) {
      expect(await rawRow(legacy[i]!.id)).not.toContain(mobile.slice(3));
      const row = await findAccountByLogin(t.app, mobile);
      expect(row).toMatchObject({
        id: legacy[i]!.id,
        loginName: null,
        mobileMasked: `${mobile.slice(0, 3)}****${mobile.slice(-4)}`,
      });
    }
    const [centre] = await t.database.db.select().from(accounts).where(eq(accounts.id, legacy[3]!.id));
    expect(centre).toMatchObject({ loginName: 'centre.legacy', mobileEnc: null });

    const before = await rawRow(legacy[0]!.id);
    expect(await backfillStaffLogins(t.database.db, t.app.ctx.cipher)).toBe(0);
    expect(await rawRow(legacy[0]!.id)).toBe(before);
    expect(
      (await new TestClient(t.app, '192.0.2.122').login('employer', mobiles[0]!, 'Legacy#2026ok')).status,
    ).toBe(200);
    const again = await t.database.db
      .insert(accounts)
      .values({
        role: 'employer',
        displayName: '重复',
        passwordHash,
        companyId,
        companyRole: 'member',
        loginHash: centre!.loginHash,
      })
      .catch((error: unknown) => error);
    expect(again).toBeInstanceOf(Error);
  });
});
