import fs from 'node:fs';
import path from 'node:path';
import { and, asc, eq } from 'drizzle-orm';
import type { AppContext } from '../../context';
import { shanghaiDate, shanghaiTime } from '../../lib/shanghai-time';
import { applyCloudPresentation } from '../../modules/cloud-presentations/apply-cloud-presentation';
import {
  findTargetsWithNames,
  insertStoredFile,
} from '../../modules/cloud-presentations/cloud-presentations.repository';
import { decideReviewRequest } from '../../modules/reviews/decide-review-request';
import { accounts, jobs, universities } from '../schema';

// 云宣讲 (issue 13 §1) for the demo, at 申江大学 (where the demo seeker studies and the only
// university the demo company entered, demo-university-entries.ts): a 录播 approved with a real
// video (assets/, a canvas animation recorded by Chromium's MediaRecorder) and its poster, a 直播
// approved for tomorrow 19:00 Shanghai, one 审核中 and one 未通过 with the reason. Made through
// the use case and the review engine, so the review requests, notices and targets agree.

const DAY = 86_400_000;
const VIDEO = 'demo-cloud-presentation.webm';
const POSTER = 'demo-cloud-presentation-poster.jpg';

/** The assets beside this file (tsx), or beside the bundled dist/main.js (build.mjs copies them). */
function assetPath(name: string): string | undefined {
  const candidate = path.resolve(import.meta.dirname, 'assets', name);
  return fs.existsSync(candidate) ? candidate : undefined;
}

export async function seedDemoCloudPresentations(
  ctx: AppContext,
  options: { companyId: string; now?: Date },
) {
  const now = options.now ?? new Date();
  const db = ctx.db;
  const [shenjiang] = await db.select().from(universities).where(eq(universities.name, '申江大学'));
  if (!shenjiang) return;
  const [staff] = await db
    .select({ id: accounts.id })
    .from(accounts)
    .where(and(eq(accounts.universityId, shenjiang.id), eq(accounts.universityRole, 'admin')));
  const [admin] = await db
    .select({ id: accounts.id })
    .from(accounts)
    .where(and(eq(accounts.companyId, options.companyId), eq(accounts.companyRole, 'admin')))
    .orderBy(asc(accounts.createdAt));
  if (!staff || !admin) return;
  const member = { accountId: admin.id, companyId: options.companyId, isAdmin: true };
  const decider = {
    accountId: staff.id,
    scope: { reviewerKind: 'university' as const, universityId: shenjiang.id },
  };
  const jobIds = (
    await db
      .select({ id: jobs.id })
      .from(jobs)
      .where(and(eq(jobs.companyId, options.companyId), eq(jobs.state, 'recruiting')))
      .orderBy(asc(jobs.publishedAt))
      .limit(3)
  ).map((job) => job.id);
  if (jobIds.length === 0) return;

  const keep = async (name: string, contentType: string, extension: string) => {
    const file = assetPath(name);
    if (!file) return undefined;
    const stored = await ctx.providers.storage.put(fs.readFileSync(file), { extension });
    const row = await insertStoredFile(db, {
      storageKey: stored.key,
      ownerAccountId: admin.id,
      contentType,
      size: stored.size,
      sha256: stored.sha256,
      originalName: name,
    });
    return row.id;
  };
  const decide = async (presentationId: string, decision: 'approve' | 'reject', reason?: string) => {
    const [target] = await findTargetsWithNames(db, [presentationId]);
    await decideReviewRequest(ctx, {
      decider,
      requestId: target!.reviewRequestId!,
      decision,
      ...(reason ? { reason } : {}),
    });
  };
  const at = (days: number, hour: number, minute = 0) =>
    shanghaiTime(shanghaiDate(new Date(now.getTime() + days * DAY)), hour, minute);
  const base = { universityIds: [shenjiang.id], jobIds };

  const videoFileId = await keep(VIDEO, 'video/webm', 'webm');
  const posterFileId = await keep(POSTER, 'image/jpeg', 'jpg');
  if (videoFileId && posterFileId) {
    const recorded = await applyCloudPresentation(ctx, {
      member,
      input: {
        ...base,
        format: 'recorded',
        title: '上海申城智造2026届校园招聘云宣讲',
        startsAt: new Date(now.getTime() - 3 * DAY).toISOString(),
        description:
          '上海申城智造科技有限公司专注智能制造装备与工业软件。本次宣讲介绍公司业务、培养体系与2026届校园招聘岗位：管培生、数控工程师、软件开发工程师。',
        videoFileId,
        posterFileId,
        durationSeconds: 12,
      },
      now: new Date(now.getTime() - 4 * DAY),
    });
    await decide(recorded.id, 'approve');
  } else ctx.log.warn('demo 云宣讲: the video asset was not found, the recorded one is left out');

  const live = await applyCloudPresentation(ctx, {
    member,
    input: {
      ...base,
      format: 'live',
      title: '智能制造工程师成长之路（直播宣讲）',
      startsAt: at(1, 19).toISOString(),
      endsAt: at(1, 20, 30).toISOString(),
      description: '技术负责人在线分享工程师的成长路径，现场答疑，欢迎同学们在直播间提问。',
    },
    now: new Date(now.getTime() - 2 * DAY),
  });
  await decide(live.id, 'approve');

  await applyCloudPresentation(ctx, {
    member,
    input: {
      ...base,
      format: 'live',
      title: '暑期实习生项目介绍（直播）',
      startsAt: at(8, 15).toISOString(),
      endsAt: at(8, 16).toISOString(),
      description: '介绍暑期实习岗位、导师制度与转正机会。',
    },
  });

  const rejected = await applyCloudPresentation(ctx, {
    member,
    input: {
      ...base,
      format: 'live',
      title: '公司开放日线上参观',
      startsAt: at(5, 10).toISOString(),
      endsAt: at(5, 11, 30).toISOString(),
      description: '线上参观生产车间与研发中心。',
    },
    now: new Date(now.getTime() - DAY),
  });
  await decide(rejected.id, 'reject', '时间与本校期中考试周冲突，请调整到考试周之后');
}
