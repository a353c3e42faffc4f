import { cloudPresentations, cloudPresentationTargets, resumes } from '../../src/db/schema';
import type { TestApp } from '../build-test-app';
import { loginSeeker } from '../factories/job-search';
import { companyWithAdmin, createUniversity } from '../factories/onboarding';
import { TestClient } from '../http-client';

/**
 * A 直播宣讲 starting in 10 minutes that a university approved, its company's admin logged in (from
 * `ip`), and a student of that university logged in: what a live broadcast test starts from.
 */
export async function approvedLivePresentation(t: TestApp, ip: string) {
  const { company, admin, adminLogin, adminPassword } = await companyWithAdmin(t);
  const hr = new TestClient(t.app, ip);
  await hr.login('employer', adminLogin, adminPassword);
  const university = await createUniversity(t);
  const student = await loginSeeker(t);
  await t.app.ctx.db.insert(resumes).values({
    accountId: student.accountId,
    educations: [
      { school: university.name, major: '软件工程', education: '20', startMonth: '2023-09', endMonth: null },
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
  return { id: presentation!.id, company, admin, hr, student, university };
}
