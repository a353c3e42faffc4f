import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/build-test-app';
import {
  createApplicant,
  createSignedInEmployer,
  createTestCompany,
  createTestJob,
} from '../../../test/factories';
import type { TestClient } from '../../../test/http-client';
import { securityEvents } from '../../db/schema';
import { formatShanghaiDateTime, shanghaiDate, shanghaiTime } from '../../lib/shanghai-time';

const DAY_MS = 86_400_000;

/** Tomorrow 14:00 in Shanghai, as the console's date picker sends it. */
function tomorrowAtTwo() {
  const date = shanghaiDate(new Date(Date.now() + DAY_MS));
  return { iso: `${date}T14:00:00+08:00`, at: shanghaiTime(date, 14) };
}

const details = () => ({
  time: tomorrowAtTwo().iso,
  location: '上海市浦东新区张江路88号3楼, 前台登记',
  contactName: '张璇',
  contactPhone: '021-50800000',
  note: '请携带身份证和学历证书',
});

describe('简历管理 and interviews: the employer side of seed 000 §六', () => {
  let t: TestApp;
  let company: { id: string; name: string };
  let hr: TestClient;
  let hrAccountId: string;
  beforeAll(async () => {
    t = await buildTestApp();
    company = await createTestCompany(t.database.db, { name: '上海申城智造科技有限公司' });
    const employer = await createSignedInEmployer(t.app, company.id);
    hr = employer.client;
    hrAccountId = employer.account.id;
  });
  afterAll(() => t.close());

  async function applyTo(seeker: TestClient, title: string) {
    const job = await createTestJob(t.database.db, { companyId: company.id, title, education: null });
    const applied = await seeker.post('/api/seeker/applications', { jobId: job.id });
    expect(applied.status).toBe(200);
    return { jobId: job.id, id: applied.body.application.id as string };
  }

  async function seekerRecord(seeker: TestClient, id: string, list = 'current') {
    const response = await seeker.get(`/api/seeker/applications?list=${list}`);
    return response.body.items.find((item: any) => item.id === id);
  }

  it('list → read (viewed, contact shown and audited) → message → notice → 参加面试 → confirm → details and .ics', async () => {
    const seeker = await createApplicant(t.app, { name: '王小燕', birth: '19980315', education: '20' });
    const { id, jobId } = await applyTo(seeker.client, '数控车床操作工');
    await seeker.client.post(`/api/seeker/applications/${id}/messages`, { body: '您好，我有三年数控经验。' });

    const list = await hr.get(`/api/employer/applications?jobId=${jobId}`);
    expect(list.status).toBe(200);
    expect(list.body).toMatchObject({ total: 1, page: 1, pageSize: 20 });
    expect(list.body.items).toHaveLength(1);
    expect(list.body.items[0]).toMatchObject({
      id,
      job: { id: jobId, title: '数控车床操作工' },
      seeker: { name: '王小燕', sex: 'F', education: '20', educationLabel: '大学本科' },
      state: 'submitted',
      stateLabel: '未查看',
      source: 'application',
      sourceLabel: '投递',
      mark: null,
      markLabel: '未处理',
      withdrawn: false,
      viewed: false,
      unreadMessages: 1,
    });
    expect(list.body.items[0].seeker.mobileMasked).toMatch(/^1\d{2}\*{4}\d{4}$/);
    expect(list.body.items[0].seeker.age).toBeGreaterThanOrEqual(27);

    const read = await hr.get(`/api/employer/applications/${id}`);
    expect(read.status).toBe(200);
    expect(read.body).toMatchObject({
      state: 'viewed',
      stateLabel: '已查看',
      viewed: true,
      unreadMessages: 0,
    });
    expect(read.body.seeker.mobile).toBe(seeker.person.mobile);
    expect(read.body.seeker.politicalStatusLabel).toBe('群众');
    expect(read.body.messages.map((m: any) => [m.from, m.body])).toEqual([
      ['seeker', '您好，我有三年数控经验。'],
    ]);
    const audit = await t.database.db
      .select()
      .from(securityEvents)
      .where(and(eq(securityEvents.kind, 'personal_data_read'), eq(securityEvents.accountId, hrAccountId)));
    expect(audit.map((row) => row.detail)).toContainEqual({
      applicationId: id,
      seekerAccountId: seeker.accountId,
      fields: ['mobile'],
    });
    expect(await seekerRecord(seeker.client, id)).toMatchObject({
      state: 'viewed',
      stateLabel: '单位已查看',
      viewedByEmployer: true,
    });

    const message = await hr.post(`/api/employer/applications/${id}/messages`, { body: '您的简历已收到。' });
    expect(message.body).toMatchObject({ from: 'employer', kind: 'text', body: '您的简历已收到。' });
    expect((await seekerRecord(seeker.client, id)).unreadReplies).toBe(1);

    const notice = await hr.post(`/api/employer/applications/${id}/interview`, {
      body: '请您参加我司面试，具体时间地点确认后通知。',
    });
    expect(notice.status).toBe(200);
    expect(notice.body).toMatchObject({
      application: { state: 'interview_invited' },
      interview: {
        state: 'invited',
        invitation: '请您参加我司面试，具体时间地点确认后通知。',
        details: null,
      },
      message: { from: 'employer', kind: 'interview_notice' },
    });
    expect(await seekerRecord(seeker.client, id)).toMatchObject({
      state: 'interview_invited',
      stateLabel: '面试通知',
      hasNewInterviewNotice: true,
      unreadReplies: 2,
      interview: { state: 'invited', details: null },
    });
    const early = await seeker.client.get(`/api/seeker/applications/${id}/interview.ics`);
    expect(early.status).toBe(409);
    expect(early.body.code).toBe('INVALID_STATE');
    const confirmTooEarly = await hr.post(`/api/employer/applications/${id}/interview/confirm`, details());
    expect(confirmTooEarly.status).toBe(409);
    expect(confirmTooEarly.body).toMatchObject({
      code: 'INVALID_STATE',
      message: '求职者尚未选择参加面试，暂不能确认面试安排',
    });

    // 查看回复 opens the notice: 面试通知NEW is gone.
    const conversation = await seeker.client.get(`/api/seeker/applications/${id}/conversation`);
    expect(conversation.body.messages.map((m: any) => m.kind)).toEqual(['text', 'text', 'interview_notice']);
    expect(await seekerRecord(seeker.client, id)).toMatchObject({
      hasNewInterviewNotice: false,
      unreadReplies: 0,
    });

    const answer = await seeker.client.post(`/api/seeker/applications/${id}/interview/answer`, {
      attend: true,
    });
    expect(answer.status).toBe(200);
    expect(answer.body.application).toMatchObject({
      state: 'interview_accepted',
      interview: { state: 'accepted' },
    });
    expect(answer.body.messages.at(-1)).toMatchObject({
      from: 'seeker',
      kind: 'interview_answer',
      body: '参加面试',
    });
    const answerTwice = await seeker.client.post(`/api/seeker/applications/${id}/interview/answer`, {
      attend: false,
    });
    expect(answerTwice.status).toBe(409);

    const confirmed = await hr.post(`/api/employer/applications/${id}/interview/confirm`, details());
    expect(confirmed.status).toBe(200);
    const { at } = tomorrowAtTwo();
    expect(confirmed.body.message.body).toBe(
      [
        `面试时间：${formatShanghaiDateTime(at)}`,
        '面试地点：上海市浦东新区张江路88号3楼, 前台登记',
        '单位联系人：张璇',
        '电话：021-50800000',
        '备注：请携带身份证和学历证书',
      ].join('\n'),
    );
    const record = await seekerRecord(seeker.client, id);
    expect(record).toMatchObject({
      state: 'interview_confirmed',
      stateLabel: '面试已确认',
      hasNewInterviewNotice: true,
      interview: {
        state: 'confirmed',
        details: {
          time: at.toISOString(),
          location: '上海市浦东新区张江路88号3楼, 前台登记',
          contactName: '张璇',
          contactPhone: '021-50800000',
          note: '请携带身份证和学历证书',
        },
      },
    });

    const ics = await seeker.client.get(`/api/seeker/applications/${id}/interview.ics`);
    expect(ics.status).toBe(200);
    expect(String(ics.headers['content-type'])).toMatch(/^text\/calendar/);
    const unfolded = String(ics.body).replace(/\r\n /g, '');
    const stamp = (d: Date) =>
      d
        .toISOString()
        .replace(/[-:]/g, '')
        .replace(/\.\d{3}/, '');
    expect(unfolded).toContain('BEGIN:VEVENT');
    expect(unfolded).toContain(`DTSTART:${stamp(at)}`);
    expect(unfolded).toContain(`DTEND:${stamp(new Date(at.getTime() + 3_600_000))}`);
    expect(unfolded).toContain('SUMMARY:面试：数控车床操作工（上海申城智造科技有限公司）');
    expect(unfolded).toContain('LOCATION:上海市浦东新区张江路88号3楼\\, 前台登记');
    expect(unfolded).toContain(
      'DESCRIPTION:单位联系人：张璇\\n电话：021-50800000\\n备注：请携带身份证和学历证书',
    );
  });

  it('不参加面试 makes the record void (作废) but current until withdrawn; confirm and a new notice are refused', async () => {
    const seeker = await createApplicant(t.app);
    const { id } = await applyTo(seeker.client, '装配钳工');
    await hr.post(`/api/employer/applications/${id}/interview`, { body: '请来面试。' });
    const declined = await seeker.client.post(`/api/seeker/applications/${id}/interview/answer`, {
      attend: false,
    });
    expect(declined.status).toBe(200);
    expect(declined.body.messages.at(-1)).toMatchObject({ kind: 'interview_answer', body: '不参加面试' });
    const current = await seeker.client.get('/api/seeker/applications?list=current');
    expect(current.body).toMatchObject({ currentCount: 1, remaining: 9 });
    expect(current.body.items[0]).toMatchObject({
      id,
      state: 'interview_declined',
      stateLabel: '已作废（不参加面试）',
      isVoid: true,
      interview: { state: 'declined' },
    });

    const confirm = await hr.post(`/api/employer/applications/${id}/interview/confirm`, details());
    expect(confirm.status).toBe(409);
    expect(confirm.body).toMatchObject({
      code: 'INVALID_STATE',
      message: '求职者已选择不参加面试，不能确认面试',
    });
    const again = await hr.post(`/api/employer/applications/${id}/interview`, { body: '再约一次？' });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('INVALID_STATE');

    const withdrawn = await seeker.client.post(`/api/seeker/applications/${id}/withdraw`);
    expect(withdrawn.body).toMatchObject({ state: 'withdrawn' });
    expect((await seeker.client.get('/api/seeker/applications')).body).toMatchObject({
      currentCount: 0,
      remaining: 10,
    });
    const list = await hr.get(`/api/employer/applications?state=withdrawn`);
    expect(list.body.items.find((i: any) => i.id === id)).toMatchObject({
      stateLabel: '求职者已撤销',
      withdrawn: true,
    });
  });

  it('refuses an interview time in the past', async () => {
    const seeker = await createApplicant(t.app);
    const { id } = await applyTo(seeker.client, '质检员');
    await hr.post(`/api/employer/applications/${id}/interview`, { body: '请来面试。' });
    await seeker.client.post(`/api/seeker/applications/${id}/interview/answer`, { attend: true });
    const past = await hr.post(`/api/employer/applications/${id}/interview/confirm`, {
      ...details(),
      time: '2020-01-01T14:00:00+08:00',
    });
    expect(past.status).toBe(400);
    expect(past.body.message).toBe('面试时间不能早于当前时间');
  });

  it("HR of another company gets 404 on every entry of this company's and changes nothing", async () => {
    const seeker = await createApplicant(t.app);
    const { id } = await applyTo(seeker.client, '电工');
    const other = await createTestCompany(t.database.db, { name: '上海别家机电有限公司' });
    const outsider = (await createSignedInEmployer(t.app, other.id)).client;

    expect((await outsider.get('/api/employer/applications')).body.items).toEqual([]);
    const attempts = [
      outsider.get(`/api/employer/applications/${id}`),
      outsider.post(`/api/employer/applications/${id}/messages`, { body: '你好' }),
      outsider.post(`/api/employer/applications/${id}/interview`, { body: '来面试' }),
      outsider.post(`/api/employer/applications/${id}/interview/confirm`, details()),
    ];
    for (const response of await Promise.all(attempts)) {
      expect(response.status).toBe(404);
      expect(response.body).toEqual({ code: 'NOT_FOUND', message: '记录不存在或已删除' });
    }
    expect(await seekerRecord(seeker.client, id)).toMatchObject({
      state: 'submitted',
      viewedByEmployer: false,
      unreadReplies: 0,
      hasNewInterviewNotice: false,
    });
    // A seeker session does not open the employer console.
    expect((await seeker.client.get('/api/employer/applications')).status).toBe(401);
  });

  it('pages newest first and filters by job and state', async () => {
    const other = await createTestCompany(t.database.db);
    const staff = (await createSignedInEmployer(t.app, other.id)).client;
    const seeker = await createApplicant(t.app);
    const jobA = await createTestJob(t.database.db, { companyId: other.id, title: '司机', education: null });
    const jobB = await createTestJob(t.database.db, { companyId: other.id, title: '保安', education: null });
    const ids: string[] = [];
    for (const jobId of [jobA.id, jobB.id]) {
      ids.push((await seeker.client.post('/api/seeker/applications', { jobId })).body.application.id);
    }
    const second = await createApplicant(t.app);
    for (const jobId of [jobA.id, jobB.id]) {
      ids.push((await second.client.post('/api/seeker/applications', { jobId })).body.application.id);
    }
    const seen: string[] = [];
    for (const page of [1, 2]) {
      const response = await staff.get(`/api/employer/applications?pageSize=3&page=${page}`);
      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({ total: 4, page, pageSize: 3 });
      seen.push(...response.body.items.map((i: any) => i.id));
    }
    expect(seen).toEqual([...ids].reverse());

    const byJob = await staff.get(`/api/employer/applications?jobId=${jobA.id}`);
    expect(byJob.body.items.map((i: any) => i.id)).toEqual([ids[2], ids[0]]);
    await staff.get(`/api/employer/applications/${ids[1]}`);
    const unread = await staff.get('/api/employer/applications?state=submitted');
    expect(unread.body.items.map((i: any) => i.id)).toEqual([ids[3], ids[2], ids[0]]);

    const bad = await staff.get('/api/employer/applications?page=0');
    expect(bad.status).toBe(400);
    expect(bad.body.code).toBe('VALIDATION_FAILED');
  });
});
