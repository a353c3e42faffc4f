import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/build-test-app';
import { TestClient } from '../../../test/http-client';
import { shanghaiDate, shanghaiTime } from '../../lib/shanghai-time';
import { favourites, jobs } from '../schema';
import { DEMO } from './demo-accounts';
import { seedDemoDataIfEmpty } from './seed-demo';

describe('demo activity: the demo seeker has applications in every state and favourites', () => {
  let t: TestApp;
  let seeker: TestClient;
  let seekerAccountId: string;
  beforeAll(async () => {
    t = await buildTestApp();
    await seedDemoDataIfEmpty(t.app.ctx);
    seeker = new TestClient(t.app);
    const login = await seeker.login('seeker', DEMO.seeker.idNumber, DEMO.seeker.password);
    seekerAccountId = login.body.account.id;
  }, 180_000);
  afterAll(() => t.close());

  it('shows 7 current records (3 places left) across the state machine', async () => {
    const current = await seeker.get('/api/seeker/applications?list=current');
    expect(current.status).toBe(200);
    expect(current.body).toMatchObject({ currentCount: 7, remaining: 3 });
    const states = current.body.items.map((item: any) => item.state).sort();
    expect(states).toEqual(
      [
        'interview_confirmed',
        'interview_declined',
        'interview_invited',
        'submitted',
        'submitted',
        'viewed',
        'viewed',
      ].sort(),
    );
    const companiesSeen = new Set(current.body.items.map((item: any) => item.job.companyName));
    expect(companiesSeen.has(DEMO.company.name)).toBe(true);
    expect(companiesSeen.size).toBeGreaterThan(2);

    const invited = current.body.items.find((item: any) => item.state === 'interview_invited');
    expect(invited).toMatchObject({
      hasNewInterviewNotice: true,
      unreadReplies: 1,
      interview: { state: 'invited' },
    });
    const declined = current.body.items.find((item: any) => item.state === 'interview_declined');
    expect(declined).toMatchObject({ isVoid: true, interview: { state: 'declined' } });
    const confirmed = current.body.items.find((item: any) => item.state === 'interview_confirmed');
    const tomorrow = shanghaiDate(new Date(Date.now() + 86_400_000));
    expect(confirmed.interview.details).toMatchObject({
      time: shanghaiTime(tomorrow, 14).toISOString(),
      contactName: DEMO.employerAdmin.displayName,
    });
    expect(confirmed.interview.details.location).not.toBe('');
    expect(confirmed.interview.details.note).not.toBe('');
    const ics = await seeker.get(`/api/seeker/applications/${confirmed.id}/interview.ics`);
    expect(ics.status).toBe(200);

    const conversation = current.body.items.find(
      (item: any) => item.state === 'viewed' && item.job.companyName === DEMO.company.name,
    );
    const thread = await seeker.get(`/api/seeker/applications/${conversation.id}/conversation`);
    expect(thread.body.messages.map((m: any) => m.from)).toEqual([
      'employer',
      'seeker',
      'employer',
      'seeker',
    ]);
  });

  it('keeps two withdrawn records in history, one with an unread reply after withdrawal', async () => {
    const history = await seeker.get('/api/seeker/applications?list=history');
    expect(history.body.items).toHaveLength(2);
    expect(history.body.items.every((item: any) => item.state === 'withdrawn')).toBe(true);
    const replied = history.body.items.find((item: any) => item.unreadReplies > 0);
    const thread = await seeker.get(`/api/seeker/applications/${replied.id}/conversation`);
    const reply = thread.body.messages.at(-1);
    expect(reply.from).toBe('employer');
    expect(Date.parse(reply.createdAt)).toBeGreaterThan(Date.parse(replied.withdrawnAt));
  });

  it("gives the demo company's HR applications to read, one with an unread message", async () => {
    const hr = new TestClient(t.app);
    await hr.login('employer', DEMO.employerAdmin.loginName, DEMO.employerAdmin.password);
    const list = await hr.get('/api/employer/applications');
    expect(list.status).toBe(200);
    expect(list.body.items.some((item: any) => item.stateLabel === '未查看' && item.mark === null)).toBe(
      true,
    );
    expect(list.body.items.some((item: any) => item.unreadMessages > 0)).toBe(true);
    // 简历管理 (demo-resumes.ts): every tab and every source has resumes; withdrawn ones only on request.
    expect(Object.values(list.body.counts).every((n: any) => n > 0)).toBe(true);
    const all = await hr.get('/api/employer/applications?includeWithdrawn=true&pageSize=50');
    expect(new Set(all.body.items.map((item: any) => item.source))).toEqual(
      new Set(['application', 'talent_download', 'invitation', 'job_fair']),
    );
    expect(all.body.total).toBeGreaterThan(list.body.total);
    expect(list.body.items.some((item: any) => item.withdrawn)).toBe(false);
  });

  it('favourites four recruiting jobs and one of the demo company that went offline', async () => {
    const rows = await t.database.db
      .select({ state: jobs.state })
      .from(favourites)
      .innerJoin(jobs, eq(jobs.id, favourites.jobId))
      .where(eq(favourites.seekerAccountId, seekerAccountId));
    expect(rows.map((row) => row.state).sort()).toEqual([
      'offline',
      'recruiting',
      'recruiting',
      'recruiting',
      'recruiting',
    ]);
  });
});
