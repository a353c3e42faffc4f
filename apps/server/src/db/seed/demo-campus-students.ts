import { randomUUID } from 'node:crypto';
import { residentIdCheckChar } from '@openrecruit/shared';
import { and, asc, eq, gt, inArray, isNull, ne, notInArray, sql } from 'drizzle-orm';
import type { AppContext } from '../../context';
import { hashPassword } from '../../lib/password-hash';
import { shanghaiDate, shanghaiTime } from '../../lib/shanghai-time';
import { checkinCodeOf, checkinTokenHash } from '../../modules/campus-students/checkin-code';
import { signUpForPresentation } from '../../modules/campus-students/sign-up-for-presentation';
import {
  accounts,
  companies,
  jobs,
  presentationSignups,
  presentations,
  resumes,
  reviewRequests,
  universities,
  venueBookings,
  venues,
} from '../schema';
import { createSeekerAccount } from './accounts';

// 校园 for the demo (issue 11 §8-9): the demo seeker studies at 申江大学 (a part-time master's, 在读)
// and has signed up for upcoming approved presentations there (one of them today, so the door can
// scan his QR) and was checked in at a past one; 36 other students of 申江大学 sign up and are checked
// in at presentations of the past six months (made directly, with past times), and more companies
// entered 申江大学 in those months, so 数据统计 has a number in every month. Runs after the
// presentations' demo data (demo-campus-presentations.ts).

const DAY = 86_400_000;
/** The other students of 申江大学 (accounts the demo data adds). */
export const DEMO_CAMPUS_STUDENTS = 36;
const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '黄', '赵', '吴', '周', '徐', '孙'];
const GIVEN = [
  '思远',
  '雨涵',
  '子轩',
  '欣怡',
  '浩然',
  '梓萱',
  '宇航',
  '佳怡',
  '俊杰',
  '诗琪',
  '明轩',
  '若曦',
];
const PAST_TITLES = [
  '秋季校园招聘宣讲会',
  '智能制造岗位专场',
  '管培生项目宣讲',
  '研发工程师职业分享',
  '实习生招聘宣讲会',
  '校企合作交流会',
];

/** The 15th of the month `monthsAgo` before now's (Shanghai), at `hour`. */
function pastMonthDay(now: Date, monthsAgo: number, day: number, hour: number): Date {
  const [y, m] = shanghaiDate(now).split('-').map(Number) as [number, number];
  const index = y * 12 + (m - 1) - monthsAgo;
  const month = `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
  return shanghaiTime(`${month}-${String(day).padStart(2, '0')}`, hour);
}

function studentIdNumber(n: number): string {
  const first17 = `310104${2003 + (n % 3)}0${1 + (n % 9)}1${n % 10}${String(300 + n).padStart(3, '0')}`;
  return first17 + residentIdCheckChar(first17);
}

export async function seedDemoCampusStudents(
  ctx: AppContext,
  options: { demoSeekerAccountId: string; demoCompanyId: string; now?: Date },
) {
  const now = options.now ?? new Date();
  const db = ctx.db;
  const [shenjiang] = await db.select().from(universities).where(eq(universities.name, '申江大学'));
  if (!shenjiang) return;

  // The demo seeker: a part-time master's at 申江大学 alongside his job (在读: no end month).
  const [resume] = await db.select().from(resumes).where(eq(resumes.accountId, options.demoSeekerAccountId));
  if (resume) {
    await db
      .update(resumes)
      .set({
        educations: [
          {
            school: '申江大学',
            major: '机械工程（非全日制）',
            education: '10',
            startMonth: `${Number(shanghaiDate(now).slice(0, 4)) - 1}-09`,
            endMonth: null,
          },
          ...resume.educations,
        ],
      })
      .where(eq(resumes.accountId, options.demoSeekerAccountId));
  }

  // Other students of 申江大学 (one password hash for all: scrypt is slow on purpose).
  const passwordHash = await hashPassword('582046');
  const students: string[] = [];
  for (let n = 0; n < DEMO_CAMPUS_STUDENTS; n++) {
    const name = `${SURNAMES[n % SURNAMES.length]}${GIVEN[(n * 5) % GIVEN.length]}`;
    const account = await createSeekerAccount(
      ctx,
      {
        name,
        idNumber: studentIdNumber(n),
        mobile: `1370021${String(n).padStart(4, '0')}`,
        bankCard: '6222021001116220002',
        password: '582046',
      },
      { passwordHash },
    );
    await db.insert(resumes).values({
      accountId: account.id,
      educations: [
        {
          school: '申江大学',
          major: ['机械工程', '计算机科学与技术', '工商管理', '电气工程及其自动化'][n % 4],
          education: '20',
          startMonth: `${2022 + (n % 4)}-09`,
          endMonth: null,
        },
      ],
    });
    students.push(account.id);
  }

  // Companies with an HR account and recruiting jobs: the demo company and those 已入驻 at 申江大学.
  const entered = await db
    .selectDistinct({ companyId: reviewRequests.subjectId })
    .from(reviewRequests)
    .where(
      and(
        eq(reviewRequests.kind, 'university_entry'),
        eq(reviewRequests.state, 'approved'),
        eq(reviewRequests.reviewerUniversityId, shenjiang.id),
      ),
    );
  const enteredIds = entered.map((row) => row.companyId);
  const hr = await db
    .select({ id: accounts.id, companyId: accounts.companyId })
    .from(accounts)
    .where(and(inArray(accounts.companyId, enteredIds.length ? enteredIds : [options.demoCompanyId])))
    .orderBy(asc(accounts.createdAt));
  const applicantOf = new Map(hr.map((row) => [row.companyId!, row.id]));
  const hosts = [options.demoCompanyId, ...enteredIds.filter((id) => id !== options.demoCompanyId)].filter(
    (id) => applicantOf.has(id),
  );
  const jobsOf = async (companyId: string) =>
    (
      await db
        .select({ id: jobs.id })
        .from(jobs)
        .where(and(eq(jobs.companyId, companyId), eq(jobs.state, 'recruiting'), isNull(jobs.deletedAt)))
        .orderBy(asc(jobs.id))
        .limit(3)
    ).map((job) => job.id);
  const [room] = await db
    .select()
    .from(venues)
    .where(eq(venues.universityId, shenjiang.id))
    .orderBy(asc(venues.createdAt));

  // Companies that entered 申江大学 over the past six months (the statistics' 入驻单位).
  const [staff] = await db
    .select({ id: accounts.id })
    .from(accounts)
    .where(and(eq(accounts.universityId, shenjiang.id), eq(accounts.universityRole, 'admin')));
  const newcomers = await db
    .select({ id: companies.id })
    .from(companies)
    .where(
      and(
        eq(companies.verificationState, 'verified'),
        notInArray(companies.id, [options.demoCompanyId, ...enteredIds]),
      ),
    )
    .orderBy(asc(companies.code))
    .limit(9);
  const anyAccount = hr[0]?.id;
  if (anyAccount && staff) {
    await db.insert(reviewRequests).values(
      newcomers.map((company, i) => {
        const decidedAt = pastMonthDay(now, 1 + (i % 6), 8 + i, 10);
        return {
          kind: 'university_entry' as const,
          state: 'approved' as const,
          subjectId: company.id,
          applicantAccountId: anyAccount,
          applicantCompanyId: company.id,
          reviewerKind: 'university' as const,
          reviewerUniversityId: shenjiang.id,
          payload: { universityName: shenjiang.name, source: 'console' },
          decidedBy: staff.id,
          decidedAt,
          createdAt: new Date(decidedAt.getTime() - 2 * DAY),
        };
      }),
    );
  }

  // Presentations held in each of the past six months, with sign-ups and check-ins.
  let studentCursor = 0;
  for (let monthsAgo = 1; monthsAgo <= 6 && hosts.length > 0; monthsAgo++) {
    const companyId = hosts[monthsAgo % hosts.length]!;
    const startsAt = pastMonthDay(now, monthsAgo, 12 + monthsAgo, 14);
    const capacity = 40;
    const [held] = await db
      .insert(presentations)
      .values({
        companyId,
        universityId: shenjiang.id,
        applicantAccountId: applicantOf.get(companyId)!,
        title: PAST_TITLES[monthsAgo - 1]!,
        description: '公司介绍、岗位说明与现场答疑。',
        expectedAudience: 60,
        majors: [],
        contactName: '招聘负责人',
        contactMobile: '13900000001',
        jobIds: await jobsOf(companyId),
        state: 'approved',
        venueId: room?.id ?? null,
        startsAt,
        endsAt: new Date(startsAt.getTime() + 2 * 3_600_000),
        capacity,
        createdAt: new Date(startsAt.getTime() - 20 * DAY),
      })
      .returning();
    const count = 8 + ((monthsAgo * 7) % 15);
    const rows = Array.from({ length: count }, (_, i) => {
      const accountId = students[(studentCursor + i) % students.length]!;
      const id = randomUUID();
      const cancelled = i % 9 === 8;
      const checkedIn = !cancelled && i % 4 !== 3;
      return {
        id,
        presentationId: held!.id,
        seekerAccountId: accountId,
        checkinTokenHash: checkinTokenHash(checkinCodeOf(ctx.cipher, id)),
        createdAt: new Date(startsAt.getTime() - (3 + (i % 5)) * DAY),
        cancelledAt: cancelled ? new Date(startsAt.getTime() - DAY) : null,
        checkedInAt: checkedIn ? new Date(startsAt.getTime() - 600_000 + i * 30_000) : null,
        checkedInBy: checkedIn ? (staff?.id ?? null) : null,
      };
    });
    studentCursor += count;
    await db.insert(presentationSignups).values(rows);
    await db
      .update(presentations)
      .set({ signupCount: rows.filter((r) => !r.cancelledAt).length })
      .where(eq(presentations.id, held!.id));
  }

  // The demo seeker was checked in at one of them (last month's).
  const [lastMonth] = await db
    .select({ id: presentations.id, startsAt: presentations.startsAt })
    .from(presentations)
    .where(and(eq(presentations.universityId, shenjiang.id), eq(presentations.title, PAST_TITLES[0]!)));
  if (lastMonth?.startsAt) {
    const id = randomUUID();
    await db.insert(presentationSignups).values({
      id,
      presentationId: lastMonth.id,
      seekerAccountId: options.demoSeekerAccountId,
      checkinTokenHash: checkinTokenHash(checkinCodeOf(ctx.cipher, id)),
      createdAt: new Date(lastMonth.startsAt.getTime() - 5 * DAY),
      checkedInAt: new Date(lastMonth.startsAt.getTime() - 300_000),
      checkedInBy: staff?.id ?? null,
    });
    await db
      .update(presentations)
      .set({ signupCount: sql`${presentations.signupCount} + 1` })
      .where(eq(presentations.id, lastMonth.id));
  }

  // Today's presentation at the door (签到): 90 minutes from now, in a room free then.
  const todayHost = hosts.find((id) => id !== options.demoCompanyId) ?? hosts[0];
  if (todayHost && room) {
    const startsAt = new Date(Math.ceil((now.getTime() + 90 * 60_000) / 1_800_000) * 1_800_000);
    const endsAt = new Date(startsAt.getTime() + 2 * 3_600_000);
    const rooms = await db.select().from(venues).where(eq(venues.universityId, shenjiang.id));
    for (const candidate of rooms) {
      const [clash] = await db
        .select({ id: venueBookings.id })
        .from(venueBookings)
        .where(
          and(
            eq(venueBookings.venueId, candidate.id),
            sql`tstzrange(${venueBookings.startsAt}, ${venueBookings.endsAt}) && tstzrange(${startsAt.toISOString()}::timestamptz, ${endsAt.toISOString()}::timestamptz)`,
          ),
        );
      if (clash) continue;
      const [today] = await db
        .insert(presentations)
        .values({
          companyId: todayHost,
          universityId: shenjiang.id,
          applicantAccountId: applicantOf.get(todayHost)!,
          title: '今日宣讲：数字化工厂与智能制造岗位',
          description: '企业介绍、岗位说明、现场答疑；请凭签到码入场。',
          expectedAudience: 80,
          contactName: '招聘负责人',
          contactMobile: '13900000001',
          jobIds: await jobsOf(todayHost),
          state: 'approved',
          venueId: candidate.id,
          startsAt,
          endsAt,
          capacity: Math.min(candidate.capacity, 80),
        })
        .returning();
      const [booking] = await db
        .insert(venueBookings)
        .values({
          universityId: shenjiang.id,
          venueId: candidate.id,
          startsAt,
          endsAt,
          sourceKind: 'presentation',
          sourceId: today!.id,
          title: today!.title,
          createdBy: staff?.id ?? null,
        })
        .returning();
      await db
        .update(presentations)
        .set({ venueBookingId: booking!.id })
        .where(eq(presentations.id, today!.id));
      break;
    }
  }

  // Sign-ups for the upcoming approved presentations at 申江大学, through the use case: the demo
  // seeker for today's and the two soonest others; other students for each.
  const upcoming = await db
    .select({ id: presentations.id, capacity: presentations.capacity })
    .from(presentations)
    .where(
      and(
        eq(presentations.universityId, shenjiang.id),
        eq(presentations.state, 'approved'),
        gt(presentations.startsAt, now),
        ne(presentations.title, ''),
      ),
    )
    .orderBy(asc(presentations.startsAt))
    .limit(6);
  for (const [index, presentation] of upcoming.entries()) {
    if (index < 3) {
      await signUpForPresentation(ctx, {
        seeker: { accountId: options.demoSeekerAccountId },
        presentationId: presentation.id,
      });
    }
    const take = Math.min(6 + index * 3, (presentation.capacity ?? 0) - 1);
    for (let i = 0; i < take; i++) {
      await signUpForPresentation(ctx, {
        seeker: { accountId: students[(index * 5 + i) % students.length]! },
        presentationId: presentation.id,
      });
    }
  }
}
