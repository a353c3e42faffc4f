import type { SeekerVideoFairDetail } from '@openrecruit/shared';
import type { AppContext } from '../../context';
import { requireStudentFair, type StudentVideoFairOptions, summaries } from './student-fair-access';
import { findJobTitles, findRegistrationsOfFair } from './video-fairs.repository';

/** A fair's detail: the companies attending (approved registrations) with their 招聘需求 and jobs. */
export async function getStudentVideoFair(
  ctx: AppContext,
  options: StudentVideoFairOptions,
): Promise<SeekerVideoFairDetail> {
  const now = new Date();
  const found = await requireStudentFair(ctx, options, now);
  const [summary] = await summaries(ctx, options.seeker, [found], now);
  const approved = await findRegistrationsOfFair(ctx.db, found.fair.id, ['approved']);
  const titles = await findJobTitles(
    ctx.db,
    approved.flatMap((row) => row.registration.jobIds),
  );
  return {
    ...summary!,
    canCancelSignup: summary!.signedUp && found.fair.state === 'published' && now < found.fair.startsAt,
    companies: approved.map(({ registration, companyName }) => ({
      registrationId: registration.id,
      company: { id: registration.companyId, name: companyName },
      mode: registration.mode,
      requirements: registration.requirements,
      jobs: registration.jobIds.map((id) => ({ id, title: titles.get(id) ?? '' })),
    })),
  };
}
