import { type CampusTalentPage, TALENT_PAGE_SIZE } from '@openrecruit/shared';
import type { AppContext } from '../../context';
import { AppError } from '../../lib/app-error';
import { pageOf, pageWindow } from '../../lib/paging';
import { shanghaiDate } from '../../lib/shanghai-time';
import type { CompanyMember } from '../../plugins/access';
import { platformEducation } from './campus-education';
import { findInvitedJobIds } from './invitations.repository';
import { mapTalent, newestEducations, parseResume } from './map-talent';
import { findUniversities, selectCampusTalents } from './talent.repository';

export interface FindCampusTalentsOptions {
  member: CompanyMember;
  universityId?: string;
  page: number;
}

/** 'YYYY-MM' a year before today: who graduated since then is a new graduate (应届生). */
export function newGraduateSince(today: string): string {
  const [year, month] = today.split('-');
  return `${Number(year) - 1}-${month}`;
}

/**
 * Seed 002 高校人才: students and new graduates who allow recommendation. A resume counts when an
 * education names a platform university, or ends within the last year, later, or not yet (在读).
 * With `universityId`, only that university's students. Contact details stay hidden.
 */
export async function findCampusTalents(
  ctx: AppContext,
  options: FindCampusTalentsOptions,
): Promise<CampusTalentPage> {
  const { member } = options;
  const window = { page: options.page, pageSize: TALENT_PAGE_SIZE };
  const all = await findUniversities(ctx.db);
  const chosen = options.universityId ? all.filter((u) => u.id === options.universityId) : all;
  if (options.universityId && chosen.length === 0) throw new AppError('NOT_FOUND', '高校不存在');
  const today = shanghaiDate();
  // One university: its students only; all: platform universities' students and new graduates.
  const since = options.universityId ? null : newGraduateSince(today);
  const { rows, total } = await selectCampusTalents(ctx.db, {
    companyId: member.companyId,
    schools: chosen.map((u) => u.name),
    since,
    ...pageWindow(window),
  });
  const invited = await findInvitedJobIds(
    ctx.db,
    member.companyId,
    rows.map((row) => row.accountId),
  );
  const byName = new Map(chosen.map((u) => [u.name, u]));
  return pageOf(
    window,
    rows.map((row) => {
      const educations = parseResume(row).educations;
      // The school that makes the seeker campus talent: a platform university's first, else the newest.
      const campus = platformEducation(educations, byName) ?? newestEducations(educations)[0];
      const university = campus ? byName.get(campus.school) : undefined;
      return {
        ...mapTalent(row, { today, cipher: ctx.cipher, reveal: false }),
        university: university ? { id: university.id, name: university.name } : null,
        school: campus?.school ?? '',
        major: campus?.major ?? '',
        graduationMonth: campus?.endMonth ?? null,
        invitedJobIds: invited.get(row.accountId) ?? [],
      };
    }),
    total,
  );
}
