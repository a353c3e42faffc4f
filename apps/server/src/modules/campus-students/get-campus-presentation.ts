import type { CampusPresentationDetail } from '@openrecruit/shared';
import type { AppContext } from '../../context';
import { requireFound, type SeekerCaller } from '../../plugins/access';
import { findApprovedPresentation, findJobTitles, findSeekerSignups } from './campus-students.repository';
import { mapCampusPresentation } from './map-campus';
import { findStudentUniversity } from './student-university';

export interface GetCampusPresentationOptions {
  seeker: SeekerCaller;
  presentationId: string;
}

export const PRESENTATION_NOT_FOUND = '宣讲会不存在或未通过审核';

/**
 * A presentation's page in the seeker app. Any approved presentation is public to every seeker (the
 * university's public page links to it); only its university's students may sign up (`canSignUp`).
 */
export async function getCampusPresentation(
  ctx: AppContext,
  options: GetCampusPresentationOptions,
): Promise<CampusPresentationDetail> {
  const row = requireFound(
    await findApprovedPresentation(ctx.db, options.presentationId),
    PRESENTATION_NOT_FOUND,
  );
  const [signup] = await findSeekerSignups(ctx.db, options.seeker.accountId, [row.id]);
  const university = await findStudentUniversity(ctx.db, options.seeker.accountId);
  const titles = new Map((await findJobTitles(ctx.db, row.jobIds)).map((job) => [job.id, job.title]));
  const now = new Date();
  const item = mapCampusPresentation(row, signup, now);
  const refusal =
    university?.id !== row.universityId
      ? `仅${row.universityName}的在读学生可以报名`
      : row.startsAt! <= now
        ? '宣讲会已开始，不能再报名'
        : item.signup && item.signup.state !== 'cancelled'
          ? ''
          : item.capacityLeft <= 0
            ? '名额已满'
            : '';
  return {
    ...item,
    description: row.description,
    majors: row.majors,
    jobs: row.jobIds.flatMap((id) => (titles.has(id) ? [{ id, title: titles.get(id)! }] : [])),
    canSignUp: refusal === '' && (!item.signup || item.signup.state === 'cancelled'),
    signupRefusal: refusal,
  };
}
