import { parseCreditCode, parseOrganizationCode } from '@openrecruit/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/build-test-app';
import { createTestCompany } from '../../../test/factories';
import { TestClient } from '../../../test/http-client';
import { createStaffAccount } from '../../db/seed/accounts';

// Valid codes built by trying each check character against the shared validators.
const CREDIT_CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
function organizationCode(body: string) {
  const check = [...'0123456789X'].find((c) => parseOrganizationCode(`${body}${c}`).ok)!;
  return `${body}-${check}`;
}
function creditCode(orgBody: string) {
  const first17 = `91310000${organizationCode(orgBody).replace('-', '')}`;
  return first17 + [...CREDIT_CHARSET].find((c) => parseCreditCode(first17 + c).ok)!;
}
let serial = 0;
const freshBody = () => `MA${String(Date.now() % 1e5).padStart(5, '0')}${serial++ % 10}`;

describe('[PUBLIC] employer sign-up step 1: company lookup (seed 002 步骤一)', () => {
  let t: TestApp;
  let client: TestClient;
  beforeAll(async () => {
    t = await buildTestApp();
    client = new TestClient(t.app, '192.0.2.41');
  });
  afterAll(() => t.close());

  const lookUp = (code: string, c = client) =>
    c.get(`/api/public/employer-registration/company?code=${encodeURIComponent(code)}`);

  it('refuses a credit code with a wrong check character, on the field `code`', async () => {
    const good = creditCode(freshBody());
    const bad = good.slice(0, 17) + (good[17] === 'A' ? 'B' : 'A');
    const response = await lookUp(bad);
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({
      code: 'VALIDATION_FAILED',
      message: '统一社会信用代码校验位不正确，请核对',
      details: { fields: [{ field: 'code', reason: '统一社会信用代码校验位不正确，请核对' }] },
    });
    const empty = await lookUp('');
    expect(empty.body.details.fields).toEqual([
      { field: 'code', reason: '请输入18位统一社会信用代码或9位组织机构代码' },
    ]);
  });

  it('answers an unknown valid code with its kind and the 企查查/启信宝 searches', async () => {
    const code = creditCode(freshBody());
    const response = await lookUp(code.toLowerCase());
    expect(response.status).toBe(200);
    expect(response.body).toEqual({
      known: false,
      normalizedCode: code,
      kind: 'credit_code',
      registryLinks: [
        { name: '企查查', url: `https://www.qcc.com/web/search?key=${code}` },
        { name: '启信宝', url: `https://www.qixin.com/search?key=${code}` },
      ],
    });
  });

  it('names a registered company and its admin by surname only (该公司之前已被注册，管理员是张*)', async () => {
    const code = creditCode(freshBody());
    const company = await createTestCompany(t.database.db, {
      name: '长沙市云聘网络科技有限公司',
      code,
      verificationState: 'pending',
    });
    const before = await lookUp(code);
    expect(before.body).toEqual({
      known: true,
      companyName: '长沙市云聘网络科技有限公司',
      adminSurnameMasked: null,
      verificationState: 'pending',
    });
    await createStaffAccount(t.app.ctx, {
      role: 'employer',
      companyId: company.id,
      companyRole: 'admin',
      loginName: '13900001111',
      displayName: '张璇',
      password: 'Hr@2026test',
    });
    const response = await lookUp(code);
    expect(response.body).toMatchObject({ known: true, adminSurnameMasked: '张*' });
    expect(JSON.stringify(response.body)).not.toContain('璇');
  });

  it('finds a credit-code company by its 9-char organisation code, and the other way round', async () => {
    const body = freshBody();
    await createTestCompany(t.database.db, { name: '三证合一后公司', code: creditCode(body) });
    const byOrgCode = await lookUp(organizationCode(body).replace('-', ''));
    expect(byOrgCode.body).toMatchObject({ known: true, companyName: '三证合一后公司' });

    const oldBody = freshBody();
    await createTestCompany(t.database.db, {
      name: '三证合一前公司',
      code: organizationCode(oldBody),
      codeKind: 'organization_code',
    });
    const byCreditCode = await lookUp(creditCode(oldBody));
    expect(byCreditCode.body).toMatchObject({ known: true, companyName: '三证合一前公司' });
  });

  it('limits look-ups to 60 a minute per address', async () => {
    const other = new TestClient(t.app, '192.0.2.42');
    const code = creditCode(freshBody());
    for (let i = 0; i < 60; i++) expect((await lookUp(code, other)).status).toBe(200);
    const limited = await lookUp(code, other);
    expect(limited.status).toBe(429);
    expect(limited.body.code).toBe('RATE_LIMITED');
  });
});
