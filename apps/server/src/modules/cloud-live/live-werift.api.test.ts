import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/build-test-app';
import { loginSeeker } from '../../../test/factories/job-search';
import { companyWithAdmin, createUniversity } from '../../../test/factories/onboarding';
import { TestClient } from '../../../test/http-client';
import { exchangeUntil, WeriftPeer } from '../../../test/media/werift-peer';
import { cloudPresentations, cloudPresentationTargets, resumes } from '../../db/schema';

// Two real WebRTC peers (werift, headless) connect through the app's signalling only: the
// presenter of a live broadcast and a student viewer exchange offer, answer and ICE candidates
// through /api/{employer,seeker}/media/live/:id/signals, and a DataChannel message crosses.

describe('[MEDIA] two werift peers connect through the app’s signalling', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp();
  });
  afterAll(() => t.close());

  it('the viewer offers, the presenter answers; a DataChannel message goes both ways', async () => {
    const { company, admin, adminLogin, adminPassword } = await companyWithAdmin(t);
    const hr = new TestClient(t.app, '198.18.10.1');
    await hr.login('employer', adminLogin, adminPassword);
    const university = await createUniversity(t);
    const student = await loginSeeker(t);
    await t.app.ctx.db.insert(resumes).values({
      accountId: student.accountId,
      educations: [
        {
          school: university.name,
          major: '软件工程',
          education: '20',
          startMonth: '2023-09',
          endMonth: null,
        },
      ],
    });
    const startsAt = new Date(Date.now() + 10 * 60_000);
    const [presentation] = await t.app.ctx.db
      .insert(cloudPresentations)
      .values({
        companyId: company.id,
        applicantAccountId: admin.id,
        format: 'live',
        title: '直播宣讲',
        startsAt,
        endsAt: new Date(startsAt.getTime() + 3_600_000),
        liveState: 'scheduled',
      })
      .returning();
    await t.app.ctx.db.insert(cloudPresentationTargets).values({
      presentationId: presentation!.id,
      universityId: university.id,
      companyId: company.id,
      state: 'approved',
    });
    expect((await hr.post(`/api/employer/cloud-live/${presentation!.id}/start`)).status).toBe(200);
    expect((await student.client.post(`/api/seeker/cloud-live/${presentation!.id}/presence`)).status).toBe(
      200,
    );

    const host = new WeriftPeer(
      { client: hr, base: `/api/employer/media/live/${presentation!.id}`, remote: student.accountId },
      'viewer-1',
    );
    const guest = new WeriftPeer(
      { client: student.client, base: `/api/seeker/media/live/${presentation!.id}`, remote: admin.id },
      'viewer-1',
    );
    const received: string[] = [];
    host.pc.onDataChannel.subscribe((channel) => {
      channel.onMessage.subscribe((message) => {
        received.push(`host got ${message.toString()}`);
        channel.send('欢迎观看');
      });
    });
    const channel = guest.pc.createDataChannel('chat');
    channel.onMessage.subscribe((message) => received.push(`guest got ${message.toString()}`));
    channel.stateChanged.subscribe((state) => {
      if (state === 'open') channel.send('你好');
    });
    await guest.offer();
    try {
      await exchangeUntil([host, guest], () => received.length >= 2);
      expect(received).toEqual(['host got 你好', 'guest got 欢迎观看']);
      expect(host.pc.connectionState).toBe('connected');
      expect(guest.pc.connectionState).toBe('connected');
    } finally {
      await Promise.all([host.close(), guest.close()]);
    }
  }, 30_000);
});
