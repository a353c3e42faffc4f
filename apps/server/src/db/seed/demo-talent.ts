import {
  EDUCATION_LEVELS,
  type EducationCode,
  meetsEducation,
  residentIdCheckChar,
  UpdateResumeInput,
} from '@openrecruit/shared';
import { and, asc, desc, eq, isNull, ne } from 'drizzle-orm';
import type { AppContext } from '../../context';
import { hashPassword } from '../../lib/password-hash';
import { shanghaiDate } from '../../lib/shanghai-time';
import { answerInvitation } from '../../modules/talent/answer-invitation';
import { downloadResume } from '../../modules/talent/download-resume';
import { inviteTalent } from '../../modules/talent/invite-talent';
import { accounts, applications, jobs, resumes, seekers, talentInvitations } from '../schema';
import { createSeekerAccount } from './accounts';
import { SURNAMES } from './catalogue/names';
import { DEMO, DEMO_UNIVERSITIES } from './demo-accounts';
import { createRandom } from './random';

/** Seekers who allow recommendation, besides the demo seeker; the first STUDENTS are students. */
export const DEMO_TALENTS = 30;
const STUDENTS = 10;

const GIVEN_NAMES = [
  '子涵',
  '浩然',
  '欣怡',
  '宇轩',
  '梓萱',
  '俊杰',
  '雨桐',
  '志强',
  '佳琪',
  '明轩',
  '诗涵',
  '文博',
  '思远',
  '晓婷',
  '嘉怡',
  '天佑',
  '若曦',
  '建国',
  '海燕',
  '立新',
];
const MAJORS = [
  '机械设计制造及其自动化',
  '电气工程及其自动化',
  '计算机科学与技术',
  '工商管理',
  '会计学',
  '市场营销',
];
const SCHOOLS = ['上海第二工业大学', '上海应用技术大学', '上海电子信息职业技术学院', '上海市高级技工学校'];
const EMPLOYERS = [
  '上海浦鑫机电有限公司',
  '上海恒远物流有限公司',
  '上海华腾电子科技有限公司',
  '上海锦程商务服务有限公司',
];
const BIRTH_AREAS = ['310115', '310104', '310112', '310110', '320102', '330106', '340104', '410105'];
const DISTRICT = /^31\d{4}$/;

/**
 * 人才中心 demo (seed 002): 30 seekers who allow recommendation, their intentions built from the
 * demo company's recruiting jobs so 人才推荐 has real matches, 10 of them students of the demo
 * universities for 高校人才; the demo company has downloaded 2 resumes and sent invitations in every
 * state, and the demo seeker has one pending invitation (我的邀约). Actions go through the use cases.
 */
export async function seedDemoTalent(
  ctx: AppContext,
  options: { companyId: string; demoSeekerAccountId: string },
) {
  const { companyId, demoSeekerAccountId } = options;
  const random = createRandom(20261205);
  const companyJobs = await ctx.db
    .select()
    .from(jobs)
    .where(and(eq(jobs.companyId, companyId), eq(jobs.state, 'recruiting'), isNull(jobs.deletedAt)))
    .orderBy(desc(jobs.publishedAt), asc(jobs.id));
  const [admin] = await ctx.db
    .select({ id: accounts.id })
    .from(accounts)
    .where(and(eq(accounts.companyId, companyId), eq(accounts.companyRole, 'admin')));
  if (companyJobs.length < 2 || !admin)
    throw new Error('seedDemoTalent needs the demo company, its admin and jobs');

  const today = shanghaiDate();
  const thisYear = Number(today.slice(0, 4));
  // scrypt is slow on purpose: one hash serves every demo talent (all use the demo password).
  const passwordHash = await hashPassword(DEMO.seeker.password);
  const talents: Array<{ seekerAccountId: string; jobId: string }> = [];
  for (let i = 0; i < DEMO_TALENTS; i++) {
    const job = companyJobs[i % companyJobs.length]!;
    // The title without its note (质检员（校招）): what a person would write as an intention.
    const plainTitle = job.title.replace(/（.*?）|\(.*?\)/g, '');
    const student = i < STUDENTS;
    const age = student ? random.int(20, 23) : random.int(Math.max(job.ageMin, 24), Math.min(job.ageMax, 48));
    const birth = `${thisYear - age}${String(random.int(1, 12)).padStart(2, '0')}${String(random.int(1, 28)).padStart(2, '0')}`;
    const first17 = `${random.pick(BIRTH_AREAS)}${birth}${String(500 + i).padStart(3, '0')}`;
    const name = random.weighted(SURNAMES) + GIVEN_NAMES[(i * 7) % GIVEN_NAMES.length];
    const account = await createSeekerAccount(
      ctx,
      {
        name,
        idNumber: first17 + residentIdCheckChar(first17),
        mobile: `137${String(20260000 + i).padStart(8, '0')}`,
        bankCard: DEMO.seeker.bankCard,
        password: DEMO.seeker.password,
      },
      { passwordHash },
    );
    const education = educationFor(job.education as EducationCode | null, student, i);
    await ctx.db
      .update(seekers)
      .set({ education, politicalStatus: student ? '03' : '13', profileCompletedAt: new Date() })
      .where(eq(seekers.accountId, account.id));
    const graduation = student ? `${thisYear + (i % 2)}-07` : `${thisYear - age + 22}-07`;
    const resume = UpdateResumeInput.parse({
      educations: [
        {
          school: student ? DEMO_UNIVERSITIES[i % DEMO_UNIVERSITIES.length]!.name : random.pick(SCHOOLS),
          major: random.pick(MAJORS),
          education,
          startMonth: `${Number(graduation.slice(0, 4)) - 4}-09`,
          endMonth: graduation,
        },
      ],
      experiences: student
        ? []
        : [
            {
              company: random.pick(EMPLOYERS),
              title: plainTitle,
              startMonth: `${thisYear - random.int(2, 6)}-03`,
              endMonth: null,
              description: `从事${job.occupation}相关工作，熟悉岗位流程。`,
            },
          ],
      skills: student ? ['办公软件', '英语四级'] : ['办公软件', '团队协作'],
      certificates: [],
      jobIntention: {
        occupations: [...new Set([job.occupation, plainTitle])],
        workAreas: DISTRICT.test(job.workArea) ? [job.workArea] : ['310000'],
        workNature: '01',
        salaryMin: Math.max(0, Math.round((job.salaryMin - 500) / 500) * 500),
        salaryMax: job.salaryMax,
      },
      selfIntroduction: student
        ? '在校期间成绩良好，参加过企业实习，学习能力强，希望在上海发展。'
        : '工作踏实认真，有相关岗位经验，能吃苦耐劳，服从安排。',
      allowRecommendation: true,
    });
    await ctx.db.insert(resumes).values({ accountId: account.id, ...resume });
    talents.push({ seekerAccountId: account.id, jobId: job.id });
  }

  const member = { accountId: admin.id, companyId, isAdmin: true };
  // 人才推荐>已下载: two resumes, filed in 简历管理>未处理.
  for (const talent of talents.slice(STUDENTS, STUDENTS + 2)) {
    await downloadResume(ctx, { member, ...talent, ip: '127.0.0.1' });
  }
  // 高校人才>邀约记录: 待确认, 已同意, 已拒绝 and another 待确认.
  const messages = [
    '您好！我司正在招聘应届毕业生，欢迎来公司参观并参加面试。',
    '看到您的简历与我们的岗位很契合，期待您的加入。',
    '我司提供完善的培训与晋升通道，诚邀您应聘。',
    '欢迎应聘，如有疑问可在应聘后与我们沟通。',
  ];
  const invited = [];
  for (const [k, talent] of talents.slice(0, 4).entries()) {
    invited.push(await inviteTalent(ctx, { member, ...talent, message: messages[k]! }));
  }
  await answerInvitation(ctx, {
    seeker: { accountId: talents[1]!.seekerAccountId },
    invitationId: invited[1]!.id,
    answer: 'accept',
  });
  await answerInvitation(ctx, {
    seeker: { accountId: talents[2]!.seekerAccountId },
    invitationId: invited[2]!.id,
    answer: 'decline',
  });

  // The demo seeker's 我的邀约: a job of the demo company the seeker has not applied to.
  const applied = await ctx.db
    .select({ jobId: applications.jobId })
    .from(applications)
    .where(
      and(eq(applications.seekerAccountId, demoSeekerAccountId), ne(applications.source, 'talent_download')),
    );
  const appliedIds = new Set(applied.map((row) => row.jobId));
  const forDemo =
    companyJobs.find(
      (job) => !appliedIds.has(job.id) && meetsEducation('20', job.education as EducationCode | null),
    ) ?? companyJobs[0]!;
  await inviteTalent(ctx, {
    member,
    seekerAccountId: demoSeekerAccountId,
    jobId: forDemo.id,
    message: '陈先生您好！您的数控与设备维修经验与我司岗位非常契合，诚邀您应聘，欢迎来公司详谈。',
  });
  // Spread the invitations over the past days, as they would have come in.
  for (const [k, invitation] of invited.entries()) {
    const at = new Date(Date.now() - (4 - k) * 26 * 3_600_000);
    await ctx.db
      .update(talentInvitations)
      .set({ createdAt: at })
      .where(eq(talentInvitations.id, invitation.id));
  }
}

/** An education that meets the job's minimum; students are 本科 students. */
function educationFor(required: EducationCode | null, student: boolean, i: number): EducationCode {
  if (student) return '20';
  const levels = EDUCATION_LEVELS.filter((level) => meetsEducation(level.code, required)).sort(
    (a, b) => a.rank - b.rank,
  );
  return levels[Math.min(levels.length - 1, i % 2)]?.code ?? '20';
}
