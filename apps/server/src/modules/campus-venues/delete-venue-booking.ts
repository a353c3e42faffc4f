import { live } from '@openrecruit/shared';
import type { AppContext } from '../../context';
import { AppError } from '../../lib/app-error';
import { publishAfterCommit } from '../../lib/publish-after-commit';
import { requireFound, type UniversityStaff } from '../../plugins/access';
import { deleteVenueBookingRow, lockVenueBooking } from './campus-venues.repository';

export interface DeleteVenueBookingOptions {
  staff: UniversityStaff;
  bookingId: string;
}

/**
 * 删除占用: manual bookings only. A presentation's booking goes when the company cancels it, a
 * fair's in 双选会管理: deleting them here would leave the event without its room.
 */
export async function deleteVenueBooking(ctx: AppContext, options: DeleteVenueBookingOptions): Promise<void> {
  const { staff } = options;
  const venueId = await ctx.db.transaction(async (tx) => {
    const booking = requireFound(
      await lockVenueBooking(tx, staff.universityId, options.bookingId),
      '占用不存在',
    );
    if (booking.sourceKind !== 'other')
      throw new AppError(
        'INVALID_STATE',
        booking.sourceKind === 'presentation'
          ? '宣讲会的场地占用不能删除，可拖动到其他时间或场地'
          : '双选会的场地占用请在双选会管理中调整',
      );
    await deleteVenueBookingRow(tx, booking.id);
    return booking.venueId;
  });
  await publishAfterCommit(
    ctx,
    live.university(staff.universityId, { type: 'venue-bookings.changed', data: { venueId } }),
  );
}
