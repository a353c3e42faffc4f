import { randomBytes } from 'node:crypto';
import { liveTopic } from '@openrecruit/shared';
import { and, count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/build-test-app';
import { createTestJob } from '../../../test/factories';
import { enterUniversity } from '../../../test/factories/campus';
import { companyWithAdmin, createUniversity, multipart, PNG_BYTES } from '../../../test/factories/onboarding';
import { createTalent } from '../../../test/factories/talent';
import { TestClient } from '../../../test/http-client';
import { makeJpegHeader } from '../../../test/images';
import { listenTo } from '../../../test/live-events';
import { cloudPresentations, cloudPresentationTargets, notifications, reviewRequests } from '../../db/schema';
import { createStaffAccount } from '../../db/seed/accounts';

// Issue 13 §1: 云宣讲 — a company applies for a 录播 (with an uploaded video) or a 直播 at the
// universities it entered; each university reviews its own copy; approved ones are public and
// shown to the university's students; the video streams with HTTP ranges.

const HOUR = 3_600_000;
/** A fake WebM: the EBML magic, then ASCII bytes so a range can be compared as text. */
const WEBM = Buffer.concat([
  Buffer.from([0x1a, 0x45, 0xdf, 0xa3]),
  Buffer.from('0123456789abcdefghijklmnopqrstuvwxyz'.repeat(40)),
]);
const MP4 = Buffer.concat([Buffer.from([0, 0, 0, 0x20]), Buffer.from('ftypisom'), randomBytes(300)]);
const JPEG = Buffer.concat([makeJpegHeader(1280, 720), randomBytes(200)]);

describe('[EMPLOYER/UNIVERSITY/SEEKER] 云宣讲: apply, per-university review, streaming, withdraw', () => {
  let t: TestApp;
  let ip = 0;
  beforeAll(async () => {
    // 1 MB: the oversize case stays small.
    t = await buildTestApp({ env: { CLOUD_VIDEO_MAX_MB: '1' } });
  });
  afterAll(() => t.close());

  const nextIp = () => {
    ip += 1;
    return `198.18.${Math.floor(ip / 200) + 40}.${(ip % 200) + 20}`;
  };

  async function staffOf(universityId: string) {
    const loginName = `cloud.staff.${nextIp()}`;
    await createStaffAccount(t.app.ctx, {
      role: 'university_staff',
      universityId,
      loginName,
      displayName: '就业中心老师',
      password: 'Campus#2026ok',
    });
    const client = new TestClient(t.app, nextIp());
    expect((await client.login('university', loginName, 'Campus#2026ok')).status).toBe(200);
    return client;
  }

  /** A company 已入驻 at the universities, its admin logged in, with one recruiting job. */
  async function enteredEmployer(universityIds: string[]) {
    const { company, admin, adminLogin, adminPassword } = await companyWithAdmin(t);
    for (const universityId of universityIds)
      await enterUniversity(t.app.ctx.db, {
        companyId: company.id,
        universityId,
        applicantAccountId: admin.id,
      });
    const client = new TestClient(t.app, nextIp());
    expect((await client.login('employer', adminLogin, adminPassword)).status).toBe(200);
    const job = await createTestJob(t.app.ctx.db, { companyId: company.id, title: '管培生' });
    return { company, admin, client, job };
  }

  const upload = (client: TestClient, what: 'video' | 'poster', data: Buffer, name: string, type: string) => {
    const { payload, headers } = multipart(data, name, type);
    return client.post(`/api/employer/cloud-presentation-files/${what}`, payload, headers);
  };

  async function uploadedFiles(client: TestClient) {
    const video = await upload(client, 'video', WEBM, '宣讲.webm', 'video/webm');
    expect(video.status).toBe(200);
    expect(video.body).toMatchObject({ contentType: 'video/webm', size: WEBM.length });
    const poster = await upload(client, 'poster', JPEG, 'poster.jpg', 'image/jpeg');
    expect(poster.status).toBe(200);
    return { videoFileId: video.body.id as string, posterFileId: poster.body.id as string };
  }

  const recorded = (universityIds: string[], jobId: string, files: Record<string, string>) => ({
    format: 'recorded',
    universityIds,
    title: '2026届云宣讲',
    startsAt: new Date(Date.now() + HOUR).toISOString(),
    description: '公司介绍与岗位解读',
    jobIds: [jobId],
    durationSeconds: 95,
    ...files,
  });
  const liveBody = (universityIds: string[], jobId: string, overrides: Record<string, unknown> = {}) => ({
    format: 'live',
    universityIds,
    title: '2026届直播宣讲',
    startsAt: new Date(Date.now() + 24 * HOUR).toISOString(),
    endsAt: new Date(Date.now() + 26 * HOUR).toISOString(),
    jobIds: [jobId],
    ...overrides,
  });

  const presentationCount = async (companyId: string) =>
    (
      await t.app.ctx.db
        .select({ n: count() })
        .from(cloudPresentations)
        .where(eq(cloudPresentations.companyId, companyId))
    )[0]!.n;

  const targetState = async (presentationId: string, universityId: string) => {
    const [row] = await t.app.ctx.db
      .select()
      .from(cloudPresentationTargets)
      .where(
        and(
          eq(cloudPresentationTargets.presentationId, presentationId),
          eq(cloudPresentationTargets.universityId, universityId),
        ),
      );
    return row!;
  };

  const decide = (staff: TestClient, reviewId: string, decision: 'approve' | 'reject', reason?: string) =>
    staff.post(`/api/university/reviews/${reviewId}/decision`, { decision, ...(reason ? { reason } : {}) });

  it('refuses bad input with clear codes and Chinese messages, and changes nothing', async () => {
    const entered = await createUniversity(t);
    const other = await createUniversity(t);
    const { company, client, job } = await enteredEmployer([entered.id]);

    const noVideo = await client.post(
      '/api/employer/cloud-presentations',
      recorded([entered.id], job.id, {}),
    );
    expect(noVideo.status).toBe(400);
    expect(noVideo.body.code).toBe('VALIDATION_FAILED');
    expect(noVideo.body.details.fields).toEqual(
      expect.arrayContaining([
        { field: 'videoFileId', reason: '请上传宣讲视频' },
        { field: 'posterFileId', reason: '请上传视频封面' },
      ]),
    );
    const past = await client.post(
      '/api/employer/cloud-presentations',
      liveBody([entered.id], job.id, { startsAt: new Date(Date.now() - HOUR).toISOString() }),
    );
    expect(past.status).toBe(400);
    expect(past.body.details.fields).toContainEqual({ field: 'startsAt', reason: '直播开始时间须晚于现在' });
    const tooLong = await client.post(
      '/api/employer/cloud-presentations',
      liveBody([entered.id], job.id, { endsAt: new Date(Date.now() + 29 * HOUR).toISOString() }),
    );
    expect(tooLong.status).toBe(400);
    expect(tooLong.body.details.fields).toContainEqual({ field: 'endsAt', reason: '直播时长不能超过4小时' });
    const noUniversity = await client.post('/api/employer/cloud-presentations', liveBody([], job.id));
    expect(noUniversity.body.details.fields).toContainEqual({
      field: 'universityIds',
      reason: '请选择宣讲高校',
    });

    // Not entered: 409 UNIVERSITY_NOT_ENTERED naming the university, even beside an entered one.
    const notEntered = await client.post(
      '/api/employer/cloud-presentations',
      liveBody([entered.id, other.id], job.id),
    );
    expect(notEntered.status).toBe(409);
    expect(notEntered.body).toMatchObject({
      code: 'UNIVERSITY_NOT_ENTERED',
      message: `贵单位尚未入驻${other.name}，请先在“校园招聘 > 入驻高校”中申请入驻`,
    });
    const foreignJob = await client.post(
      '/api/employer/cloud-presentations',
      liveBody([entered.id], '00000000-0000-4000-8000-000000000000'),
    );
    expect(foreignJob.body.details.fields).toContainEqual({
      field: 'jobIds',
      reason: '请选择本单位招聘中的职位',
    });
    expect(await presentationCount(company.id)).toBe(0);
  });

  it('checks uploads by their bytes and size, and refuses another company’s or a used file', async () => {
    const university = await createUniversity(t);
    const a = await enteredEmployer([university.id]);
    const b = await enteredEmployer([university.id]);

    const png = await upload(a.client, 'video', PNG_BYTES, '宣讲.mp4', 'video/mp4');
    expect(png.status).toBe(400);
    expect(png.body).toMatchObject({ code: 'FILE_TYPE_NOT_ALLOWED', message: '只能上传MP4或WebM格式的视频' });
    const big = Buffer.concat([WEBM, Buffer.alloc(1024 * 1024)]);
    const oversize = await upload(a.client, 'video', big, '宣讲.webm', 'video/webm');
    expect(oversize.status).toBe(413);
    expect(oversize.body).toMatchObject({ code: 'FILE_TOO_LARGE', message: '视频不能超过1MB' });
    const mp4 = await upload(a.client, 'video', MP4, '宣讲.mp4', 'video/mp4');
    expect(mp4.body).toMatchObject({ contentType: 'video/mp4' });
    const videoAsPoster = await upload(a.client, 'poster', WEBM, 'poster.jpg', 'image/jpeg');
    expect(videoAsPoster.status).toBe(400);
    expect(videoAsPoster.body.message).toBe('视频封面只能是JPG或PNG图片');

    const filesOfB = await uploadedFiles(b.client);
    const stolen = await a.client.post(
      '/api/employer/cloud-presentations',
      recorded([university.id], a.job.id, filesOfB),
    );
    expect(stolen.status).toBe(400);
    expect(stolen.body.details.fields).toEqual([
      { field: 'videoFileId', reason: '视频不存在或已被使用，请重新上传' },
    ]);

    const filesOfA = await uploadedFiles(a.client);
    const first = await a.client.post(
      '/api/employer/cloud-presentations',
      recorded([university.id], a.job.id, filesOfA),
    );
    expect(first.status).toBe(200);
    const again = await a.client.post(
      '/api/employer/cloud-presentations',
      recorded([university.id], a.job.id, filesOfA),
    );
    expect(again.status).toBe(400);
    expect(again.body.details.fields[0].field).toBe('videoFileId');
    expect(await presentationCount(a.company.id)).toBe(1);
  });

  it('录播 at two universities: each reviews its copy; streaming with ranges; students see approved ones', async () => {
    const u1 = await createUniversity(t);
    const u2 = await createUniversity(t);
    const staff1 = await staffOf(u1.id);
    const staff2 = await staffOf(u2.id);
    const { company, admin, client, job } = await enteredEmployer([u1.id, u2.id]);
    const stranger = await enteredEmployer([u1.id]);
    const student = await createTalent(t.app, {
      educations: [{ school: u1.name, education: '20', startMonth: '2023-09', endMonth: null }],
    });
    const outsider = await createTalent(t.app, {
      educations: [{ school: u2.name, education: '20', startMonth: '2023-09', endMonth: null }],
    });

    const live = listenTo(t.app, liveTopic.company(company.id));
    const files = await uploadedFiles(client);
    const applied = await client.post(
      '/api/employer/cloud-presentations',
      recorded([u1.id, u2.id], job.id, files),
    );
    expect(applied.status).toBe(200);
    const id = applied.body.id as string;
    expect(applied.body).toMatchObject({
      format: 'recorded',
      jobs: [{ id: job.id, title: '管培生' }],
      durationSeconds: 95,
      videoUrl: `/api/employer/cloud-presentations/${id}/video`,
      posterUrl: `/api/employer/cloud-presentations/${id}/poster`,
      targets: [
        { universityId: u1.id, universityName: u1.name, state: 'pending' },
        { universityId: u2.id, universityName: u2.name, state: 'pending' },
      ],
    });
    await live.waitFor('cloud-presentations.changed');

    // Pending: the company and the reviewing universities may watch; anyone else gets 404.
    const video = (client2: TestClient, area: string, range?: string) =>
      client2.get(`/api/${area}/cloud-presentations/${id}/video`, range ? { range } : {});
    expect((await video(new TestClient(t.app, nextIp()), 'public')).status).toBe(404);
    expect((await video(stranger.client, 'employer')).status).toBe(404);
    const byStaff = await video(staff1, 'university');
    expect(byStaff.status).toBe(200);
    expect(byStaff.headers['content-type']).toBe('video/webm');
    const ranged = await video(client, 'employer', 'bytes=4-13');
    expect(ranged.status).toBe(206);
    expect(ranged.body).toBe('0123456789');
    expect(ranged.headers['content-range']).toBe(`bytes 4-13/${WEBM.length}`);
    expect((await client.get(`/api/employer/cloud-presentations/${id}/poster`)).headers['content-type']).toBe(
      'image/jpeg',
    );

    // The queue of each university has its own copy, with the player in the drawer.
    const queue1 = await staff1.get('/api/university/reviews?kind=cloud_presentation&state=pending');
    expect(queue1.body.items).toHaveLength(1);
    const item1 = queue1.body.items[0];
    expect(item1.kindLabel).toBe('云宣讲审核');
    expect(item1.view.sections[0].fields).toContainEqual({ label: '宣讲形式', value: '录播宣讲' });
    expect(item1.view.sections[0].fields).toContainEqual({ label: '视频时长', value: '1分35秒' });
    expect(item1.view.richText.html).toContain(`/api/university/cloud-presentations/${id}/video`);
    expect(Date.parse(item1.dueAt)).toBeGreaterThan(Date.now());
    const queue2 = await staff2.get('/api/university/reviews?kind=cloud_presentation&state=pending');
    const item2 = queue2.body.items[0];

    live.received.length = 0;
    expect((await decide(staff1, item1.id, 'approve')).status).toBe(200);
    await live.waitFor('cloud-presentations.changed');
    expect((await decide(staff2, item2.id, 'reject', '视频内容与本校专业不符')).status).toBe(200);
    expect((await targetState(id, u1.id)).state).toBe('approved');
    const listed = await client.get('/api/employer/cloud-presentations');
    expect(listed.body.items[0].targets).toEqual([
      expect.objectContaining({ universityId: u1.id, state: 'approved', rejectReason: null }),
      expect.objectContaining({
        universityId: u2.id,
        state: 'rejected',
        rejectReason: '视频内容与本校专业不符',
      }),
    ]);
    const notices = await t.app.ctx.db
      .select({ body: notifications.body })
      .from(notifications)
      .where(eq(notifications.accountId, admin.id));
    expect(notices.map((n) => n.body)).toEqual(
      expect.arrayContaining([
        `云宣讲“2026届云宣讲”已通过${u1.name}的审核，该校学生可以观看。`,
        `云宣讲“2026届云宣讲”未通过${u2.name}的审核。原因：视频内容与本校专业不符。可在“云校招 > 云宣讲”中重新提交。`,
      ]),
    );

    // Approved: public, with ranges (206, 416, 200 without Range).
    const anyone = new TestClient(t.app, nextIp());
    const whole = await video(anyone, 'public');
    expect(whole.status).toBe(200);
    expect(whole.headers['accept-ranges']).toBe('bytes');
    expect(whole.headers['content-length']).toBe(String(WEBM.length));
    expect(whole.headers['cache-control']).toContain('private');
    const tail = await video(anyone, 'public', 'bytes=-6');
    expect(tail.status).toBe(206);
    expect(tail.body).toBe('uvwxyz');
    const beyond = await video(anyone, 'public', `bytes=${WEBM.length}-`);
    expect(beyond.status).toBe(416);
    expect(beyond.headers['content-range']).toBe(`bytes */${WEBM.length}`);
    expect(beyond.body.code).toBe('RANGE_NOT_SATISFIABLE');
    expect((await anyone.get(`/api/public/cloud-presentations/${id}`)).body).toMatchObject({
      companyName: company.name,
      videoUrl: `/api/public/cloud-presentations/${id}/video`,
    });
    expect((await anyone.get(`/api/public/universities/${u1.id}/cloud-presentations`)).body.total).toBe(1);
    expect((await anyone.get(`/api/public/universities/${u2.id}/cloud-presentations`)).body.total).toBe(0);

    // Students: only the approved ones of their own university.
    const mine = await student.client.get('/api/seeker/campus/cloud-presentations');
    expect(mine.status).toBe(200);
    expect(mine.body.items.map((p: { id: string }) => p.id)).toEqual([id]);
    expect((await outsider.client.get('/api/seeker/campus/cloud-presentations')).body.items).toEqual([]);

    // 重新提交 at the university that rejected it: pending again with a new request; then approved.
    expect(
      (await client.post(`/api/employer/cloud-presentations/${id}/resubmit`, { universityId: u1.id })).body,
    ).toMatchObject({ code: 'INVALID_STATE', message: '只有未通过的高校可以重新提交' });
    const resubmitted = await client.post(`/api/employer/cloud-presentations/${id}/resubmit`, {
      universityId: u2.id,
    });
    expect(resubmitted.status).toBe(200);
    expect(resubmitted.body.targets[1]).toMatchObject({ state: 'pending', rejectReason: null });
    const again = await staff2.get('/api/university/reviews?kind=cloud_presentation&state=pending');
    expect(again.body.items).toHaveLength(1);
    expect((await decide(staff2, again.body.items[0].id, 'approve')).status).toBe(200);
    expect((await outsider.client.get('/api/seeker/campus/cloud-presentations')).body.total).toBe(1);
    const approvedAtU2 = await staff2.get('/api/university/cloud-presentations');
    expect(approvedAtU2.body.items[0]).toMatchObject({ id, state: 'approved' });

    // Foreign company: 404 on every route of the record.
    expect((await stranger.client.get(`/api/employer/cloud-presentations/${id}`)).status).toBe(404);
    expect((await stranger.client.post(`/api/employer/cloud-presentations/${id}/withdraw`)).status).toBe(404);
    expect(
      (
        await stranger.client.post(`/api/employer/cloud-presentations/${id}/resubmit`, {
          universityId: u2.id,
        })
      ).status,
    ).toBe(404);

    // 撤回 an approved one: no university shows it any more.
    const withdrawn = await client.post(`/api/employer/cloud-presentations/${id}/withdraw`);
    expect(withdrawn.status).toBe(200);
    expect(withdrawn.body.targets.map((target: { state: string }) => target.state)).toEqual([
      'withdrawn',
      'withdrawn',
    ]);
    expect((await anyone.get(`/api/public/cloud-presentations/${id}`)).status).toBe(404);
    expect((await video(anyone, 'public')).status).toBe(404);
    expect((await student.client.get('/api/seeker/campus/cloud-presentations')).body.total).toBe(0);
  });

  it('直播: scheduled; withdrawing a pending one flags the request and 通过 is refused', async () => {
    const university = await createUniversity(t);
    const staff = await staffOf(university.id);
    const { client, job } = await enteredEmployer([university.id]);

    const applied = await client.post('/api/employer/cloud-presentations', liveBody([university.id], job.id));
    expect(applied.status).toBe(200);
    expect(applied.body).toMatchObject({
      format: 'live',
      liveState: 'scheduled',
      videoUrl: null,
      posterUrl: null,
    });
    const id = applied.body.id as string;
    const queue = await staff.get('/api/university/reviews?kind=cloud_presentation&state=pending');
    const item = queue.body.items[0];
    expect(item.view.richText).toBeNull();
    expect(item.view.sections[0].fields).toContainEqual({ label: '宣讲形式', value: '直播宣讲' });

    const withdrawn = await client.post(`/api/employer/cloud-presentations/${id}/withdraw`);
    expect(withdrawn.body.targets[0].state).toBe('withdrawn');
    const [request] = await t.app.ctx.db.select().from(reviewRequests).where(eq(reviewRequests.id, item.id));
    expect((request!.payload as { withdrawnAt?: string }).withdrawnAt).toBeTruthy();
    const shown = await staff.get(`/api/university/reviews/${item.id}`);
    expect(shown.body.view.sections[0].fields[0].value).toMatch(/^已撤回（.+），请驳回此申请$/);
    const approve = await decide(staff, item.id, 'approve');
    expect(approve.status).toBe(409);
    expect(approve.body.message).toBe('该单位已撤回此云宣讲，请驳回此申请');
    expect((await decide(staff, item.id, 'reject', '单位已撤回')).status).toBe(200);
    expect((await targetState(id, university.id)).state).toBe('withdrawn');
    const again = await client.post(`/api/employer/cloud-presentations/${id}/withdraw`);
    expect(again.body).toMatchObject({ code: 'INVALID_STATE', message: '该云宣讲已撤回' });
  });
});
