import { liveTopic } from '@openrecruit/shared';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/build-test-app';
import { createTestCompany, createTestJob } from '../../../test/factories';
import { companyWithAdmin, createUniversity, multipart } from '../../../test/factories/onboarding';
import { TestClient } from '../../../test/http-client';
import { listenTo } from '../../../test/live-events';
import { brochures, reviewRequests } from '../../db/schema';
import { createStaffAccount } from '../../db/seed/accounts';
import { encodePng } from '../../db/seed/png-image';
import { loadWorkCalendar } from '../work-calendar/load-work-calendar';
import { dueAfterWorkingDays } from '../work-calendar/work-calendar';

// Campus issue item 6: 招聘简章 — a sanitised draft, 发布 for review at each entered university
// (the `brochure` kind, 2 working days), public only in its approved version.

const ATTACK_HTML =
  '<h2>公司介绍</h2><p onclick="steal()">我们是一家<strong>科技</strong>公司</p>' +
  '<script>alert(document.cookie)</script><img src="x" onerror="alert(1)">' +
  '<p><a href="javascript:alert(1)">点这里</a> <a href="https://example.com/jobs">职位</a></p>' +
  '<iframe src="https://evil.example"></iframe><style>body{display:none}</style>' +
  '<p style="color:red">红字</p>';

describe('[EMPLOYER/UNIVERSITY/PUBLIC] 招聘简章: draft, 发布, review per university, public approved version', () => {
  let t: TestApp;
  let ipNumber = 0;
  const nextIp = () => `198.51.100.${(ipNumber++ % 200) + 30}`;
  beforeAll(async () => {
    t = await buildTestApp();
  });
  afterAll(() => t.close());

  async function staffOf(universityId: string) {
    ipNumber += 1;
    const loginName = `brochure.staff.${ipNumber}`;
    await createStaffAccount(t.app.ctx, {
      role: 'university_staff',
      universityId,
      universityRole: 'member',
      loginName,
      displayName: `就业中心老师${ipNumber}`,
      password: 'Campus#2026ok',
    });
    const client = new TestClient(t.app, nextIp());
    expect((await client.login('university', loginName, 'Campus#2026ok')).status).toBe(200);
    return client;
  }

  /** A company entered at the universities (an approved university_entry request each). */
  async function employer(enteredAt: string[] = []) {
    const { company, admin, adminLogin, adminPassword } = await companyWithAdmin(t);
    for (const universityId of enteredAt) {
      await t.app.ctx.db.insert(reviewRequests).values({
        kind: 'university_entry',
        subjectId: company.id,
        applicantAccountId: admin.id,
        applicantCompanyId: company.id,
        reviewerKind: 'university',
        reviewerUniversityId: universityId,
        payload: { universityName: '测试大学', source: 'console' },
        state: 'approved',
        decidedAt: new Date(),
      });
    }
    const client = new TestClient(t.app, nextIp());
    expect((await client.login('employer', adminLogin, adminPassword)).status).toBe(200);
    return { company, admin, client };
  }

  const body = (overrides: Record<string, unknown> = {}) => ({
    title: '2027届校园招聘简章',
    bodyHtml: '<p>欢迎加入我们。</p>',
    jobIds: [],
    imageFileIds: [],
    ...overrides,
  });

  it('stores brochure HTML with a script tag, handlers, javascript: links, iframes and styles removed', async () => {
    const { client } = await employer();
    const created = await client.post('/api/employer/brochures', body({ bodyHtml: ATTACK_HTML }));
    expect(created.status).toBe(200);
    const [stored] = await t.app.ctx.db.select().from(brochures).where(eq(brochures.id, created.body.id));
    for (const html of [stored!.bodyHtml, created.body.bodyHtml]) {
      expect(html).not.toMatch(/<script|alert\(|onerror|onclick|javascript:|<iframe|<style|style=|<img/i);
      expect(html).toContain('<h2>公司介绍</h2>');
      expect(html).toContain('<strong>科技</strong>');
      expect(html).toContain(
        '<a href="https://example.com/jobs" rel="noopener noreferrer" target="_blank">职位</a>',
      );
      expect(html).toContain('<p>红字</p>');
    }
    const onlyScript = await client.post(
      '/api/employer/brochures',
      body({ bodyHtml: '<script>x()</script>' }),
    );
    expect(onlyScript.status).toBe(400);
    expect(onlyScript.body.details.fields[0]).toMatchObject({ field: 'bodyHtml', reason: '请填写简章正文' });
    const shortTitle = await client.post('/api/employer/brochures', body({ title: '简' }));
    expect(shortTitle.status).toBe(400);
  });

  it('发布 at two entered universities → two reviews due in 2 working days; one approves, one rejects', async () => {
    const [uniA, uniB, uniC] = [
      await createUniversity(t),
      await createUniversity(t),
      await createUniversity(t),
    ];
    const [staffA, staffB] = [await staffOf(uniA.id), await staffOf(uniB.id)];
    const { company, client } = await employer([uniA.id, uniB.id]);
    const job = await createTestJob(t.app.ctx.db, { companyId: company.id, title: '软件工程师' });
    const png = encodePng(32, 32, () => [200, 40, 40]);
    const { payload, headers } = multipart(png, '宣传图.png');
    const image = await client.post('/api/employer/brochure-images', payload, headers);
    expect(image.status).toBe(200);
    const created = await client.post(
      '/api/employer/brochures',
      body({ jobIds: [job.id], imageFileIds: [image.body.id] }),
    );
    expect(created.status).toBe(200);
    expect(created.body).toMatchObject({
      jobs: [{ id: job.id, title: '软件工程师' }],
      publications: [],
      latestVersion: 0,
    });
    const id = created.body.id;

    // Not entered at university C: 409 naming it; nothing is sent anywhere.
    const refused = await client.post(`/api/employer/brochures/${id}/publish`, {
      universityIds: [uniA.id, uniC.id],
    });
    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({ code: 'UNIVERSITY_NOT_ENTERED' });
    expect(refused.body.message).toContain(uniC.name);
    expect((await client.get(`/api/employer/brochures/${id}`)).body.publications).toEqual([]);

    const live = listenTo(t.app, liveTopic.company(company.id));
    const queueA = listenTo(t.app, liveTopic.university(uniA.id));
    const published = await client.post(`/api/employer/brochures/${id}/publish`, {
      universityIds: [uniA.id, uniB.id],
    });
    expect(published.status).toBe(200);
    expect(published.body.latestVersion).toBe(1);
    expect(published.body.publications.map((p: { state: string }) => p.state)).toEqual([
      'pending',
      'pending',
    ]);
    await queueA.waitFor('reviews.changed');

    const calendar = await loadWorkCalendar(t.app.ctx.db);
    const requestOf = async (staff: TestClient) => {
      const queue = await staff.get('/api/university/reviews?kind=brochure&state=pending');
      expect(queue.status).toBe(200);
      expect(queue.body.items).toHaveLength(1);
      const item = queue.body.items[0];
      expect(item.dueAt).toBe(dueAfterWorkingDays(calendar, new Date(item.submittedAt), 2).toISOString());
      return item;
    };
    const requestA = await requestOf(staffA);
    const requestB = await requestOf(staffB);
    expect(requestA).toMatchObject({
      kind: 'brochure',
      kindLabel: '招聘简章审核',
      company: { id: company.id, name: company.name },
      view: {
        richText: { title: '2027届校园招聘简章', html: '<p>欢迎加入我们。</p>' },
        filesTitle: '简章图片',
      },
    });
    expect(requestA.files).toHaveLength(1);
    expect((await staffA.get(requestA.files[0].url)).status).toBe(200);
    // University B's staff do not see university A's request.
    expect((await staffB.get(`/api/university/reviews/${requestA.id}`)).status).toBe(404);

    // Sending again while under review there: refused, 该简章在该校审核中.
    const again = await client.post(`/api/employer/brochures/${id}/publish`, { universityIds: [uniA.id] });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('BROCHURE_PENDING');
    expect(again.body.message).toContain(uniA.name);

    // The picture is not public before an approval.
    const publicImage = (publicationId: string) =>
      new TestClient(t.app).get(`/api/public/brochures/${publicationId}/images/${image.body.id}`);
    const pubA = published.body.publications.find(
      (p: { university: { id: string } }) => p.university.id === uniA.id,
    );
    expect((await publicImage(pubA.id)).status).toBe(404);

    live.received.length = 0;
    expect(
      (await staffA.post(`/api/university/reviews/${requestA.id}/decision`, { decision: 'approve' })).status,
    ).toBe(200);
    expect(
      (
        await staffB.post(`/api/university/reviews/${requestB.id}/decision`, {
          decision: 'reject',
          reason: '内容不完整',
        })
      ).status,
    ).toBe(200);
    await live.waitFor('brochures.changed');

    const list = await client.get('/api/employer/brochures');
    expect(list.status).toBe(200);
    const states = Object.fromEntries(
      list.body.items[0].publications.map(
        (p: { university: { id: string }; state: string; rejectReason: string }) => [
          p.university.id,
          [p.state, p.rejectReason],
        ],
      ),
    );
    expect(states).toEqual({ [uniA.id]: ['published', null], [uniB.id]: ['rejected', '内容不完整'] });

    const anyone = new TestClient(t.app);
    const feedA = await anyone.get(`/api/public/brochures?universityId=${uniA.id}`);
    expect(feedA.body.items).toHaveLength(1);
    expect(feedA.body.items[0]).toMatchObject({
      publicationId: pubA.id,
      title: '2027届校园招聘简章',
      excerpt: '欢迎加入我们。',
      company: { id: company.id, name: company.name },
    });
    expect((await anyone.get(`/api/public/brochures?universityId=${uniB.id}`)).body.items).toEqual([]);
    const detail = await anyone.get(`/api/public/brochures/${pubA.id}`);
    expect(detail.body).toMatchObject({
      html: '<p>欢迎加入我们。</p>',
      jobs: [{ id: job.id, title: '软件工程师' }],
    });
    expect(detail.body.images).toHaveLength(1);
    expect((await publicImage(pubA.id)).status).toBe(200);

    const titles = (await client.get('/api/employer/notifications')).body.items.map(
      (n: { title: string }) => n.title,
    );
    expect(titles).toEqual(expect.arrayContaining(['招聘简章审核已通过', '招聘简章审核未通过']));

    // Editing an approved brochure: the approved version stays public while the new one is reviewed.
    const edited = await client.request(
      'PUT',
      `/api/employer/brochures/${id}`,
      body({ title: '2027届校园招聘简章（更新）', bodyHtml: '<p>新版内容</p>' }),
    );
    expect(edited.status).toBe(200);
    expect((await anyone.get(`/api/public/brochures/${pubA.id}`)).body.title).toBe('2027届校园招聘简章');
    const republished = await client.post(`/api/employer/brochures/${id}/publish`, {
      universityIds: [uniA.id],
    });
    expect(republished.status).toBe(200);
    expect(republished.body.latestVersion).toBe(2);
    expect(
      republished.body.publications.find((p: { university: { id: string } }) => p.university.id === uniA.id),
    ).toMatchObject({ state: 'published_pending', approvedVersion: 1, pendingVersion: 2 });
    expect((await anyone.get(`/api/public/brochures/${pubA.id}`)).body).toMatchObject({
      title: '2027届校园招聘简章',
      html: '<p>欢迎加入我们。</p>',
    });
    const second = await requestOf(staffA);
    expect(second.view.richText).toEqual({ title: '2027届校园招聘简章（更新）', html: '<p>新版内容</p>' });
    expect(
      (await staffA.post(`/api/university/reviews/${second.id}/decision`, { decision: 'approve' })).status,
    ).toBe(200);
    expect((await anyone.get(`/api/public/brochures/${pubA.id}`)).body).toMatchObject({
      title: '2027届校园招聘简章（更新）',
      html: '<p>新版内容</p>',
      jobs: [],
      images: [],
    });
    // The old picture is no longer shown by the approved version.
    expect((await publicImage(pubA.id)).status).toBe(404);

    // Another company: 404 on every route of the brochure.
    const other = await employer([uniA.id]);
    expect((await other.client.get(`/api/employer/brochures/${id}`)).status).toBe(404);
    expect((await other.client.request('PUT', `/api/employer/brochures/${id}`, body())).status).toBe(404);
    expect(
      (await other.client.post(`/api/employer/brochures/${id}/publish`, { universityIds: [uniA.id] })).status,
    ).toBe(404);
    expect((await other.client.request('DELETE', `/api/employer/brochures/${id}`)).status).toBe(404);
    expect((await other.client.get(`/api/employer/brochure-images/${image.body.id}`)).status).toBe(404);
    expect((await client.get(`/api/employer/brochure-images/${image.body.id}`)).status).toBe(200);
    // Another company's job or picture cannot be attached.
    const foreignJob = await createTestJob(t.app.ctx.db, { companyId: other.company.id });
    const withForeign = await client.request(
      'PUT',
      `/api/employer/brochures/${id}`,
      body({ jobIds: [foreignJob.id] }),
    );
    expect(withForeign.status).toBe(400);

    // 删除: gone from the console and every university's page.
    expect((await client.request('DELETE', `/api/employer/brochures/${id}`)).status).toBe(200);
    expect((await client.get(`/api/employer/brochures/${id}`)).status).toBe(404);
    expect((await anyone.get(`/api/public/brochures/${pubA.id}`)).status).toBe(404);
    expect((await anyone.get(`/api/public/brochures?universityId=${uniA.id}`)).body.items).toEqual([]);
  });

  it('a review of a deleted brochure cannot be approved, and can be rejected', async () => {
    const uni = await createUniversity(t);
    const staff = await staffOf(uni.id);
    const { client } = await employer([uni.id]);
    const created = await client.post('/api/employer/brochures', body());
    expect(
      (await client.post(`/api/employer/brochures/${created.body.id}/publish`, { universityIds: [uni.id] }))
        .status,
    ).toBe(200);
    expect((await client.request('DELETE', `/api/employer/brochures/${created.body.id}`)).status).toBe(200);
    const queue = await staff.get('/api/university/reviews?kind=brochure&state=pending');
    const approve = await staff.post(`/api/university/reviews/${queue.body.items[0].id}/decision`, {
      decision: 'approve',
    });
    expect(approve.status).toBe(409);
    expect(approve.body.code).toBe('BROCHURE_WITHDRAWN');
    const reject = await staff.post(`/api/university/reviews/${queue.body.items[0].id}/decision`, {
      decision: 'reject',
      reason: '单位已删除',
    });
    expect(reject.status).toBe(200);
  });

  it('publishing twice at once makes one version and one review', async () => {
    const uni = await createUniversity(t);
    const { client } = await employer([uni.id]);
    const created = await client.post('/api/employer/brochures', body());
    const answers = await Promise.all(
      [1, 2, 3].map(() =>
        client.post(`/api/employer/brochures/${created.body.id}/publish`, { universityIds: [uni.id] }),
      ),
    );
    expect(answers.map((a) => a.status).sort()).toEqual([200, 409, 409]);
    const requests = await t.app.ctx.db
      .select()
      .from(reviewRequests)
      .where(and(eq(reviewRequests.kind, 'brochure'), eq(reviewRequests.subjectId, created.body.id)));
    expect(requests).toHaveLength(1);
  });

  it('the public list is empty for a company not verified', async () => {
    const company = await createTestCompany(t.app.ctx.db, { verificationState: 'pending' });
    const anyone = new TestClient(t.app);
    expect((await anyone.get(`/api/public/companies/${company.id}/campus`)).status).toBe(404);
  });
});
