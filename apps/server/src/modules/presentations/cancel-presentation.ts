import { live, type Presentation } from '@openrecruit/shared';
import type { AppContext } from '../../context';
import { AppError } from '../../lib/app-error';
import { publishAfterCommit } from '../../lib/publish-after-commit';
import { type CompanyMember, requireFound } from '../../plugins/access';
import { lockSourceBooking, releaseVenueBooking } from '../campus-venues/book-venue';
import { removeCampusTodo } from '../employer-interviews/upsert-campus-todo';
import { getPresentation } from './get-presentation';
import { presentationMachine } from './presentation-machine';
import { notifyPresentationCancelled } from './presentation-notices';
import { lockPresentation, markPresentationCancelled } from './presentations.repository';

export interface CancelPresentationOptions {
  member: CompanyMember;
  presentationId: string;
  now?: Date;
}

/**
 * 取消 (any HR of the company): an approved presentation that has not begun. Its room is free
 * again (the booking is deleted) and it leaves the company's 待办事项. A pending one is refused by
 * the machine: its review request cannot be withdrawn, and the university answers within 3
 * working days.
 */
export async function cancelPresentation(
  ctx: AppContext,
  options: CancelPresentationOptions,
): Promise<Presentation> {
  const { member } = options;
  const now = options.now ?? new Date();
  const { presentation, venueId } = await ctx.db.transaction(async (tx) => {
    // The booking first, then the presentation: the order a 调整 of the booking takes them.
    await lockSourceBooking(tx, { sourceKind: 'presentation', sourceId: options.presentationId });
    const presentation = requireFound(
      await lockPresentation(tx, { id: options.presentationId, companyId: member.companyId }),
      '宣讲会不存在',
    );
    presentationMachine.advance(presentation.state, 'cancel');
    if (presentation.startsAt && presentation.startsAt <= now)
      throw new AppError('INVALID_STATE', '宣讲会已开始或已结束，不能取消');
    const cancelled = await markPresentationCancelled(tx, {
      id: presentation.id,
      from: presentationMachine.sources('cancel'),
    });
    if (!cancelled) throw new AppError('INVALID_STATE', '只有已通过的宣讲会可以取消');
    const venueId = await releaseVenueBooking(tx, { sourceKind: 'presentation', sourceId: presentation.id });
    await removeCampusTodo(tx, {
      companyId: member.companyId,
      sourceKind: 'presentation',
      sourceId: presentation.id,
    });
    return { presentation, venueId };
  });
  await publishAfterCommit(
    ctx,
    live.company(member.companyId, {
      type: 'presentations.changed',
      data: { presentationId: presentation.id },
    }),
    ...(venueId
      ? [live.university(presentation.universityId, { type: 'venue-bookings.changed', data: { venueId } })]
      : []),
  );
  await notifyPresentationCancelled(ctx, presentation);
  return getPresentation(ctx, { caller: { member }, presentationId: presentation.id });
}
