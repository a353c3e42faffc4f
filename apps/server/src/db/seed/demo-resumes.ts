import type { ApplicationMark, ApplicationSource, ApplicationState } from '@openrecruit/shared';
import { and, asc, desc, eq, isNotNull, isNull, ne, notInArray } from 'drizzle-orm';
import type { AppContext } from '../../context';
import { accounts, applicationMessages, applications, interviews, jobs, seekers } from '../schema';

const HOUR_MS = 3_600_000;

type Story = 'new' | 'asks' | 'viewed' | 'replied' | 'accepted' | 'declined' | 'withdrawn';

/** One resume of 简历管理: how it came, the HR mark, how long ago, and what happened since. */
const RECEIVED: Array<{
  source: ApplicationSource;
  mark: ApplicationMark | null;
  hoursAgo: number;
  story: Story;
}> = [
  { source: 'application', mark: null, hoursAgo: 1, story: 'new' },
  { source: 'application', mark: null, hoursAgo: 3, story: 'asks' },
  { source: 'job_fair', mark: null, hoursAgo: 26, story: 'viewed' },
  { source: 'invitation', mark: null, hoursAgo: 50, story: 'new' },
  { source: 'application', mark: 'suitable', hoursAgo: 70, story: 'accepted' },
  { source: 'application', mark: 'suitable', hoursAgo: 96, story: 'viewed' },
  { source: 'job_fair', mark: 'suitable', hoursAgo: 120, story: 'replied' },
  { source: 'application', mark: 'undecided', hoursAgo: 54, story: 'replied' },
  { source: 'invitation', mark: 'undecided', hoursAgo: 150, story: 'viewed' },
  { source: 'application', mark: 'unsuitable', hoursAgo: 170, story: 'viewed' },
  { source: 'application', mark: 'unsuitable', hoursAgo: 200, story: 'declined' },
  { source: 'application', mark: null, hoursAgo: 220, story: 'withdrawn' },
];

/**
 * 简历管理 demo (seed 002): every tab (未处理, 合适, 待定, 不合适) has rows from every source (投递,
 * 人才下载, 邀约, 双选会): the 人才中心 demo seekers apply to the demo company's jobs, one asks a
 * question (unread), one chose 参加面试 and waits for 确认面试, one chose 不参加面试, one withdrew
 * (shown under 显示已撤销). The demo seeker's own records get marks too. Runs after the other demo
 * seeds, so what they pick from the company's applications stays the same.
 */
export async function seedDemoResumes(
  ctx: AppContext,
  options: { companyId: string; demoSeekerAccountId: string; now?: Date },
) {
  const { companyId, demoSeekerAccountId } = options;
  const now = options.now ?? new Date();
  const ago = (hours: number) => new Date(now.getTime() - hours * HOUR_MS);
  const db = ctx.db;
  const [hr] = await db
    .select({ id: accounts.id })
    .from(accounts)
    .where(and(eq(accounts.companyId, companyId), eq(accounts.companyRole, 'admin')));
  const companyJobs = await db
    .select({ id: jobs.id, title: jobs.title })
    .from(jobs)
    .where(and(eq(jobs.companyId, companyId), eq(jobs.state, 'recruiting'), isNull(jobs.deletedAt)))
    .orderBy(desc(jobs.publishedAt), asc(jobs.id));
  const already = db
    .select({ id: applications.seekerAccountId })
    .from(applications)
    .where(eq(applications.companyId, companyId));
  const people = await db
    .select({ accountId: seekers.accountId, name: seekers.name })
    .from(seekers)
    .innerJoin(accounts, eq(accounts.id, seekers.accountId))
    .where(
      and(
        isNotNull(seekers.education),
        ne(seekers.accountId, demoSeekerAccountId),
        notInArray(seekers.accountId, already),
      ),
    )
    .orderBy(desc(accounts.createdAt), asc(accounts.id))
    .limit(RECEIVED.length);
  if (!hr || companyJobs.length === 0) throw new Error('seedDemoResumes needs the demo admin and jobs');

  for (const [i, person] of people.entries()) {
    const plan = RECEIVED[i]!;
    const job = companyJobs[i % companyJobs.length]!;
    const at = ago(plan.hoursAgo);
    const later = (hours: number) => new Date(at.getTime() + hours * HOUR_MS);
    const messages: Array<Omit<typeof applicationMessages.$inferInsert, 'applicationId'>> = [];
    const seekerSays = (kind: 'text' | 'interview_answer', body: string, when: Date) =>
      messages.push({ sender: 'seeker', senderAccountId: person.accountId, kind, body, createdAt: when });
    const hrSays = (kind: 'text' | 'interview_notice', body: string, when: Date) =>
      messages.push({ sender: 'employer', senderAccountId: hr.id, kind, body, createdAt: when });
    let state: ApplicationState = 'viewed';
    let employerUnread = 0;
    let interview: Omit<typeof interviews.$inferInsert, 'applicationId'> | undefined;
    const notice = `${person.name}您好！您应聘的“${job.title}”岗位已通过初步筛选，诚邀您参加面试。请选择是否参加面试，确认后我们将发送面试时间和地点。`;

    switch (plan.story) {
      case 'new':
        state = 'submitted';
        break;
      case 'asks':
        state = 'submitted';
        seekerSays('text', '您好，请问这个岗位需要倒班吗？有没有班车？', later(1));
        employerUnread = 1;
        break;
      case 'viewed':
      case 'withdrawn':
        break;
      case 'replied':
        hrSays('text', '您好，已收到您的简历。请问您最快什么时候可以到岗？', later(6));
        seekerSays('text', '您好，我两周内可以到岗。', later(8));
        break;
      case 'accepted':
      case 'declined': {
        const attend = plan.story === 'accepted';
        state = attend ? 'interview_accepted' : 'interview_declined';
        hrSays('interview_notice', notice, later(20));
        seekerSays('interview_answer', attend ? '参加面试' : '不参加面试', later(26));
        employerUnread = 1;
        interview = {
          state: attend ? 'accepted' : 'declined',
          invitation: notice,
          invitedBy: hr.id,
          invitedAt: later(20),
          answeredAt: later(26),
        };
        break;
      }
    }
    const withdrawn = plan.story === 'withdrawn';
    const [row] = await db
      .insert(applications)
      .values({
        seekerAccountId: person.accountId,
        jobId: job.id,
        companyId,
        source: plan.source,
        state: withdrawn ? 'withdrawn' : state,
        viewedAt: state === 'submitted' ? null : later(4),
        withdrawnAt: withdrawn ? later(30) : null,
        mark: plan.mark,
        markedAt: plan.mark ? later(5) : null,
        markedBy: plan.mark ? hr.id : null,
        employerUnread,
        seekerUnread: 0,
        createdAt: at,
        lastChangedAt: messages.at(-1)?.createdAt ?? (withdrawn ? later(30) : at),
      })
      .returning({ id: applications.id });
    const applicationId = row!.id;
    if (messages.length > 0) {
      await db.insert(applicationMessages).values(messages.map((message) => ({ ...message, applicationId })));
    }
    if (interview) await db.insert(interviews).values({ ...interview, applicationId });
  }

  // The demo seeker's records: the confirmed interview is 合适, the conversation 待定.
  const own = await db
    .select({ id: applications.id, state: applications.state, unread: applications.employerUnread })
    .from(applications)
    .where(and(eq(applications.companyId, companyId), eq(applications.seekerAccountId, demoSeekerAccountId)));
  for (const record of own) {
    const mark: ApplicationMark | null =
      record.state === 'interview_confirmed' || record.state === 'interview_invited'
        ? 'suitable'
        : record.state === 'viewed' && record.unread > 0
          ? 'undecided'
          : null;
    if (mark) {
      await db
        .update(applications)
        .set({ mark, markedAt: now, markedBy: hr.id })
        .where(eq(applications.id, record.id));
    }
  }
}
