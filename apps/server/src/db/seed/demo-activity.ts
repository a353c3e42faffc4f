import type { ApplicationEvent, ApplicationState, EducationCode } from '@openrecruit/shared';
import { and, desc, eq } from 'drizzle-orm';
import type { AppContext } from '../../context';
import { shanghaiDate, shanghaiTime } from '../../lib/shanghai-time';
import { applicationMachine } from '../../modules/applications/application-machine';
import { jobRequirementWarnings } from '../../modules/applications/requirement-warnings';
import { interviewConfirmationText } from '../../modules/employer-applications/confirm-interview';
import { reindexJob } from '../../modules/jobs/reindex-jobs';
import type { Executor } from '../client';
import {
  accounts,
  applicationMessages,
  applications,
  companies,
  favourites,
  interviews,
  jobs,
  seekers,
} from '../schema';

/**
 * The demo seeker's 我的应聘 and 职位收藏 (seed 000 §四-§七), so every screen has something to show:
 * records in every state, 面试通知NEW, a confirmed interview tomorrow 14:00, a void record, history
 * with a reply after withdrawal, a conversation, and a favourite job that was taken offline.
 * Each record is played step by step through the application state machine, as the API would.
 */
export interface DemoActivityOptions {
  seekerAccountId: string;
  companyId: string;
  now?: Date;
}

type Step =
  | { at: Date; do: 'apply' }
  | { at: Date; do: Exclude<ApplicationEvent, 'confirm'> }
  | { at: Date; do: 'confirm'; interviewAt: Date }
  | { at: Date; do: 'employer_says' | 'seeker_says'; body: string }
  | { at: Date; do: 'seeker_reads' };

interface Job {
  id: string;
  title: string;
  companyId: string;
}

const HOUR_MS = 3_600_000;
const NOTICE = (name: string, title: string) =>
  `${name}您好！您应聘的“${title}”岗位已通过初步筛选，诚邀您参加面试。请在下方选择是否参加面试，确认后我们将发送面试时间和地点。`;

export async function seedDemoActivity(ctx: AppContext, options: DemoActivityOptions) {
  const now = options.now ?? new Date();
  const ago = (hours: number) => new Date(now.getTime() - hours * HOUR_MS);
  const { seekerAccountId, companyId } = options;
  const db = ctx.db;

  // Seed 000 §三.2: 学历 大学本科, 政治面貌 群众, completed.
  const [seeker] = await db
    .update(seekers)
    .set({ education: '20', politicalStatus: '13', profileCompletedAt: ago(24 * 20) })
    .where(eq(seekers.accountId, seekerAccountId))
    .returning({ name: seekers.name, birthDate: seekers.birthDate });
  const [hr] = await db
    .select({ id: accounts.id, name: accounts.displayName })
    .from(accounts)
    .where(and(eq(accounts.companyId, companyId), eq(accounts.companyRole, 'admin')));
  const [company] = await db
    .select({ address: companies.address, landline: companies.landline })
    .from(companies)
    .where(eq(companies.id, companyId));
  if (!seeker || !hr || !company)
    throw new Error('seedDemoActivity needs the demo seeker, company and admin');

  const recruiting = await db
    .select({
      id: jobs.id,
      title: jobs.title,
      companyId: jobs.companyId,
      ageMin: jobs.ageMin,
      ageMax: jobs.ageMax,
      education: jobs.education,
    })
    .from(jobs)
    .where(eq(jobs.state, 'recruiting'))
    .orderBy(desc(jobs.publishedAt), jobs.id);
  const today = shanghaiDate(now);
  const fits = (job: (typeof recruiting)[number]) =>
    jobRequirementWarnings(
      { birthDate: seeker.birthDate, education: '20' },
      { ...job, education: job.education as EducationCode | null },
      today,
    ).length === 0;
  // The demo company's own jobs (its console shows the applications), suitable ones first.
  const own = recruiting
    .filter((job) => job.companyId === companyId)
    .sort((a, b) => Number(fits(b)) - Number(fits(a)));
  // Other employers' suitable jobs, the newest of each company.
  const newestOfCompany = new Map<string, Job>();
  for (const job of recruiting) {
    if (job.companyId !== companyId && !newestOfCompany.has(job.companyId) && fits(job)) {
      newestOfCompany.set(job.companyId, job);
    }
  }
  const other = [...newestOfCompany.values()];
  if (own.length < 6 || other.length < 8) throw new Error('not enough recruiting jobs for the demo activity');

  const interviewAt = shanghaiTime(shanghaiDate(new Date(now.getTime() + 24 * HOUR_MS)), 14);
  const confirmation = {
    location: `${company.address}（前台登记）`,
    contactName: hr.name,
    contactPhone: company.landline,
    note: '请携带身份证原件、学历证书及近期免冠照片一张，提前10分钟到达前台登记。',
  };
  const play = (job: Job, steps: Step[]) =>
    playApplication(db, {
      seekerAccountId,
      seekerName: seeker.name,
      hrAccountId: hr.id,
      job,
      steps,
      confirmation,
    });

  // 当前应聘记录: 7 records, so 3 places are left.
  await play(own[0]!, [
    { at: ago(72), do: 'apply' },
    { at: ago(50), do: 'view' },
    { at: ago(5), do: 'invite' },
  ]);
  await play(own[1]!, [
    { at: ago(24 * 6), do: 'apply' },
    { at: ago(24 * 5), do: 'view' },
    { at: ago(24 * 4), do: 'invite' },
    { at: ago(24 * 4 - 2), do: 'seeker_reads' },
    { at: ago(24 * 4 - 2), do: 'accept' },
    { at: ago(24 * 2), do: 'confirm', interviewAt },
    { at: ago(24 * 2 - 3), do: 'seeker_reads' },
  ]);
  await play(own[2]!, [
    { at: ago(24 * 4), do: 'apply' },
    { at: ago(30), do: 'view' },
    {
      at: ago(30),
      do: 'employer_says',
      body: '您好，我们已查看您的简历。请问您目前是在职还是离职状态？最快什么时候可以到岗？',
    },
    { at: ago(28), do: 'seeker_reads' },
    { at: ago(28), do: 'seeker_says', body: '您好，我目前已离职，一周内可以到岗。' },
    { at: ago(26), do: 'employer_says', body: '好的。该岗位每月需要出差3到5天，您能接受吗？' },
    { at: ago(3), do: 'seeker_reads' },
    { at: ago(3), do: 'seeker_says', body: '可以接受，出差没有问题。' },
  ]);
  await play(own[3]!, [{ at: ago(2), do: 'apply' }]);
  await play(other[0]!, [{ at: ago(1), do: 'apply' }]);
  await play(other[1]!, [
    { at: ago(24 * 3), do: 'apply' },
    { at: ago(20), do: 'view' },
  ]);
  await play(other[2]!, [
    { at: ago(24 * 9), do: 'apply' },
    { at: ago(24 * 7), do: 'invite' },
    { at: ago(24 * 6), do: 'seeker_reads' },
    { at: ago(24 * 6), do: 'decline' },
  ]);

  // 历史应聘记录: one plain, one with the employer's reply after the withdrawal (unread).
  await play(other[3]!, [
    { at: ago(24 * 15), do: 'apply' },
    { at: ago(24 * 10), do: 'withdraw' },
  ]);
  await play(own[4]!, [
    { at: ago(24 * 12), do: 'apply' },
    { at: ago(24 * 11), do: 'view' },
    { at: ago(24 * 4), do: 'withdraw' },
    {
      at: ago(24),
      do: 'employer_says',
      body: '您好，看到您撤销了应聘。该岗位仍在招聘中，如您改变主意，欢迎再次投递。',
    },
  ]);

  // 职位收藏: four recruiting jobs and one the demo company has since taken offline (已下架).
  const offline = own[5]!;
  await db.transaction(async (tx) => {
    await tx
      .update(jobs)
      .set({ state: 'offline', updatedAt: ago(6) })
      .where(eq(jobs.id, offline.id));
    await reindexJob(tx, offline.id);
  });
  const favouriteJobs = [...other.slice(4, 8), offline];
  await db
    .insert(favourites)
    .values(
      favouriteJobs.map((job, i) => ({ seekerAccountId, jobId: job.id, createdAt: ago(24 * (i + 1) + 4) })),
    );
}

/** Replays one application's history: state through the state machine, messages, interview, unread counts. */
async function playApplication(
  db: Executor,
  options: {
    seekerAccountId: string;
    seekerName: string;
    hrAccountId: string;
    job: Job;
    steps: Step[];
    confirmation: { location: string; contactName: string; contactPhone: string; note: string };
  },
) {
  const { seekerAccountId, hrAccountId, job, steps } = options;
  const [first, ...rest] = steps;
  if (first?.do !== 'apply') throw new Error('a demo application starts with apply');
  let state: ApplicationState = 'submitted';
  const record = {
    viewedAt: null as Date | null,
    withdrawnAt: null as Date | null,
    lastChangedAt: first.at,
    seekerUnread: 0,
    employerUnread: 0,
    interviewNoticeUnseen: 0,
  };
  const messages: Array<Omit<typeof applicationMessages.$inferInsert, 'applicationId'>> = [];
  let interview: Omit<typeof interviews.$inferInsert, 'applicationId'> | undefined;
  const say = (
    from: 'seeker' | 'employer',
    kind: (typeof messages)[number]['kind'],
    body: string,
    at: Date,
  ) => {
    messages.push({
      sender: from,
      senderAccountId: from === 'seeker' ? seekerAccountId : hrAccountId,
      kind,
      body,
      createdAt: at,
    });
    if (from === 'seeker') record.employerUnread += 1;
    else record.seekerUnread += 1;
    record.lastChangedAt = at;
  };

  for (const step of rest) {
    if (step.do === 'seeker_reads') {
      record.seekerUnread = 0;
      record.interviewNoticeUnseen = 0;
      continue;
    }
    if (step.do === 'employer_says' || step.do === 'seeker_says') {
      say(step.do === 'seeker_says' ? 'seeker' : 'employer', 'text', step.body, step.at);
      continue;
    }
    if (step.do === 'apply') throw new Error('a demo application is applied for once, first');
    // The demo's history follows the same machine as the API (a refused step is a bug in the data).
    state = applicationMachine.advance(state, step.do);
    record.lastChangedAt = step.at;
    switch (step.do) {
      case 'view':
        record.viewedAt = step.at;
        record.employerUnread = 0;
        break;
      case 'invite':
        record.viewedAt ??= step.at;
        interview = {
          invitation: NOTICE(options.seekerName, job.title),
          invitedBy: hrAccountId,
          invitedAt: step.at,
        };
        say('employer', 'interview_notice', interview.invitation, step.at);
        record.interviewNoticeUnseen = 1;
        break;
      case 'accept':
      case 'decline':
        interview = {
          ...interview!,
          state: step.do === 'accept' ? 'accepted' : 'declined',
          answeredAt: step.at,
        };
        say('seeker', 'interview_answer', step.do === 'accept' ? '参加面试' : '不参加面试', step.at);
        record.interviewNoticeUnseen = 0;
        break;
      case 'confirm': {
        const details = { time: step.interviewAt.toISOString(), ...options.confirmation };
        interview = {
          ...interview!,
          ...details,
          time: step.interviewAt,
          state: 'confirmed',
          confirmedAt: step.at,
        };
        say('employer', 'interview_confirmation', interviewConfirmationText(details), step.at);
        record.interviewNoticeUnseen = 1;
        break;
      }
      case 'withdraw':
        record.withdrawnAt = step.at;
        break;
    }
  }

  const [row] = await db
    .insert(applications)
    .values({
      seekerAccountId,
      jobId: job.id,
      companyId: job.companyId,
      state,
      createdAt: first.at,
      ...record,
    })
    .returning({ id: applications.id });
  const applicationId = row!.id;
  if (messages.length > 0) {
    await db.insert(applicationMessages).values(messages.map((message) => ({ ...message, applicationId })));
  }
  if (interview) await db.insert(interviews).values({ ...interview, applicationId });
}
