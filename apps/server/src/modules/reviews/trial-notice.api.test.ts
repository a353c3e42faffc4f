import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/build-test-app';
import { companyWithAdmin } from '../../../test/factories/onboarding';
import { TestClient } from '../../../test/http-client';
import { createStaffAccount } from '../../db/seed/accounts';
import { submitReviewRequest } from './submit-review-request';

describe('[OPS] a trial kind goes through the one engine', () => {
  let t: TestApp;
  let ops: TestClient;
  beforeAll(async () => {
    t = await buildTestApp();
    await createStaffAccount(t.app.ctx, {
      role: 'operator',
      loginName: 'ops.trial',
      displayName: '平台审核员',
      password: 'Operator#2026',
    });
    ops = new TestClient(t.app, '192.0.2.95');
    expect((await ops.login('ops', 'ops.trial', 'Operator#2026')).status).toBe(200);
  });
  afterAll(() => t.close());

  it('submits a trial notice, lists it and approves it once', async () => {
    const { company, admin } = await companyWithAdmin(t);
    const { id } = await t.app.ctx.db.transaction((tx) =>
      submitReviewRequest(tx, {
        kind: 'trial_notice',
        subjectId: company.id,
        applicantAccountId: admin.id,
        applicantCompanyId: company.id,
        payload: { text: '周五下午系统维护' },
      }),
    );
    const queue = await ops.get('/api/ops/reviews?kind=trial_notice&state=pending');
    expect(queue.body.items).toMatchObject([
      { id, kind: 'trial_notice', kindLabel: '试用公告', company: { name: company.name } },
    ]);
    const approved = await ops.post(`/api/ops/reviews/${id}/decision`, { decision: 'approve' });
    expect(approved.status).toBe(200);
    expect(approved.body).toMatchObject({ state: 'approved', decidedBy: '平台审核员' });
    expect(approved.body.view.sections[0]).toEqual({
      title: '公告',
      fields: [{ label: '内容', value: '周五下午系统维护' }],
    });
    expect(
      (await ops.post(`/api/ops/reviews/${id}/decision`, { decision: 'reject', reason: '重复' })).status,
    ).toBe(409);
  });
});
