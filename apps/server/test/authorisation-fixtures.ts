import { randomInt } from 'node:crypto';
import type { Area } from '@openrecruit/shared';
import {
  companyJoinRequests,
  jobFairBooths,
  jobFairRegistrations,
  jobFairs,
  notifications,
  presentations,
  reviewRequests,
  talentInvitations,
  universities,
  venueBookings,
  venues,
} from '../src/db/schema';
import { createStaffAccount } from '../src/db/seed/accounts';
import { encodePng } from '../src/db/seed/png-image';
import {
  MATRIX_BROCHURE_UNIVERSITY_ID,
  MATRIX_QA_COMPANY_ID,
  type RecordKind,
  type Role,
} from './authorisation-matrix';
import type { TestApp } from './build-test-app';
import { createApplicant, createTestCompany, grantTestRights } from './factories';
import { createIndexedJob } from './factories/job-search';
import { companyWithAdmin, createUniversity, multipart, uploadPng } from './factories/onboarding';
import { insertReviewRequest } from './factories/reviews';
import { TestClient } from './http-client';

// The people and records of the authorisation matrix: company A (its admin, an HR member, a spare
// member to manage) with one record of each kind, seeker A with an application to company A's job,
// university A (its admin, a member, a staff member to manage), and the outsiders: company B's
// admin, seeker B, university B's admin, centre staff, an operator.

const STAFF_PASSWORD = 'Matrix#2026ok';
const later = (days: number, time: string) =>
  `${new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10)}T${time}:00+08:00`;

async function staffClient(t: TestApp, area: Area, loginName: string, ip: string) {
  const client = new TestClient(t.app, ip);
  const login = await client.login(area, loginName, STAFF_PASSWORD);
  if (login.status !== 200) throw new Error(`${area} login failed: ${JSON.stringify(login.body)}`);
  return client;
}

async function companyAdminClient(t: TestApp, ip: string) {
  const { company, admin, adminLogin, adminPassword } = await companyWithAdmin(t);
  const client = new TestClient(t.app, ip);
  const login = await client.login('employer', adminLogin, adminPassword);
  if (login.status !== 200) throw new Error(`admin login failed: ${JSON.stringify(login.body)}`);
  return { company, admin, client };
}

function ok<T = any>(what: string, response: { status: number; body: T }): T {
  if (response.status !== 200)
    throw new Error(`${what}: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body;
}

const png = () => encodePng(32, 32, () => [22, 119, 255]);

export async function buildAuthorisationFixtures(t: TestApp) {
  const { db } = t.app.ctx;
  const a = await companyAdminClient(t, '192.0.2.201');
  const b = await companyAdminClient(t, '192.0.2.202');
  const member = await createStaffAccount(t.app.ctx, {
    role: 'employer',
    companyId: a.company.id,
    companyRole: 'member',
    loginName: 'matrix.member',
    displayName: '招聘专员',
    password: STAFF_PASSWORD,
  });
  const spare = await createStaffAccount(t.app.ctx, {
    role: 'employer',
    companyId: a.company.id,
    companyRole: 'member',
    loginName: 'matrix.spare',
    displayName: '备用成员',
    password: STAFF_PASSWORD,
  });
  const disposable = await createStaffAccount(t.app.ctx, {
    role: 'employer',
    companyId: b.company.id,
    companyRole: 'member',
    loginName: 'matrix.disposable',
    displayName: '可停用成员',
    password: STAFF_PASSWORD,
  });
  const universityA = await createUniversity(t);
  const universityStaff = (loginName: string, displayName: string, universityRole: 'admin' | 'member') =>
    createStaffAccount(t.app.ctx, {
      role: 'university_staff',
      universityId: universityA.id,
      universityRole,
      loginName,
      displayName,
      password: STAFF_PASSWORD,
    });
  await universityStaff('matrix.university.admin', '就业中心主任', 'admin');
  await universityStaff('matrix.university.member', '就业中心老师', 'member');
  const managedStaff = await universityStaff('matrix.university.managed', '就业中心助理', 'member');
  const universityB = await createUniversity(t);
  await createStaffAccount(t.app.ctx, {
    role: 'university_staff',
    universityId: universityB.id,
    universityRole: 'admin',
    loginName: 'matrix.university',
    displayName: '外校就业中心老师',
    password: STAFF_PASSWORD,
  });
  await createStaffAccount(t.app.ctx, {
    role: 'operator',
    loginName: 'matrix.ops',
    displayName: '平台审核员',
    password: STAFF_PASSWORD,
  });
  await createStaffAccount(t.app.ctx, {
    role: 'centre_staff',
    districtCode: '310104',
    loginName: 'matrix.centre',
    displayName: '徐汇区就业促进中心',
    password: STAFF_PASSWORD,
  });
  const seekerA = await createApplicant(t.app);
  const seekerB = await createApplicant(t.app);

  const clients: Record<Role, TestClient> = {
    seeker: seekerA.client,
    otherSeeker: seekerB.client,
    employerAdmin: a.client,
    employerMember: await staffClient(t, 'employer', 'matrix.member', '192.0.2.203'),
    otherCompanyHr: b.client,
    universityAdmin: await staffClient(t, 'university', 'matrix.university.admin', '192.0.2.209'),
    universityMember: await staffClient(t, 'university', 'matrix.university.member', '192.0.2.210'),
    university: await staffClient(t, 'university', 'matrix.university', '192.0.2.204'),
    operator: await staffClient(t, 'ops', 'matrix.ops', '192.0.2.205'),
    centre: await staffClient(t, 'centre', 'matrix.centre', '192.0.2.206'),
    loggedOut: new TestClient(t.app, '192.0.2.207'),
  };
  const admin = a.client;

  const job = await createIndexedJob(t, { companyId: a.company.id });
  // 置顶 and 邀约 use company A's rights (decision 018): enough for every pin the matrix books.
  await grantTestRights(db, a.company.id, 'job_pin', 200);
  await grantTestRights(db, a.company.id, 'talent_invitation', 20);
  const retiringJob = await createIndexedJob(t, { companyId: a.company.id, title: '仓库管理员' });
  const applied = ok('apply', await seekerA.client.post('/api/seeker/applications', { jobId: job.id }));
  const applicationId: string = applied.application.id;
  ok('favourite', await seekerA.client.post('/api/seeker/favourites', { jobId: job.id }));

  const toFolder = async () => {
    ok('folder', await admin.post('/api/employer/interview-folder', { applicationIds: [applicationId] }));
    return applicationId;
  };
  await toFolder();
  const session = ok(
    'interview session',
    await admin.post('/api/employer/interview-sessions', {
      mode: 'offline',
      title: '授权矩阵面试',
      startsAt: later(2, '14:00'),
      endsAt: later(2, '16:00'),
      location: '上海市黄浦区人民大道200号',
      contactName: '张老师',
      contactPhone: '021-63210000',
      applicationIds: [applicationId],
    }),
  );
  let pinDay = 1;
  const newPin = async () => {
    pinDay += 4;
    const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
    const pin = ok(
      'pin',
      await admin.post(`/api/employer/jobs/${job.id}/pins`, {
        areas: ['310104'],
        startDate: day(pinDay),
        endDate: day(pinDay + 1),
      }),
    );
    return pin.id as string;
  };
  const newTodo = async () =>
    ok(
      'todo',
      await admin.post('/api/employer/todos', {
        title: '招聘活动',
        startsAt: later(randomInt(2, 20), '09:00'),
      }),
    ).id as string;
  const newPhoto = async () => {
    const { payload, headers } = multipart(png(), 'photo.png');
    const brand = ok('photo', await admin.post('/api/employer/company/photos', payload, headers));
    return brand.brand.photos.at(-1).id as string;
  };
  for (const client of [admin, b.client]) {
    const logo = multipart(png(), 'logo.png');
    ok('logo', await client.post('/api/employer/company/logo', logo.payload, logo.headers));
  }
  const avatarUpload = multipart(png(), 'avatar.png');
  const profile = ok(
    'avatar',
    await admin.post('/api/employer/account/avatar', avatarUpload.payload, avatarUpload.headers),
  );

  const [invitation] = await db
    .insert(talentInvitations)
    .values({
      companyId: a.company.id,
      jobId: job.id,
      seekerAccountId: seekerA.accountId,
      createdBy: a.admin.id,
    })
    .returning();
  const [joinRequest] = await db
    .insert(companyJoinRequests)
    .values({ companyId: a.company.id, applicantAccountId: spare.id, applicantDepartment: '人力资源部' })
    .returning();
  const [notification] = await db
    .insert(notifications)
    .values({ accountId: a.admin.id, kind: 'test', title: '授权矩阵', body: '一条通知' })
    .returning();
  const reviewFile = await uploadPng(new TestClient(t.app, '192.0.2.208'));
  const review = await insertReviewRequest(db, {
    kind: 'admin_application',
    companyId: a.company.id,
    applicantAccountId: spare.id,
    payload: { applicantDepartment: '人力资源部', fileIds: [reviewFile], universityIds: [] },
  });
  // 入驻高校 of company A at university A, in university A's queue (university B's staff: 404).
  const universityReview = await insertReviewRequest(db, {
    kind: 'university_entry',
    companyId: a.company.id,
    applicantAccountId: a.admin.id,
    reviewerUniversityId: universityA.id,
    payload: { universityName: universityA.name, source: 'console' },
  });

  // 双选会: company A is 已入驻 at university A (an approved entry, newer than the pending one
  // above); a fair of university A with a booth, and company A's pending registration there.
  await db.insert(reviewRequests).values({
    kind: 'university_entry',
    state: 'approved',
    subjectId: a.company.id,
    applicantAccountId: a.admin.id,
    applicantCompanyId: a.company.id,
    reviewerKind: 'university',
    reviewerUniversityId: universityA.id,
    payload: { universityName: universityA.name, source: 'console' },
    decidedAt: new Date(),
  });
  const [jobFair] = await db
    .insert(jobFairs)
    .values({
      universityId: universityA.id,
      title: '授权矩阵双选会',
      startsAt: new Date(Date.now() + 10 * 86_400_000),
      endsAt: new Date(Date.now() + 10 * 86_400_000 + 6 * 3_600_000),
      location: '体育馆',
      boothKinds: [{ code: 'A', name: '标准展位', feeCents: 0 }],
      registrationOpensAt: new Date(Date.now() - 86_400_000),
      registrationClosesAt: new Date(Date.now() + 5 * 86_400_000),
      capacity: 3,
      registeredCount: 1,
    })
    .returning();
  await db.insert(jobFairBooths).values([
    { fairId: jobFair!.id, code: 'A01', kind: 'A' },
    { fairId: jobFair!.id, code: 'A02', kind: 'A' },
    { fairId: jobFair!.id, code: 'A03', kind: 'A' },
  ]);
  const [jobFairRegistration] = await db
    .insert(jobFairRegistrations)
    .values({
      fairId: jobFair!.id,
      companyId: a.company.id,
      universityId: universityA.id,
      applicantAccountId: a.admin.id,
      contacts: [{ name: '李经理', mobile: '13912345678' }],
      jobIds: [job.id],
      boothKind: 'A',
    })
    .returning();

  // 场地 / 宣讲会: a room of university A with a manual booking, and company A's pending
  // presentation there (company A is 已入驻 at university A, above).
  const newVenue = async () => {
    const [row] = await db
      .insert(venues)
      .values({ universityId: universityA.id, name: `授权矩阵场地${randomInt(0, 1e9)}`, capacity: 100 })
      .returning();
    return row!.id;
  };
  const venueId = await newVenue();
  let bookingDay = 30;
  const newVenueBooking = async () => {
    bookingDay += 1;
    const startsAt = new Date(Date.now() + bookingDay * 86_400_000);
    const [row] = await db
      .insert(venueBookings)
      .values({
        universityId: universityA.id,
        venueId,
        startsAt,
        endsAt: new Date(startsAt.getTime() + 3_600_000),
        sourceKind: 'other',
        title: '场地维护',
      })
      .returning();
    return row!.id;
  };
  const [presentation] = await db
    .insert(presentations)
    .values({
      companyId: a.company.id,
      universityId: universityA.id,
      applicantAccountId: a.admin.id,
      title: '授权矩阵宣讲会',
      preferredSlots: [{ startsAt: later(12, '14:00'), endsAt: later(12, '16:00') }],
      expectedAudience: 100,
      contactName: '张老师',
      contactMobile: '13912345678',
      jobIds: [job.id],
    })
    .returning();

  // 校园: seeker A is a student of university A, signed up for company A's approved presentation
  // there (starting within the hour, so the door is open).
  ok(
    'student resume',
    await seekerA.client.request('PUT', '/api/seeker/resume', {
      educations: [
        {
          school: universityA.name,
          major: '计算机科学与技术',
          education: '20',
          startMonth: '2023-09',
          endMonth: null,
        },
      ],
      experiences: [],
      skills: [],
      certificates: [],
      jobIntention: null,
      selfIntroduction: '',
      allowRecommendation: false,
    }),
  );
  const [campusPresentation] = await db
    .insert(presentations)
    .values({
      companyId: a.company.id,
      universityId: universityA.id,
      applicantAccountId: a.admin.id,
      title: '授权矩阵已通过宣讲会',
      expectedAudience: 50,
      contactName: '张老师',
      contactMobile: '13912345678',
      jobIds: [job.id],
      state: 'approved',
      startsAt: new Date(Date.now() + 3_600_000),
      endsAt: new Date(Date.now() + 3 * 3_600_000),
      capacity: 10,
    })
    .returning();
  const campusSignup = ok(
    'campus signup',
    await seekerA.client.post(`/api/seeker/campus/presentations/${campusPresentation!.id}/signup`),
  );

  // 招聘简章: company A's brochure with a picture, approved at university A (public), then a newer
  // version pending there (its picture is a file of university A's queue). A university company A
  // entered, with the fixed id the publish row sends. 校招答疑: seeker A's question to company A,
  // company A's FAQ, and a verified company with the fixed id the question row asks.
  const brochureImage = multipart(png(), 'brochure.png');
  const image = ok(
    'brochure image',
    await admin.post('/api/employer/brochure-images', brochureImage.payload, brochureImage.headers),
  );
  const newBrochure = async () =>
    ok(
      'brochure',
      await admin.post('/api/employer/brochures', {
        title: '授权矩阵招聘简章',
        bodyHtml: '<p>欢迎加入</p>',
        imageFileIds: [image.id],
      }),
    ).id as string;
  const brochureId = await newBrochure();
  const sendBrochure = async () =>
    ok(
      'publish brochure',
      await admin.post(`/api/employer/brochures/${brochureId}/publish`, { universityIds: [universityA.id] }),
    );
  const firstPublication = (await sendBrochure()).publications[0];
  const brochureQueue = ok(
    'brochure queue',
    await clients.universityAdmin.get('/api/university/reviews?kind=brochure&state=pending'),
  );
  ok(
    'approve brochure',
    await clients.universityAdmin.post(`/api/university/reviews/${brochureQueue.items[0].id}/decision`, {
      decision: 'approve',
    }),
  );
  await sendBrochure();
  await db.insert(universities).values({
    id: MATRIX_BROCHURE_UNIVERSITY_ID,
    name: '授权矩阵简章大学',
    code: `M${randomInt(0, 1e9)}`,
    city: '上海市',
  });
  await db.insert(reviewRequests).values({
    kind: 'university_entry',
    state: 'approved',
    subjectId: a.company.id,
    applicantAccountId: a.admin.id,
    applicantCompanyId: a.company.id,
    reviewerKind: 'university',
    reviewerUniversityId: MATRIX_BROCHURE_UNIVERSITY_ID,
    payload: { universityName: '授权矩阵简章大学', source: 'console' },
    decidedAt: new Date(),
  });
  await createTestCompany(db, { id: MATRIX_QA_COMPANY_ID });
  const campusQuestion = ok(
    'campus question',
    await seekerA.client.post('/api/seeker/campus/questions', {
      companyId: a.company.id,
      contextKind: 'company',
      question: '请问实习期有多长？',
    }),
  );
  const newFaq = async () =>
    ok(
      'campus faq',
      await admin.post('/api/employer/campus-faqs', { question: '是否提供住宿？', answer: '提供员工宿舍。' }),
    ).id as string;

  const records: Record<RecordKind, string> = {
    company: a.company.id,
    job: job.id,
    retiringJob: retiringJob.id,
    pin: await newPin(),
    application: applicationId,
    folderItem: applicationId,
    member: spare.id,
    todo: await newTodo(),
    interviewSession: session.id,
    invitation: invitation!.id,
    joinRequest: joinRequest!.id,
    notification: notification!.id,
    photo: await newPhoto(),
    avatar: String(profile.avatarUrl).split('/').at(-1)!,
    review: review.id,
    universityReview: universityReview.id,
    reviewFile,
    account: disposable.id,
    university: universityA.id,
    universityStaff: managedStaff.id,
    jobFair: jobFair!.id,
    jobFairRegistration: jobFairRegistration!.id,
    venue: venueId,
    venueBooking: await newVenueBooking(),
    presentation: presentation!.id,
    campusPresentation: campusPresentation!.id,
    campusSignup: campusSignup.id,
    exportFile: 'presentations.xlsx',
    brochure: brochureId,
    brochurePublication: firstPublication.id,
    brochureImage: image.id,
    universityReviewFile: image.id,
    campusQuestion: campusQuestion.id,
    campusFaq: await newFaq(),
  };
  /** A new record for an owner's call that deletes it (rows marked `fresh`). */
  const fresh: Partial<Record<RecordKind, () => Promise<string>>> = {
    pin: newPin,
    todo: newTodo,
    photo: newPhoto,
    folderItem: toFolder,
    venue: newVenue,
    venueBooking: newVenueBooking,
    brochure: newBrochure,
    campusFaq: newFaq,
  };
  return { clients, records, fresh, memberId: member.id };
}
export type AuthorisationFixtures = Awaited<ReturnType<typeof buildAuthorisationFixtures>>;
