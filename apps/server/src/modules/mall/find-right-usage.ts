import {
  COMPANY_RIGHTS,
  type RightUsage,
  type RightUsagePage,
  type RightUsageQuery,
} from '@openrecruit/shared';
import type { AppContext } from '../../context';
import { pageOf, pageWindow } from '../../lib/paging';
import type { CompanyMember } from '../../plugins/access';
import { politeName } from '../talent/map-talent';
import { findJobTitles, findSeekerNames, findUsageRows } from './mall.repository';
import { isCompanyRight } from './map-package';

export type FindRightUsageOptions = RightUsageQuery & { member: CompanyMember };

const DAY_MS = 86_400_000;
/** The start of an Asia/Shanghai day. */
const shanghaiDayStart = (date: string) => new Date(`${date}T00:00:00+08:00`);

/**
 * The id a reference names at `place`: `resume_download:<seekerAccountId>`, `job_pin:<jobId>:<pinId>`,
 * `talent_invitation:<seekerAccountId>:<jobId>:<invitationId>`.
 */
function referenced(reference: string, prefix: string, place = 1): string | null {
  return reference.startsWith(`${prefix}:`) ? (reference.split(':')[place] ?? null) : null;
}

/**
 * 使用记录 (seed 002 五): who used which right, when, and for what: the seeker downloaded (masked
 * name: 陈先生), the job pinned, or the seeker invited and to which job. What was left when a term
 * ended is a row 已过期.
 */
export async function findRightUsage(
  ctx: AppContext,
  options: FindRightUsageOptions,
): Promise<RightUsagePage> {
  const { member } = options;
  const { rows, total } = await findUsageRows(
    ctx.db,
    {
      companyId: member.companyId,
      unit: options.right ? `right:${options.right}` : undefined,
      from: options.from ? shanghaiDayStart(options.from) : undefined,
      to: options.to ? new Date(shanghaiDayStart(options.to).getTime() + DAY_MS) : undefined,
    },
    pageWindow(options),
  );
  const seekerIds = rows
    .flatMap((row) => [
      referenced(row.reference, 'resume_download') ?? [],
      referenced(row.reference, 'talent_invitation') ?? [],
    ])
    .flat();
  const jobIds = rows
    .flatMap((row) => [
      referenced(row.reference, 'job_pin') ?? [],
      referenced(row.reference, 'talent_invitation', 2) ?? [],
    ])
    .flat();
  const [seekers, jobs] = await Promise.all([
    findSeekerNames(ctx.db, [...new Set(seekerIds)]),
    findJobTitles(ctx.db, member.companyId, [...new Set(jobIds)]),
  ]);
  const targetOf = (reference: string, purpose: string): string => {
    if (purpose === 'right_expiry') return '已过期';
    const invited = seekers.find((s) => s.id === referenced(reference, 'talent_invitation'));
    if (invited) {
      const job = jobs.find((j) => j.id === referenced(reference, 'talent_invitation', 2));
      const name = `简历：${politeName(invited.name, invited.sex as 'M' | 'F')}`;
      return job ? `${name}（职位：${job.title}）` : name;
    }
    const seeker = seekers.find((s) => s.id === referenced(reference, 'resume_download'));
    if (seeker) return `简历：${politeName(seeker.name, seeker.sex as 'M' | 'F')}`;
    const job = jobs.find((j) => j.id === referenced(reference, 'job_pin'));
    if (job) return `职位：${job.title}`;
    return '—';
  };
  const items = rows.flatMap((row): RightUsage[] => {
    const right = row.unit.replace(/^right:/, '');
    if (!isCompanyRight(right)) return [];
    return [
      {
        id: row.id,
        right,
        label: COMPANY_RIGHTS[right].label,
        kind: row.purpose === 'right_expiry' ? 'expired' : 'use',
        quantity: row.amount,
        usedBy: row.purpose === 'right_expiry' ? null : row.usedBy,
        target: targetOf(row.reference, row.purpose),
        usedAt: row.createdAt.toISOString(),
      },
    ];
  });
  return pageOf(options, items, total);
}
