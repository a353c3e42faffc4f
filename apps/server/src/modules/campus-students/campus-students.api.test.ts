import { liveTopic } from '@openrecruit/shared';
import { and, eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/build-test-app';
import { createTestJob } from '../../../test/factories';
import { companyWithAdmin, createUniversity } from '../../../test/factories/onboarding';
import { insertReviewRequest } from '../../../test/factories/reviews';
import { createTalent } from '../../../test/factories/talent';
import { freshIdNumber, freshMobile } from '../../../test/fixtures';
import { TestClient } from '../../../test/http-client';
import { listenTo } from '../../../test/live-events';
import {
  brochurePublications,
  brochures,
  brochureVersions,
  jobFairRegistrations,
  jobFairs,
  notifications,
  presentationSignups,
  presentations,
  resumes,
  reviewRequests,
  securityEvents,
} from '../../db/schema';
import { createSeekerAccount, createStaffAccount } from '../../db/seed/accounts';
import { hashPassword } from '../../lib/password-hash';
import { shanghaiDate } from '../../lib/shanghai-time';
import { cancelPresentation } from '../presentations/cancel-presentation';
import { studentUniversityOf } from '../talent/campus-education';
import { signUpForPresentation } from './sign-up-for-presentation';

// Issue 11 §8-9: the students' 校园, 报名 within the room's capacity, 签到 at the door, the
// university's statistics and Excel exports.

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** Later today in Shanghai: within the hour, but never past midnight (a run at 23:30 stays today). */
const laterToday = () => {
  const shanghaiMidnight = Math.ceil((Date.now() + 8 * HOUR) / DAY) * DAY - 8 * HOUR;
  return new Date(Math.max(Math.min(Date.now() + HOUR, shanghaiMidnight - 60_000), Date.now() + 30_000));
};

describe('[SEEKER/UNIVERSITY] 校园: students, 报名, 签到, statistics and exports', () => {
  let t: TestApp;
  let staffNumber = 0;
  let passwordHash: string;
  beforeAll(async () => {
    t = await buildTestApp();
    passwordHash = await hashPassword('582046');
  });
  afterAll(() => t.close());

  async function staffOf(universityId: string) {
    staffNumber += 1;
    const loginName = `campus.door.${staffNumber}`;
    const account = await createStaffAccount(t.app.ctx, {
      role: 'university_staff',
      universityId,
      loginName,
      displayName: `就业中心老师${staffNumber}`,
      password: 'Campus#2026ok',
    });
    const client = new TestClient(t.app, `192.0.2.${60 + staffNumber}`);
    expect((await client.login('university', loginName, 'Campus#2026ok')).status).toBe(200);
    return { client, account };
  }

  async function student(universityName: string, endMonth: string | null = null) {
    return createTalent(t.app, {
      name: '陈晓东',
      educations: [{ school: universityName, education: '20', startMonth: '2023-09', endMonth }],
    });
  }

  /** A seeker account with a current education at the university, without a session (for the race). */
  async function quickStudent(universityName: string) {
    const account = await createSeekerAccount(
      t.app.ctx,
      {
        name: '王小明',
        idNumber: freshIdNumber('20030501'),
        mobile: freshMobile(),
        bankCard: '6222021001116220002',
        password: '582046',
      },
      { passwordHash },
    );
    await t.app.ctx.db.insert(resumes).values({
      accountId: account.id,
      educations: [
        { school: universityName, major: '计算机', education: '20', startMonth: '2023-09', endMonth: null },
      ],
    });
    return account;
  }

  async function presentation(
    values: { companyId: string; universityId: string; applicantAccountId: string } & Partial<
      typeof presentations.$inferInsert
    >,
  ) {
    const startsAt = values.startsAt ?? new Date(Date.now() + 2 * DAY);
    const [row] = await t.app.ctx.db
      .insert(presentations)
      .values({
        title: '申城智造2027届校园宣讲会',
        expectedAudience: 100,
        contactName: '张璇',
        contactMobile: '13900000001',
        state: 'approved',
        capacity: 50,
        ...values,
        startsAt,
        endsAt: values.endsAt ?? new Date(startsAt.getTime() + 2 * HOUR),
      })
      .returning();
    return row!;
  }

  async function setting() {
    const university = await createUniversity(t);
    const { company, admin } = await companyWithAdmin(t);
    return {
      university,
      company,
      admin,
      base: { companyId: company.id, universityId: university.id, applicantAccountId: admin.id },
    };
  }

  it('a student is a seeker with a current education at a platform university', () => {
    const universities = [{ id: 'u1', name: '申江大学' }];
    const edu = (school: string, endMonth: string | null) => ({
      school,
      major: '',
      education: '20' as const,
      startMonth: '2022-09',
      endMonth,
    });
    expect(studentUniversityOf([edu('申江大学', null)], universities, '2026-12-07')).toEqual(universities[0]);
    expect(studentUniversityOf([edu('申江大学', '2027-06')], universities, '2026-12-07')).toEqual(
      universities[0],
    );
    expect(studentUniversityOf([edu('申江大学', '2026-12')], universities, '2026-12-07')).toEqual(
      universities[0],
    );
    // Graduated, or at a school that is not on the platform: not a student.
    expect(studentUniversityOf([edu('申江大学', '2025-06')], universities, '2026-12-07')).toBeNull();
    expect(studentUniversityOf([edu('上海电机学院', null)], universities, '2026-12-07')).toBeNull();
  });

  it('GET /api/seeker/campus tells a current student from a graduate and a non-platform school', async () => {
    const { university } = await setting();
    const current = await student(university.name);
    const graduated = await student(university.name, '2024-06');
    const elsewhere = await createTalent(t.app, {
      educations: [{ school: '某某职业技术学院', education: '30', startMonth: '2024-09', endMonth: null }],
    });
    expect((await current.client.get('/api/seeker/campus')).body).toEqual({
      student: true,
      university: { id: university.id, name: university.name },
    });
    expect((await graduated.client.get('/api/seeker/campus')).body).toEqual({
      student: false,
      university: null,
    });
    expect((await elsewhere.client.get('/api/seeker/campus')).body).toEqual({
      student: false,
      university: null,
    });
  });

  it('the feed shows only approved presentations of the student’s university; fairs and brochures too', async () => {
    const { university, company, admin, base } = await setting();
    const other = await createUniversity(t);
    const shown = await presentation({ ...base, title: '已通过的宣讲会' });
    await presentation({ ...base, title: '待审核的宣讲会', state: 'pending' });
    await presentation({ ...base, title: '已结束的宣讲会', startsAt: new Date(Date.now() - 2 * DAY) });
    await presentation({ ...base, universityId: other.id, title: '外校的宣讲会' });
    const [fair] = await t.app.ctx.db
      .insert(jobFairs)
      .values({
        universityId: university.id,
        title: '2027届秋季双选会',
        startsAt: new Date(Date.now() + 5 * DAY),
        endsAt: new Date(Date.now() + 5 * DAY + 4 * HOUR),
        location: '体育馆',
        registrationOpensAt: new Date(Date.now() - DAY),
        registrationClosesAt: new Date(Date.now() + 3 * DAY),
        capacity: 20,
      })
      .returning();
    const [brochure] = await t.app.ctx.db
      .insert(brochures)
      .values({
        companyId: company.id,
        title: '2027校园招聘简章',
        bodyHtml: '<p>欢迎</p>',
        createdBy: admin.id,
      })
      .returning();
    const [version] = await t.app.ctx.db
      .insert(brochureVersions)
      .values({ brochureId: brochure!.id, version: 1, title: '2027校园招聘简章', bodyHtml: '<p>欢迎</p>' })
      .returning();
    const [publication] = await t.app.ctx.db
      .insert(brochurePublications)
      .values({
        brochureId: brochure!.id,
        companyId: company.id,
        universityId: university.id,
        approvedVersionId: version!.id,
        approvedAt: new Date(),
      })
      .returning();

    const me = await student(university.name);
    const feed = await me.client.get('/api/seeker/campus/feed/presentations');
    expect(feed.status).toBe(200);
    expect(feed.body.items.map((p: { title: string }) => p.title)).toEqual(['已通过的宣讲会']);
    expect(feed.body.items[0]).toMatchObject({
      id: shown.id,
      company: { id: company.id },
      capacity: 50,
      capacityLeft: 50,
      room: '待定',
      signup: null,
    });
    const fairs = await me.client.get('/api/seeker/campus/feed/job-fairs');
    expect(fairs.body.items).toEqual([
      expect.objectContaining({ id: fair!.id, companyCount: 0, location: '体育馆' }),
    ]);
    const list = await me.client.get('/api/seeker/campus/feed/brochures');
    expect(list.body.items).toEqual([
      expect.objectContaining({ publicationId: publication!.id, title: '2027校园招聘简章' }),
    ]);
    // The public university page lists them too.
    const page = await new TestClient(t.app).get(`/api/public/universities/${university.id}`);
    expect(page.body.campus.presentations.map((p: { id: string }) => p.id)).toEqual([shown.id]);
    expect(page.body.campus.jobFairs.map((f: { id: string }) => f.id)).toEqual([fair!.id]);
    expect(page.body.campus.brochures.map((b: { publicationId: string }) => b.publicationId)).toEqual([
      publication!.id,
    ]);

    // Another university's student sees their own; a graduate sees an empty feed.
    const outsider = await student(other.name);
    expect(
      (await outsider.client.get('/api/seeker/campus/feed/presentations')).body.items.map(
        (p: { title: string }) => p.title,
      ),
    ).toEqual(['外校的宣讲会']);
    const graduate = await student(university.name, '2025-06');
    expect((await graduate.client.get('/api/seeker/campus/feed/presentations')).body.items).toEqual([]);
    // A detail is public to every seeker and says why they cannot sign up.
    const detail = await outsider.client.get(`/api/seeker/campus/presentations/${shown.id}`);
    expect(detail.body).toMatchObject({
      canSignUp: false,
      signupRefusal: `仅${university.name}的在读学生可以报名`,
    });
    const refused = await outsider.client.post(`/api/seeker/campus/presentations/${shown.id}/signup`);
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('PRESENTATION_NOT_FOR_STUDENT');
    // A pending presentation is not there for seekers.
    const pending = await presentation({ ...base, state: 'pending' });
    expect((await me.client.get(`/api/seeker/campus/presentations/${pending.id}`)).status).toBe(404);
    expect((await me.client.post(`/api/seeker/campus/presentations/${pending.id}/signup`)).status).toBe(404);
  });

  it('30 students at once for 5 seats: exactly 5 sign up, the others hear 名额已满', async () => {
    const { university, base } = await setting();
    const row = await presentation({ ...base, capacity: 5 });
    const students = await Promise.all(Array.from({ length: 30 }, () => quickStudent(university.name)));
    const results = await Promise.allSettled(
      students.map((s) =>
        signUpForPresentation(t.app.ctx, { seeker: { accountId: s.id }, presentationId: row.id }),
      ),
    );
    const won = results.filter((r) => r.status === 'fulfilled');
    const lost = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    expect(won).toHaveLength(5);
    expect(lost.map((r) => r.reason.code)).toEqual(Array(25).fill('PRESENTATION_FULL'));
    const [after] = await t.app.ctx.db.select().from(presentations).where(eq(presentations.id, row.id));
    expect(after!.signupCount).toBe(5);
    expect(
      await t.app.ctx.db.$count(presentationSignups, eq(presentationSignups.presentationId, row.id)),
    ).toBe(5);
  });

  it('报名 once (a second is 409), 取消报名 frees the seat for another student', async () => {
    const { university, base } = await setting();
    const row = await presentation({ ...base, capacity: 1 });
    const me = await student(university.name);
    const live = listenTo(t.app, liveTopic.account(me.accountId));
    const signed = await me.client.post(`/api/seeker/campus/presentations/${row.id}/signup`);
    expect(signed.status).toBe(200);
    expect(signed.body).toMatchObject({ state: 'signed_up', presentation: { id: row.id } });
    await live.waitFor('campus-signups.changed');
    const again = await me.client.post(`/api/seeker/campus/presentations/${row.id}/signup`);
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('PRESENTATION_ALREADY_SIGNED_UP');

    const other = await student(university.name);
    const full = await other.client.post(`/api/seeker/campus/presentations/${row.id}/signup`);
    expect(full.status).toBe(409);
    expect(full.body).toMatchObject({ code: 'PRESENTATION_FULL', message: '名额已满' });

    const code = await me.client.get(`/api/seeker/campus/signups/${signed.body.id}/checkin-code`);
    expect(code.status).toBe(200);
    expect(code.body.code).toMatch(/^[0-9A-Z]{5}-[0-9A-Z]{5}$/);
    expect(code.body.qrPayload).toBe(`OPENRECRUIT-CHECKIN:${code.body.code.replace('-', '')}`);
    // Another seeker cannot read it.
    expect((await other.client.get(`/api/seeker/campus/signups/${signed.body.id}/checkin-code`)).status).toBe(
      404,
    );

    const cancelled = await me.client.post(`/api/seeker/campus/signups/${signed.body.id}/cancel`);
    expect(cancelled.status).toBe(200);
    expect(cancelled.body.state).toBe('cancelled');
    expect((await me.client.post(`/api/seeker/campus/signups/${signed.body.id}/cancel`)).status).toBe(409);
    expect((await other.client.post(`/api/seeker/campus/presentations/${row.id}/signup`)).status).toBe(200);
    const mine = await me.client.get('/api/seeker/campus/signups');
    expect(mine.body.items).toEqual([expect.objectContaining({ id: signed.body.id, state: 'cancelled' })]);
    const detail = await me.client.get(`/api/seeker/campus/presentations/${row.id}`);
    expect(detail.body).toMatchObject({ capacityLeft: 0, canSignUp: false, signupRefusal: '名额已满' });
    // The presentation cancelled: the other student's sign-up reads 已取消 and shows no code to scan.
    await t.app.ctx.db.update(presentations).set({ state: 'cancelled' }).where(eq(presentations.id, row.id));
    const theirs = await other.client.get('/api/seeker/campus/signups');
    expect(theirs.body.items[0]).toMatchObject({ state: 'cancelled', presentation: { id: row.id } });
  });

  it('a cancelled presentation tells its signed-up students, whose sign-ups read 已取消', async () => {
    const { university, base, company, admin } = await setting();
    const row = await presentation({ ...base, capacity: 5 });
    const me = await student(university.name);
    const signed = await me.client.post(`/api/seeker/campus/presentations/${row.id}/signup`);
    expect(signed.status).toBe(200);
    const live = listenTo(t.app, liveTopic.account(me.accountId));
    await cancelPresentation(t.app.ctx, {
      member: { accountId: admin.id, companyId: company.id, isAdmin: true },
      presentationId: row.id,
    });
    await live.waitFor('campus-signups.changed');
    const notices = await t.app.ctx.db
      .select()
      .from(notifications)
      .where(eq(notifications.accountId, me.accountId));
    expect(notices[0]).toMatchObject({
      title: '宣讲会已取消',
      link: `/m/campus/signups/${signed.body.id}`,
    });
    const mine = await me.client.get('/api/seeker/campus/signups');
    expect(mine.body.items[0]).toMatchObject({ id: signed.body.id, state: 'cancelled' });
  });

  it('签到 at the door: own staff OK and idempotent, live; another university’s staff and a wrong code 404; not today 409', async () => {
    const { university, base } = await setting();
    const today = await presentation({ ...base, startsAt: laterToday(), capacity: 10 });
    const me = await student(university.name);
    const signed = await me.client.post(`/api/seeker/campus/presentations/${today.id}/signup`);
    const { body: code } = await me.client.get(`/api/seeker/campus/signups/${signed.body.id}/checkin-code`);
    const { client: door, account } = await staffOf(university.id);
    const other = await createUniversity(t);
    const { client: foreign } = await staffOf(other.id);

    const listed = await door.get('/api/university/check-ins/presentations');
    expect(listed.body.map((p: { id: string }) => p.id)).toContain(today.id);

    expect((await foreign.post('/api/university/check-ins', { code: code.code })).status).toBe(404);
    const wrong = await door.post('/api/university/check-ins', { code: 'ZZZZZ-ZZZZZ' });
    expect(wrong.status).toBe(404);
    expect(wrong.body.message).toBe('无效签到码');

    const seekerLive = listenTo(t.app, liveTopic.account(me.accountId));
    const doorLive = listenTo(t.app, liveTopic.university(university.id));
    const first = await door.post('/api/university/check-ins', {
      code: code.qrPayload,
      presentationId: today.id,
    });
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({
      alreadyCheckedIn: false,
      studentName: '陈**',
      presentation: { id: today.id },
      checkedInCount: 1,
      signupCount: 1,
    });
    expect((await seekerLive.waitFor('campus-signups.changed')).data).toEqual({ signupId: signed.body.id });
    expect((await doorLive.waitFor('checkins.changed')).data).toEqual({ presentationId: today.id });
    // Typed in lower case with a space: the same code.
    const second = await door.post('/api/university/check-ins', {
      code: code.code.toLowerCase().replace('-', ' '),
    });
    expect(second.status).toBe(200);
    expect(second.body).toMatchObject({ alreadyCheckedIn: true, checkedInAt: first.body.checkedInAt });
    const [stored] = await t.app.ctx.db
      .select()
      .from(presentationSignups)
      .where(eq(presentationSignups.id, signed.body.id));
    expect(stored!.checkedInBy).toBe(account.id);
    expect(
      (await me.client.get(`/api/seeker/campus/signups/${signed.body.id}/checkin-code`)).body.state,
    ).toBe('checked_in');
    // A checked-in sign-up cannot be cancelled.
    expect((await me.client.post(`/api/seeker/campus/signups/${signed.body.id}/cancel`)).status).toBe(409);

    const list = await door.get(`/api/university/check-ins/presentations/${today.id}/signups`);
    expect(list.body).toMatchObject({ total: 1, presentation: { checkedInCount: 1, signupCount: 1 } });
    expect(list.body.items[0]).toMatchObject({ studentName: '陈**', state: 'checked_in' });
    expect((await foreign.get(`/api/university/check-ins/presentations/${today.id}/signups`)).status).toBe(
      404,
    );

    // A presentation in three days: the code is right, the day is not.
    const later = await presentation({ ...base, startsAt: new Date(Date.now() + 3 * DAY) });
    const laterSignup = await me.client.post(`/api/seeker/campus/presentations/${later.id}/signup`);
    const laterCode = await me.client.get(`/api/seeker/campus/signups/${laterSignup.body.id}/checkin-code`);
    const early = await door.post('/api/university/check-ins', { code: laterCode.body.code });
    expect(early.status).toBe(409);
    expect(early.body.code).toBe('CHECKIN_NOT_OPEN');
    // The code of another presentation than the one chosen at the door.
    const mismatch = await door.post('/api/university/check-ins', {
      code: laterCode.body.code,
      presentationId: today.id,
    });
    expect(mismatch.body.code).toBe('CHECKIN_OTHER_PRESENTATION');
  });

  it('statistics per month on a small fixture, and every export answers an xlsx of the university’s rows', async () => {
    const { university, company, admin, base } = await setting();
    const { client: door, account } = await staffOf(university.id);
    const { client: foreign } = await staffOf((await createUniversity(t)).id);
    const job = await createTestJob(t.app.ctx.db, { companyId: company.id });
    const job2 = await createTestJob(t.app.ctx.db, { companyId: company.id, title: '质量工程师' });
    // Two months ago (Shanghai): an entry approved, a presentation held with 2 sign-ups (1 checked in, 1 cancelled).
    const now = new Date();
    const monthOf = (offset: number) => {
      const [y, m] = shanghaiDate(now).split('-').map(Number) as [number, number];
      const index = y * 12 + m - 1 + offset;
      return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
    };
    const midMonth = (month: string) => new Date(`${month}-15T02:00:00Z`);
    const entry = await insertReviewRequest(t.app.ctx.db, {
      kind: 'university_entry',
      companyId: company.id,
      applicantAccountId: admin.id,
      reviewerUniversityId: university.id,
      payload: { universityName: university.name, source: 'console' },
    });
    await t.app.ctx.db
      .update(reviewRequests)
      .set({ state: 'approved', decidedAt: midMonth(monthOf(-2)) })
      .where(eq(reviewRequests.id, entry.id));
    const past = await presentation({ ...base, startsAt: midMonth(monthOf(-2)), jobIds: [job.id, job2.id] });
    const a = await quickStudent(university.name);
    const b = await quickStudent(university.name);
    await t.app.ctx.db.insert(presentationSignups).values([
      {
        presentationId: past.id,
        seekerAccountId: a.id,
        checkinTokenHash: `x${a.id}`,
        checkedInAt: past.startsAt,
      },
      {
        presentationId: past.id,
        seekerAccountId: b.id,
        checkinTokenHash: `x${b.id}`,
        cancelledAt: past.startsAt,
      },
    ]);
    // Last month: a fair with an approved registration naming job (again) — counted in its own month.
    const [fair] = await t.app.ctx.db
      .insert(jobFairs)
      .values({
        universityId: university.id,
        title: '冬季双选会',
        startsAt: midMonth(monthOf(-1)),
        endsAt: new Date(midMonth(monthOf(-1)).getTime() + 4 * HOUR),
        location: '体育馆',
        registrationOpensAt: new Date(midMonth(monthOf(-1)).getTime() - 10 * DAY),
        registrationClosesAt: new Date(midMonth(monthOf(-1)).getTime() - DAY),
        capacity: 10,
        registeredCount: 1,
      })
      .returning();
    await t.app.ctx.db.insert(jobFairRegistrations).values({
      fairId: fair!.id,
      companyId: company.id,
      universityId: university.id,
      applicantAccountId: admin.id,
      contacts: [{ name: '张璇', mobile: '13900000001' }],
      jobIds: [job.id],
      boothKind: 'standard',
      state: 'approved',
    });

    const stats = await door.get(`/api/university/statistics?from=${monthOf(-2)}&to=${monthOf(0)}`);
    expect(stats.status).toBe(200);
    expect(stats.body.months).toEqual([
      {
        month: monthOf(-2),
        companiesEntered: 1,
        presentationsHeld: 1,
        fairsHeld: 0,
        studentsSignedUp: 1,
        studentsCheckedIn: 1,
        jobsOffered: 2,
      },
      {
        month: monthOf(-1),
        companiesEntered: 0,
        presentationsHeld: 0,
        fairsHeld: 1,
        studentsSignedUp: 0,
        studentsCheckedIn: 0,
        jobsOffered: 1,
      },
      {
        month: monthOf(0),
        companiesEntered: 0,
        presentationsHeld: 0,
        fairsHeld: 0,
        studentsSignedUp: 0,
        studentsCheckedIn: 0,
        jobsOffered: 0,
      },
    ]);
    expect(stats.body.totals).toEqual({
      companiesEntered: 1,
      presentationsHeld: 1,
      fairsHeld: 1,
      studentsSignedUp: 1,
      studentsCheckedIn: 1,
      jobsOffered: 2,
    });
    // Another university's staff see none of it; a range over 24 months is a 400.
    expect(
      (await foreign.get(`/api/university/statistics?from=${monthOf(-2)}&to=${monthOf(0)}`)).body.totals,
    ).toEqual({
      companiesEntered: 0,
      presentationsHeld: 0,
      fairsHeld: 0,
      studentsSignedUp: 0,
      studentsCheckedIn: 0,
      jobsOffered: 0,
    });
    expect((await door.get('/api/university/statistics?from=2024-01&to=2026-01')).status).toBe(400);

    const sheetOf = async (url: string, client = door) => {
      const response = await t.app.inject({
        method: 'GET',
        url,
        headers: { cookie: [...client.cookies].map(([k, v]) => `${k}=${v}`).join('; ') },
      });
      if (response.statusCode !== 200) return { status: response.statusCode, header: [], rows: 0 };
      expect(response.headers['content-type']).toContain('spreadsheetml');
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
      const sheet = workbook.worksheets[0]!;
      const header = (sheet.getRow(1).values as unknown[]).slice(1);
      return { status: 200, header, rows: sheet.rowCount - 1, sheet };
    };
    const exports = '/api/university/exports';
    expect(await sheetOf(`${exports}/entries.xlsx`)).toMatchObject({
      header: ['单位名称', '统一社会信用代码', '行业', '入驻时间'],
      rows: 1,
    });
    expect(await sheetOf(`${exports}/presentations.xlsx`)).toMatchObject({ rows: 1 });
    expect((await sheetOf(`${exports}/presentations.xlsx`)).header[0]).toBe('宣讲会名称');
    expect(await sheetOf(`${exports}/job-fairs.xlsx`)).toMatchObject({ rows: 1 });
    expect(await sheetOf(`${exports}/brochures.xlsx`)).toMatchObject({
      header: expect.arrayContaining(['简章标题']),
      rows: 0,
    });
    const registrations = await sheetOf(`${exports}/job-fair-registrations.xlsx?fairId=${fair!.id}`);
    expect(registrations).toMatchObject({ rows: 1 });
    expect(registrations.sheet!.getRow(2).getCell(6).value).toBe('张* 139****0001');
    const signups = await sheetOf(`${exports}/signups.xlsx?presentationId=${past.id}`);
    expect(signups).toMatchObject({ header: ['序号', '学生姓名', '状态', '报名时间', '签到时间'], rows: 2 });
    expect(signups.sheet!.getRow(2).getCell(2).value).toBe('王**');
    const statistics = await sheetOf(`${exports}/statistics.xlsx?from=${monthOf(-2)}&to=${monthOf(0)}`);
    expect(statistics).toMatchObject({ rows: 4 });
    expect(statistics.header[0]).toBe('月份');
    // The exports naming students are audited.
    const audited = await t.app.ctx.db
      .select()
      .from(securityEvents)
      .where(and(eq(securityEvents.accountId, account.id), eq(securityEvents.kind, 'personal_data_read')));
    expect(audited.map((e) => (e.detail as { list?: string }).list).sort()).toEqual([
      'job-fair-registrations.xlsx',
      'signups.xlsx',
    ]);
    // Another university's fair or presentation: 404; none at all: 404.
    expect((await sheetOf(`${exports}/signups.xlsx?presentationId=${past.id}`, foreign)).status).toBe(404);
    expect((await sheetOf(`${exports}/job-fair-registrations.xlsx?fairId=${fair!.id}`, foreign)).status).toBe(
      404,
    );
    expect((await sheetOf(`${exports}/signups.xlsx`)).status).toBe(404);
    expect((await sheetOf(`${exports}/entries.xlsx`, foreign)).rows).toBe(0);
  });
});
