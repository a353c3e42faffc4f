import { type CheckInResult, live, maskName } from '@openrecruit/shared';
import type { AppContext } from '../../context';
import { AppError } from '../../lib/app-error';
import { publishAfterCommit } from '../../lib/publish-after-commit';
import { formatShanghaiDateTime, shanghaiDate } from '../../lib/shanghai-time';
import { requireFound, type UniversityStaff } from '../../plugins/access';
import { countCheckedIn, lockSignupByCode, updateSignupState } from './campus-students.repository';
import { checkinTokenHash } from './checkin-code';
import { signupMachine, storedSignupState } from './signup-machine';

export interface CheckInStudentOptions {
  staff: UniversityStaff;
  code: string;
  presentationId?: string;
}

/** The door opens this long before the start and stays open this long after the end (or all that day). */
export const CHECKIN_MARGIN_MS = 3 * 3_600_000;

export const INVALID_CHECKIN_CODE = '无效签到码';

/** Check-in is open on the presentation's day (Shanghai), and within 3 hours of its time. */
export function checkinOpen(startsAt: Date, endsAt: Date, now: Date): boolean {
  if (shanghaiDate(startsAt) === shanghaiDate(now)) return true;
  return (
    now.getTime() >= startsAt.getTime() - CHECKIN_MARGIN_MS &&
    now.getTime() <= endsAt.getTime() + CHECKIN_MARGIN_MS
  );
}

/**
 * 签到 at the door: the code (typed, or read from the student's QR) of a sign-up to one of the
 * staff's university's presentations — any other code is 无效签到码 (404), whoever's it is. A second
 * scan answers the first check-in's time (`alreadyCheckedIn`).
 */
export async function checkInStudent(
  ctx: AppContext,
  options: CheckInStudentOptions,
): Promise<CheckInResult> {
  const { staff } = options;
  const now = new Date();
  const result = await ctx.db.transaction(async (tx) => {
    const row = requireFound(
      await lockSignupByCode(tx, checkinTokenHash(options.code), staff.universityId),
      INVALID_CHECKIN_CODE,
    );
    if (options.presentationId && options.presentationId !== row.presentationId) {
      throw new AppError(
        'CHECKIN_OTHER_PRESENTATION',
        `该签到码属于宣讲会“${row.presentationTitle}”，不属于当前选择的宣讲会`,
      );
    }
    if (row.checkedInAt) return { row, checkedInAt: row.checkedInAt, already: true };
    if (row.presentationState !== 'approved' || !row.startsAt || !row.endsAt) {
      throw new AppError('INVALID_STATE', '该宣讲会已取消，不能签到');
    }
    signupMachine.advance(storedSignupState(row), 'check_in');
    if (!checkinOpen(row.startsAt, row.endsAt, now)) {
      throw new AppError(
        'CHECKIN_NOT_OPEN',
        `签到仅在宣讲会当天开放（宣讲会时间：${formatShanghaiDateTime(row.startsAt)}）`,
      );
    }
    const updated = await updateSignupState(tx, row.id, signupMachine.sources('check_in'), {
      checkedInAt: now,
      checkedInBy: staff.accountId,
    });
    if (!updated) throw new AppError('CONFLICT');
    return { row, checkedInAt: now, already: false };
  });
  const { row } = result;
  if (!result.already) {
    await publishAfterCommit(
      ctx,
      live.seeker(row.seekerAccountId, { type: 'campus-signups.changed', data: { signupId: row.id } }),
      live.university(staff.universityId, {
        type: 'checkins.changed',
        data: { presentationId: row.presentationId },
      }),
    );
  }
  const checkedIn = await countCheckedIn(ctx.db, [row.presentationId]);
  return {
    signupId: row.id,
    alreadyCheckedIn: result.already,
    checkedInAt: result.checkedInAt.toISOString(),
    studentName: maskName(row.studentName),
    presentation: { id: row.presentationId, title: row.presentationTitle },
    checkedInCount: checkedIn.get(row.presentationId) ?? 0,
    signupCount: row.signupCount,
  };
}
