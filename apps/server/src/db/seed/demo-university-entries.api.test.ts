import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/build-test-app';
import { companyWithAdmin } from '../../../test/factories/onboarding';
import { TestClient } from '../../../test/http-client';
import { universities } from '../schema';
import { DEMO_UNIVERSITIES } from './demo-accounts';
import { seedDemoUniversityEntries } from './demo-university-entries';

describe('[SEED] the demo company’s 入驻高校 in every state', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp();
  });
  afterAll(() => t.close());

  it('is 已入驻 at 申江大学, 审核中 with a due date at 浦江理工大学, 未通过 with a reason at 沪东师范学院', async () => {
    const rows = await t.database.db
      .insert(universities)
      .values([...DEMO_UNIVERSITIES])
      .returning();
    const { company, adminLogin, adminPassword } = await companyWithAdmin(t);
    await seedDemoUniversityEntries(t.app.ctx, { companyId: company.id, universities: rows });
    const client = new TestClient(t.app, '192.0.2.171');
    expect((await client.login('employer', adminLogin, adminPassword)).status).toBe(200);
    const list = await client.get('/api/employer/university-entries');
    const byName = Object.fromEntries(
      list.body.items.map((item: { university: { name: string } }) => [item.university.name, item]),
    );
    expect(byName.申江大学).toMatchObject({ state: 'entered' });
    expect(byName.浦江理工大学).toMatchObject({ state: 'pending', reason: null });
    expect(Date.parse(byName.浦江理工大学.dueAt)).toBeGreaterThan(Date.now());
    expect(byName.沪东师范学院).toMatchObject({
      state: 'rejected',
      reason: '贵单位招聘岗位与我校专业设置匹配度较低，暂不安排入驻',
    });
  });
});
