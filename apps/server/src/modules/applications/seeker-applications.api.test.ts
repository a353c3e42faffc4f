import { liveTopic } from '@openrecruit/shared';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/build-test-app';
import {
  createApplicant,
  createSignedInEmployer,
  createTestCompany,
  createTestJob,
} from '../../../test/factories';
import type { TestClient } from '../../../test/http-client';
import { listenTo } from '../../../test/live-events';

describe('我的应聘 and 查看回复 (seed 000 §五, §六): lists, history replies, ownership, live events', () => {
  let t: TestApp;
  let companyId: string;
  let hr: TestClient;
  beforeAll(async () => {
    t = await buildTestApp();
    companyId = (await createTestCompany(t.database.db, { name: '上海浦江物流有限公司' })).id;
    hr = (await createSignedInEmployer(t.app, companyId)).client;
  });
  afterAll(() => t.close());

  async function apply(client: TestClient, title: string) {
    const job = await createTestJob(t.database.db, { companyId, title, education: null });
    const response = await client.post('/api/seeker/applications', { jobId: job.id });
    expect(response.status).toBe(200);
    return response.body.application.id as string;
  }

  it('lists current records newest change first, with what each shows', async () => {
    const { client } = await createApplicant(t.app);
    const first = await apply(client, '仓库管理员');
    const second = await apply(client, '叉车司机');
    expect((await client.get('/api/seeker/applications')).body.items.map((i: any) => i.id)).toEqual([
      second,
      first,
    ]);
    // A reply is a change: the first record comes back to the top, flagged.
    await hr.post(`/api/employer/applications/${first}/messages`, { body: '您好，请问本周可以来面试吗？' });
    const list = await client.get('/api/seeker/applications?list=current');
    expect(list.body).toMatchObject({ currentCount: 2, remaining: 8 });
    expect(list.body.items.map((i: any) => i.id)).toEqual([first, second]);
    expect(list.body.items[0]).toMatchObject({
      job: { title: '仓库管理员', companyName: '上海浦江物流有限公司', state: 'recruiting' },
      state: 'submitted',
      stateLabel: '已投递',
      isVoid: false,
      viewedByEmployer: false,
      withdrawnAt: null,
      unreadReplies: 1,
      hasNewInterviewNotice: false,
      interview: null,
    });
    expect(list.body.items[1].unreadReplies).toBe(0);
  });

  it('a withdrawn (history) record still receives replies, and the seeker can write back', async () => {
    const { client } = await createApplicant(t.app);
    const id = await apply(client, '理货员');
    await client.post(`/api/seeker/applications/${id}/withdraw`);
    const reply = await hr.post(`/api/employer/applications/${id}/messages`, {
      body: '收到您撤销应聘，如有需要欢迎再次投递。',
    });
    expect(reply.status).toBe(200);
    expect(reply.body).toMatchObject({ from: 'employer', kind: 'text' });

    const history = await client.get('/api/seeker/applications?list=history');
    expect(history.body.items).toHaveLength(1);
    expect(history.body.items[0]).toMatchObject({ id, state: 'withdrawn', unreadReplies: 1 });

    const conversation = await client.get(`/api/seeker/applications/${id}/conversation`);
    expect(conversation.status).toBe(200);
    expect(conversation.body.messages.map((m: any) => m.body)).toEqual([
      '收到您撤销应聘，如有需要欢迎再次投递。',
    ]);
    expect(conversation.body.application.unreadReplies).toBe(0);
    const written = await client.post(`/api/seeker/applications/${id}/messages`, { body: '好的，谢谢！' });
    expect(written.status).toBe(200);
    expect(written.body).toMatchObject({ from: 'seeker', kind: 'text', body: '好的，谢谢！' });

    expect((await client.get('/api/seeker/applications?list=history')).body.items[0].unreadReplies).toBe(0);
    const employerView = await hr.get(`/api/employer/applications?state=withdrawn`);
    expect(employerView.body.items.find((i: any) => i.id === id)).toMatchObject({ unreadMessages: 1 });
  });

  it('pages 历史应聘记录 (issue 9): every withdrawn record is reachable, newest first, none twice', async () => {
    const { client } = await createApplicant(t.app);
    const withdrawn: string[] = [];
    for (const title of ['装卸工', '分拣员', '打包员']) {
      const id = await apply(client, title);
      await client.post(`/api/seeker/applications/${id}/withdraw`);
      withdrawn.unshift(id);
    }
    const pages = await Promise.all(
      [1, 2, 3].map((page) => client.get(`/api/seeker/applications?list=history&page=${page}&pageSize=2`)),
    );
    expect(pages.map((response) => response.body.items.map((i: any) => i.id))).toEqual([
      withdrawn.slice(0, 2),
      withdrawn.slice(2),
      [],
    ]);
    expect(pages[0]!.body).toMatchObject({ total: 3, page: 1, pageSize: 2, currentCount: 0, remaining: 10 });
    const current = await client.get('/api/seeker/applications?list=current');
    expect(current.body).toMatchObject({ items: [], total: 0, page: 1, pageSize: 20 });
    const tooLarge = await client.get('/api/seeker/applications?list=history&pageSize=51');
    expect(tooLarge.status).toBe(400);
    expect(tooLarge.body.message).toBe('每页最多50条');
  });

  it('refuses an empty reply with the field reason', async () => {
    const { client } = await createApplicant(t.app);
    const id = await apply(client, '快递员');
    const empty = await client.post(`/api/seeker/applications/${id}/messages`, { body: '   ' });
    expect(empty.status).toBe(400);
    expect(empty.body.message).toBe('请输入回复内容');
  });

  it("answers 404 for another seeker's record on every endpoint and changes nothing", async () => {
    const owner = await createApplicant(t.app);
    const id = await apply(owner.client, '配送员');
    const stranger = await createApplicant(t.app);
    const attempts = [
      stranger.client.post(`/api/seeker/applications/${id}/withdraw`),
      stranger.client.get(`/api/seeker/applications/${id}/conversation`),
      stranger.client.post(`/api/seeker/applications/${id}/messages`, { body: '你好' }),
      stranger.client.post(`/api/seeker/applications/${id}/interview/answer`, { attend: true }),
      stranger.client.get(`/api/seeker/applications/${id}/interview.ics`),
    ];
    for (const response of await Promise.all(attempts)) {
      expect(response.status).toBe(404);
      expect(response.body).toEqual({ code: 'NOT_FOUND', message: '记录不存在或已删除' });
    }
    for (const list of ['current', 'history']) {
      expect((await stranger.client.get(`/api/seeker/applications?list=${list}`)).body.items).toEqual([]);
    }
    const mine = await owner.client.get(`/api/seeker/applications/${id}/conversation`);
    expect(mine.body.application.state).toBe('submitted');
    expect(mine.body.messages).toEqual([]);
  });

  it("publishes events on the seeker's topic after each change", async () => {
    const { client, accountId } = await createApplicant(t.app);
    const seen = listenTo(t.app, liveTopic.account(accountId));
    try {
      const id = await apply(client, '调度员');
      await hr.get(`/api/employer/applications/${id}`);
      await hr.post(`/api/employer/applications/${id}/messages`, { body: '您好' });
      await hr.post(`/api/employer/applications/${id}/interview`, { body: '请于周五到公司面试。' });
      // On PostgreSQL the events arrive after the commits, later under load: wait for all four.
      await vi.waitFor(() =>
        expect(seen.received).toEqual([
          { topic: `account:${accountId}`, type: 'applications.changed', data: { applicationId: id } },
          { topic: `account:${accountId}`, type: 'applications.changed', data: { applicationId: id } },
          { topic: `account:${accountId}`, type: 'message', data: { applicationId: id, kind: 'text' } },
          {
            topic: `account:${accountId}`,
            type: 'message',
            data: { applicationId: id, kind: 'interview_notice' },
          },
        ]),
      );
    } finally {
      seen.stop();
    }
  });
});
