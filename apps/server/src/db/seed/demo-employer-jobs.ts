import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import type { AppContext } from '../../context';
import { shanghaiDate } from '../../lib/shanghai-time';
import { endPinsOfJob } from '../../modules/employer-jobs/employer-jobs.repository';
import { reindexJobs } from '../../modules/jobs/reindex-jobs';
import { accounts, applications, jobPins, jobs, universities } from '../schema';

const DAY_MS = 86_400_000;
/** 已下架 in the demo console: the one demo-activity took offline and these many more. */
const MORE_OFFLINE = 2;

/**
 * 职位管理 (seed 002) of the demo employer, on top of the generated jobs (19 of them, 招聘中, two
 * pinned by demo-pins, one taken offline by demo-activity): written by its admin, the 校招 jobs aimed
 * at the demo universities, and two more 已下架 (without applications or pins), so both tabs, the
 * 置顶 tag and the campus fields have something to show. Run after seedDemoActivity.
 */
export async function seedDemoEmployerJobs(ctx: AppContext, companyId: string, now = new Date()) {
  await ctx.db.transaction(async (tx) => {
    const [admin] = await tx
      .select({ id: accounts.id })
      .from(accounts)
      .where(and(eq(accounts.companyId, companyId), eq(accounts.companyRole, 'admin')));
    const universityIds = (
      await tx.select({ id: universities.id }).from(universities).orderBy(asc(universities.code))
    ).map((row) => row.id);
    const own = await tx
      .select({ id: jobs.id, state: jobs.state, isCampus: jobs.isCampus })
      .from(jobs)
      .where(and(eq(jobs.companyId, companyId), isNull(jobs.deletedAt)))
      .orderBy(asc(jobs.publishedAt), asc(jobs.id));
    const ids = own.map((job) => job.id);
    await tx
      .update(jobs)
      .set({ createdBy: admin?.id ?? null })
      .where(inArray(jobs.id, ids));
    const campus = own.filter((job) => job.isCampus).map((job) => job.id);
    if (campus.length > 0)
      await tx.update(jobs).set({ targetUniversityIds: universityIds }).where(inArray(jobs.id, campus));

    const applied = new Set(
      (
        await tx
          .select({ jobId: applications.jobId })
          .from(applications)
          .where(inArray(applications.jobId, ids))
      ).map((row) => row.jobId),
    );
    const pinned = new Set(
      (await tx.select({ jobId: jobPins.jobId }).from(jobPins).where(inArray(jobPins.jobId, ids))).map(
        (row) => row.jobId,
      ),
    );
    // The oldest quiet jobs go offline, a few days apart.
    const quiet = own.filter(
      (job) => job.state === 'recruiting' && !job.isCampus && !applied.has(job.id) && !pinned.has(job.id),
    );
    const taken = quiet.slice(0, MORE_OFFLINE);
    for (const [i, job] of taken.entries()) {
      const offlineAt = new Date(now.getTime() - (3 + 7 * i) * DAY_MS);
      await tx
        .update(jobs)
        .set({ state: 'offline', offlineAt, updatedAt: offlineAt })
        .where(eq(jobs.id, job.id));
    }
    // 下架 ends a job's 置顶 (the console's rule), also for the one demo-activity took offline.
    const today = shanghaiDate(now);
    for (const job of own.filter((job) => job.state === 'offline')) await endPinsOfJob(tx, job.id, today);
    await tx
      .update(jobs)
      .set({ offlineAt: new Date(now.getTime() - 6 * 3_600_000) })
      .where(and(inArray(jobs.id, ids), eq(jobs.state, 'offline'), isNull(jobs.offlineAt)));
    await reindexJobs(tx, ids);
  });
}
