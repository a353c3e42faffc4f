import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { live, liveTopic } from '@openrecruit/shared';
import { eq, inArray } from 'drizzle-orm';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/build-test-app';
import {
  createApplicant,
  createSignedInEmployer,
  createTestCompany,
  createTestJob,
} from '../../../test/factories';
import type { TestClient } from '../../../test/http-client';
import { listenTo } from '../../../test/live-events';
import { applications, interviews, resumes } from '../../db/schema';
import { shanghaiDate } from '../../lib/shanghai-time';

const DAY_MS = 86_400_000;

/** The text of every page, as a PDF reader extracts it. */
async function pdfText(bytes: Uint8Array): Promise<string> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await pdfjs.getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, verbosity: 0 })
    .promise;
  let text = '';
  for (let n = 1; n <= doc.numPages; n++) {
    const content = await (await doc.getPage(n)).getTextContent();
    text += `${content.items.map((item) => ('str' in item ? item.str : '')).join('')}\n`;
  }
  await doc.destroy();
  return text;
}

describe('简历管理: tabs, 筛选, 标记, PDF and zip downloads, the thread, live updates', () => {
  let t: TestApp;
  let company: { id: string; name: string };
  let hr: TestClient;
  let outsider: TestClient;
  beforeAll(async () => {
    t = await buildTestApp();
    company = await createTestCompany(t.database.db, { name: '上海浦江精工机械有限公司' });
    hr = (await createSignedInEmployer(t.app, company.id)).client;
    const other = await createTestCompany(t.database.db, { name: '上海别家机电有限公司' });
    outsider = (await createSignedInEmployer(t.app, other.id)).client;
  });
  afterAll(() => t.close());

  /** A binary response through inject with the client's session (TestClient reads bodies as text). */
  async function download(client: TestClient, method: 'GET' | 'POST', url: string, body?: unknown) {
    const response = await t.app.inject({
      method,
      url,
      remoteAddress: client.ip,
      ...(body === undefined ? {} : { payload: body as object }),
      headers: {
        cookie: [...client.cookies].map(([k, v]) => `${k}=${v}`).join('; '),
        ...(method === 'POST' ? { 'x-csrf-token': client.csrf.get('employer') ?? '' } : {}),
      },
    });
    return {
      status: response.statusCode,
      headers: response.headers,
      bytes: new Uint8Array(response.rawPayload),
      json: () => response.json(),
    };
  }

  async function applicant(name: string, education = '20') {
    return createApplicant(t.app, { name, education });
  }

  async function job(title: string, companyId = company.id) {
    return createTestJob(t.database.db, { companyId, title, education: null });
  }

  async function apply(seeker: TestClient, jobId: string): Promise<string> {
    const response = await seeker.post('/api/seeker/applications', { jobId });
    expect(response.status).toBe(200);
    return response.body.application.id;
  }

  it('tabs count per mark, 筛选 by job, source, education and date narrow list and counts, pages on the server', async () => {
    const own = await createTestCompany(t.database.db);
    const staff = (await createSignedInEmployer(t.app, own.id)).client;
    const welder = await job('焊工', own.id);
    const fitter = await job('钳工', own.id);
    const a = await applicant('赵一', '20');
    const b = await applicant('钱二', '30');
    const c = await applicant('孙三', '20');
    const ids = {
      a1: await apply(a.client, welder.id),
      a2: await apply(a.client, fitter.id),
      b1: await apply(b.client, welder.id),
      c1: await apply(c.client, fitter.id),
    };
    // A resume from 人才推荐 and one from 双选会, filed against the welder job.
    const d = await applicant('李四', '40');
    const [downloaded] = await t.database.db
      .insert(applications)
      .values({
        seekerAccountId: d.accountId,
        jobId: welder.id,
        companyId: own.id,
        source: 'talent_download',
        createdAt: new Date(Date.now() - 10 * DAY_MS),
      })
      .returning({ id: applications.id });

    let list = await staff.get('/api/employer/applications?tab=unprocessed');
    expect(list.status).toBe(200);
    expect(list.body.counts).toEqual({ unprocessed: 5, suitable: 0, undecided: 0, unsuitable: 0 });
    expect(list.body.total).toBe(5);

    const single = await staff.post(`/api/employer/applications/${ids.a1}/mark`, { mark: 'suitable' });
    expect(single.status).toBe(200);
    expect(single.body).toMatchObject({ id: ids.a1, mark: 'suitable', markLabel: '合适' });
    const bulk = await staff.post('/api/employer/applications/marks', {
      ids: [ids.b1, ids.c1, ids.c1],
      mark: 'undecided',
    });
    expect(bulk.status).toBe(200);
    expect(bulk.body).toEqual({ updated: 2, ids: [ids.b1, ids.c1] });
    // The same mark again changes nothing.
    expect(
      (await staff.post('/api/employer/applications/marks', { ids: [ids.b1], mark: 'undecided' })).body,
    ).toMatchObject({ updated: 0 });
    await staff.post(`/api/employer/applications/${downloaded!.id}/mark`, { mark: 'unsuitable' });

    list = await staff.get('/api/employer/applications?tab=undecided');
    expect(list.body.counts).toEqual({ unprocessed: 1, suitable: 1, undecided: 2, unsuitable: 1 });
    expect(list.body.items.map((i: any) => i.id)).toEqual([ids.c1, ids.b1]);
    expect(
      (await staff.get('/api/employer/applications?tab=unprocessed')).body.items.map((i: any) => i.id),
    ).toEqual([ids.a2]);

    // Back to 未处理.
    const cleared = await staff.post(`/api/employer/applications/${ids.c1}/mark`, { mark: null });
    expect(cleared.body).toMatchObject({ mark: null, markLabel: '未处理' });

    const byJob = await staff.get(`/api/employer/applications?jobId=${welder.id}`);
    expect(byJob.body.items.map((i: any) => i.id)).toEqual([ids.b1, ids.a1, downloaded!.id]);
    expect(byJob.body.counts).toEqual({ unprocessed: 0, suitable: 1, undecided: 1, unsuitable: 1 });

    const bySource = await staff.get('/api/employer/applications?source=talent_download');
    expect(bySource.body.items).toHaveLength(1);
    expect(bySource.body.items[0]).toMatchObject({
      id: downloaded!.id,
      source: 'talent_download',
      sourceLabel: '人才下载',
      seeker: { name: '李四', educationLabel: '高中/中专/技校' },
    });

    const byEducation = await staff.get('/api/employer/applications?education=20&tab=unprocessed');
    expect(byEducation.body.items.map((i: any) => i.id)).toEqual([ids.c1, ids.a2]);
    expect(byEducation.body.counts).toEqual({ unprocessed: 2, suitable: 1, undecided: 0, unsuitable: 0 });

    const today = shanghaiDate();
    const recent = await staff.get(`/api/employer/applications?appliedFrom=${today}&appliedTo=${today}`);
    expect(recent.body.total).toBe(4);
    const older = shanghaiDate(new Date(Date.now() - 10 * DAY_MS));
    const old = await staff.get(`/api/employer/applications?appliedFrom=${older}&appliedTo=${older}`);
    expect(old.body.items.map((i: any) => i.id)).toEqual([downloaded!.id]);

    const pageTwo = await staff.get('/api/employer/applications?pageSize=2&page=2');
    expect(pageTwo.body).toMatchObject({ total: 5, page: 2, pageSize: 2 });
    expect(pageTwo.body.items.map((i: any) => i.id)).toEqual([ids.a2, ids.a1]);

    const reversed = await staff.get(`/api/employer/applications?appliedFrom=${today}&appliedTo=${older}`);
    expect(reversed.status).toBe(400);
    expect(reversed.body.message).toBe('开始日期不能晚于结束日期');
    const badSource = await staff.get('/api/employer/applications?source=mail');
    expect(badSource.status).toBe(400);
    expect(badSource.body.message).toBe('来源不正确');

    // 投递职位 options: the company's own jobs only.
    const options = await staff.get('/api/employer/applications/job-options');
    expect(options.body.map((o: any) => o.title).sort()).toEqual(['焊工', '钳工']);
  });

  it('a withdrawn application leaves the tabs and comes back under 显示已撤销, marked withdrawn', async () => {
    const own = await createTestCompany(t.database.db);
    const staff = (await createSignedInEmployer(t.app, own.id)).client;
    const seeker = await applicant('周五');
    const id = await apply(seeker.client, (await job('仓管员', own.id)).id);
    await staff.post(`/api/employer/applications/${id}/mark`, { mark: 'suitable' });
    await seeker.client.post(`/api/seeker/applications/${id}/withdraw`);

    const plain = await staff.get('/api/employer/applications?tab=suitable');
    expect(plain.body.items).toEqual([]);
    expect(plain.body.counts.suitable).toBe(0);
    const shown = await staff.get('/api/employer/applications?tab=suitable&includeWithdrawn=true');
    expect(shown.body.items).toHaveLength(1);
    expect(shown.body.items[0]).toMatchObject({ id, withdrawn: true, state: 'withdrawn', mark: 'suitable' });
    expect(shown.body.counts.suitable).toBe(1);
  });

  it('opening a resume marks it viewed (the seeker sees it); opening the thread clears the unread count only', async () => {
    const seeker = await applicant('吴六');
    const id = await apply(seeker.client, (await job('电工')).id);
    await seeker.client.post(`/api/seeker/applications/${id}/messages`, { body: '请问需要夜班吗？' });

    const thread = await hr.get(`/api/employer/applications/${id}/thread`);
    expect(thread.status).toBe(200);
    expect(thread.body).toMatchObject({
      application: { id, state: 'submitted', viewed: false, unreadMessages: 0 },
      interview: null,
      canSendInterviewNotice: true,
      canConfirmInterview: false,
    });
    expect(thread.body.messages.map((m: any) => m.body)).toEqual(['请问需要夜班吗？']);
    const [row] = await t.database.db.select().from(applications).where(eq(applications.id, id));
    expect(row).toMatchObject({ employerUnread: 0, viewedAt: null, state: 'submitted' });

    const opened = await hr.get(`/api/employer/applications/${id}`);
    expect(opened.body).toMatchObject({ state: 'viewed', viewed: true, stateLabel: '已查看' });
    const record = (await seeker.client.get('/api/seeker/applications')).body.items.find(
      (item: any) => item.id === id,
    );
    expect(record).toMatchObject({ viewedByEmployer: true, stateLabel: '单位已查看' });
  });

  it('the thread shows 参加面试 and allows 确认面试; a double click confirms once; 不参加面试 is shown', async () => {
    const seeker = await applicant('郑七');
    const id = await apply(seeker.client, (await job('机修工')).id);
    await hr.post(`/api/employer/applications/${id}/interview`, { body: '请来面试。' });
    expect((await hr.get(`/api/employer/applications/${id}/thread`)).body).toMatchObject({
      canSendInterviewNotice: false,
      canConfirmInterview: false,
      interview: { state: 'invited' },
    });
    await seeker.client.post(`/api/seeker/applications/${id}/interview/answer`, { attend: true });
    const accepted = await hr.get(`/api/employer/applications/${id}/thread`);
    expect(accepted.body).toMatchObject({
      application: { state: 'interview_accepted', stateLabel: '求职者参加面试，待确认' },
      canConfirmInterview: true,
      interview: { state: 'accepted' },
    });
    expect(accepted.body.messages.at(-1)).toMatchObject({ kind: 'interview_answer', body: '参加面试' });

    const date = shanghaiDate(new Date(Date.now() + 2 * DAY_MS));
    const details = {
      time: `${date}T10:00:00+08:00`,
      location: '上海市闵行区剑川路100号',
      contactName: '张璇',
      contactPhone: '021-50800000',
      note: '',
    };
    const results = await Promise.all([
      hr.post(`/api/employer/applications/${id}/interview/confirm`, details),
      hr.post(`/api/employer/applications/${id}/interview/confirm`, details),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
    const confirmations = (await hr.get(`/api/employer/applications/${id}/thread`)).body.messages.filter(
      (m: any) => m.kind === 'interview_confirmation',
    );
    expect(confirmations).toHaveLength(1);
    const rounds = await t.database.db.select().from(interviews).where(eq(interviews.applicationId, id));
    expect(rounds.map((r) => r.state)).toEqual(['confirmed']);

    const declining = await applicant('王八');
    const other = await apply(declining.client, (await job('叉车司机')).id);
    await hr.post(`/api/employer/applications/${other}/interview`, { body: '请来面试。' });
    await declining.client.post(`/api/seeker/applications/${other}/interview/answer`, { attend: false });
    const declined = await hr.get(`/api/employer/applications/${other}/thread`);
    expect(declined.body).toMatchObject({
      application: { state: 'interview_declined', stateLabel: '求职者不参加面试' },
      interview: { state: 'declined' },
      canSendInterviewNotice: false,
      canConfirmInterview: false,
    });
    expect(declined.body.messages.at(-1)).toMatchObject({ kind: 'interview_answer', body: '不参加面试' });
  });

  it('downloads a resume as a PDF with real Chinese text: name, job, education, mobile', async () => {
    const seeker = await applicant('欧阳思琪', '30');
    const resume = {
      educations: [
        {
          school: '上海第二工业大学',
          major: '机电一体化',
          education: '30',
          startMonth: '2012-09',
          endMonth: '2015-07',
        },
      ],
      experiences: [
        {
          company: '上海汇众汽车制造有限公司',
          title: '装配技术员',
          startMonth: '2015-08',
          endMonth: null,
          description: '负责底盘装配线的工艺调整与质量追溯。',
        },
      ],
      skills: ['PLC编程', '精益生产'],
      selfIntroduction: '踏实肯干，善于沟通。',
    };
    await t.database.db
      .insert(resumes)
      .values({ accountId: seeker.accountId, ...resume })
      .onConflictDoUpdate({ target: resumes.accountId, set: resume });
    const id = await apply(seeker.client, (await job('数控车床操作工')).id);

    const pdf = await download(hr, 'GET', `/api/employer/applications/${id}/resume.pdf`);
    expect(pdf.status).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(String(pdf.headers['content-disposition'])).toContain(
      `filename*=UTF-8''${encodeURIComponent('欧阳思琪-数控车床操作工.pdf')}`,
    );
    expect(Buffer.from(pdf.bytes.subarray(0, 5)).toString()).toBe('%PDF-');
    // Subset font: far smaller than the 8 MB font file.
    expect(pdf.bytes.length).toBeLessThan(400_000);
    const text = await pdfText(pdf.bytes);
    for (const expected of [
      '欧阳思琪',
      '应聘职位：数控车床操作工',
      '大学专科/高职',
      seeker.person.mobile,
      '上海汇众汽车制造有限公司',
      '踏实肯干，善于沟通。',
      '上海浦江精工机械有限公司',
    ]) {
      expect(text).toContain(expected);
    }
  });

  it('downloads several resumes as one zip of PDFs named 姓名-职位.pdf', async () => {
    const title = '质检员';
    const jobRow = await job(title);
    const names = ['冯一', '陈二', '褚三'];
    const ids: string[] = [];
    for (const name of names) ids.push(await apply((await applicant(name)).client, jobRow.id));
    const zip = await download(hr, 'POST', '/api/employer/applications/resumes.zip', { ids });
    expect(zip.status).toBe(200);
    expect(zip.headers['content-type']).toBe('application/zip');
    const files = unzipSync(zip.bytes);
    expect(Object.keys(files).sort()).toEqual(names.map((name) => `${name}-${title}.pdf`).sort());
    expect(await pdfText(files[`陈二-${title}.pdf`]!)).toContain('陈二');

    const tooMany = await hr.post('/api/employer/applications/resumes.zip', {
      ids: Array.from({ length: 51 }, () => crypto.randomUUID()),
    });
    expect(tooMany.status).toBe(400);
    expect(tooMany.body.message).toBe('一次最多下载50份简历');
  });

  it('HR of another company gets 404 on every entry and changes nothing, even mixed with its own ids', async () => {
    const seeker = await applicant('卫九');
    const id = await apply(seeker.client, (await job('焊接技师')).id);
    const details = {
      time: `${shanghaiDate(new Date(Date.now() + DAY_MS))}T10:00:00+08:00`,
      location: '上海',
      contactName: '某人',
      contactPhone: '13800000000',
    };
    const attempts = [
      outsider.get(`/api/employer/applications/${id}`),
      outsider.get(`/api/employer/applications/${id}/thread`),
      outsider.post(`/api/employer/applications/${id}/mark`, { mark: 'suitable' }),
      outsider.post('/api/employer/applications/marks', { ids: [id], mark: 'suitable' }),
      outsider.post(`/api/employer/applications/${id}/messages`, { body: '你好' }),
      outsider.post(`/api/employer/applications/${id}/interview`, { body: '来面试' }),
      outsider.post(`/api/employer/applications/${id}/interview/confirm`, details),
    ];
    for (const response of await Promise.all(attempts)) {
      expect(response.status).toBe(404);
      expect(response.body).toEqual({ code: 'NOT_FOUND', message: '记录不存在或已删除' });
    }
    const pdf = await download(outsider, 'GET', `/api/employer/applications/${id}/resume.pdf`);
    expect(pdf.status).toBe(404);
    const zip = await download(outsider, 'POST', '/api/employer/applications/resumes.zip', { ids: [id] });
    expect(zip.status).toBe(404);
    expect(zip.json()).toMatchObject({ code: 'NOT_FOUND' });

    // One foreign id among the company's own: the whole request is refused, nothing is marked.
    const mine = await apply((await applicant('蒋十')).client, (await job('包装工')).id);
    const mixed = await hr.post('/api/employer/applications/marks', {
      ids: [mine, crypto.randomUUID()],
      mark: 'suitable',
    });
    expect(mixed.status).toBe(404);
    const mixedZip = await download(hr, 'POST', '/api/employer/applications/resumes.zip', {
      ids: [mine, crypto.randomUUID()],
    });
    expect(mixedZip.status).toBe(404);
    const rows = await t.database.db
      .select({
        mark: applications.mark,
        state: applications.state,
        employerUnread: applications.employerUnread,
      })
      .from(applications)
      .where(inArray(applications.id, [id, mine]));
    expect(rows).toEqual([
      { mark: null, state: 'submitted', employerUnread: 0 },
      { mark: null, state: 'submitted', employerUnread: 0 },
    ]);
    expect((await outsider.get('/api/employer/applications')).body.total).toBe(0);
  });

  it('a seeker’s application, message, answer and withdrawal are published on the company topic', async () => {
    const seeker = await applicant('沈十一');
    const jobRow = await job('注塑工');
    const seen = listenTo(t.app, liveTopic.company(company.id));
    const { received } = seen;
    try {
      const id = await apply(seeker.client, jobRow.id);
      await seeker.client.post(`/api/seeker/applications/${id}/messages`, { body: '您好' });
      await hr.post(`/api/employer/applications/${id}/interview`, { body: '请来面试。' });
      await seeker.client.post(`/api/seeker/applications/${id}/interview/answer`, { attend: false });
      await seeker.client.post(`/api/seeker/applications/${id}/withdraw`);
      await seen.waitFor('application.withdrawn');
      const seekerEvents = received.filter((e) => e.type.startsWith('application.'));
      expect(seekerEvents).toEqual([
        { topic: `company:${company.id}`, type: 'application.created', data: { applicationId: id } },
        { topic: `company:${company.id}`, type: 'application.message', data: { applicationId: id } },
        { topic: `company:${company.id}`, type: 'application.interview_answer', data: { applicationId: id } },
        { topic: `company:${company.id}`, type: 'application.withdrawn', data: { applicationId: id } },
      ]);
      // A colleague's notice refreshes the other HR screens too.
      expect(received.map((e) => e.type)).toContain('applications.changed');
    } finally {
      seen.stop();
    }
  });

  it('streams the HR person’s notifications and the company’s events over /api/employer/events', async () => {
    await t.app.listen({ host: '127.0.0.1', port: 0 });
    const port = (t.app.server.address() as AddressInfo).port;
    const employer = await createSignedInEmployer(t.app, company.id);
    let text = '';
    const request = http.get({
      host: '127.0.0.1',
      port,
      path: '/api/employer/events',
      headers: {
        accept: 'text/event-stream',
        cookie: [...employer.client.cookies].map(([k, v]) => `${k}=${v}`).join('; '),
      },
    });
    try {
      const response = await new Promise<http.IncomingMessage>((resolve, reject) => {
        request.on('response', resolve);
        request.on('error', reject);
      });
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-type']).toBe('text/event-stream; charset=utf-8');
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => {
        text += chunk;
      });
      await expect.poll(() => text).toContain(': connected');
      await t.app.ctx.events.publish(live.notification(employer.account.id));
      await t.app.ctx.events.publish(
        live.company(company.id, { type: 'application.created', data: { applicationId: 'a1' } }),
      );
      await t.app.ctx.events.publish({
        topic: liveTopic.company('someone-else'),
        type: 'application.created',
      });
      await expect.poll(() => text).toContain('event: application.created\ndata: {"applicationId":"a1"}\n\n');
      expect(text).toContain('event: notification\ndata: {}\n\n');
      expect(text.match(/event: application\.created/g)).toHaveLength(1);
    } finally {
      request.destroy();
    }
    const seeker = await applicant('韩十二');
    expect((await seeker.client.get('/api/employer/events')).status).toBe(401);
  });
});
