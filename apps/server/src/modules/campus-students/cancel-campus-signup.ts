import { live, type MyCampusSignup } from '@openrecruit/shared';
import type { AppContext } from '../../context';
import { AppError } from '../../lib/app-error';
import { publishAfterCommit } from '../../lib/publish-after-commit';
import { requireFound, type SeekerCaller } from '../../plugins/access';
import {
  findApprovedPresentation,
  findOwnSignup,
  lockOwnSignup,
  releaseSeat,
  updateSignupState,
} from './campus-students.repository';
import { mapMySignup } from './map-campus';
import { signupMachine, storedSignupState } from './signup-machine';

export interface CancelCampusSignupOptions {
  seeker: SeekerCaller;
  signupId: string;
}

const SIGNUP_NOT_FOUND = '报名记录不存在';

/** 取消报名 before the presentation starts: the seat is freed for another student. */
export async function cancelCampusSignup(
  ctx: AppContext,
  options: CancelCampusSignupOptions,
): Promise<MyCampusSignup> {
  const { seeker } = options;
  const now = new Date();
  const signup = await ctx.db.transaction(async (tx) => {
    const row = requireFound(await lockOwnSignup(tx, options.signupId, seeker.accountId), SIGNUP_NOT_FOUND);
    signupMachine.advance(storedSignupState(row), 'cancel');
    if (!row.startsAt || row.startsAt <= now) {
      throw new AppError('PRESENTATION_SIGNUP_CLOSED', '宣讲会已开始，不能取消报名');
    }
    const cancelled = await updateSignupState(tx, row.id, signupMachine.sources('cancel'), {
      cancelledAt: now,
    });
    if (!cancelled) throw new AppError('CONFLICT');
    await releaseSeat(tx, row.presentationId);
    return row;
  });
  const presentation = await findApprovedPresentation(ctx.db, signup.presentationId);
  await publishAfterCommit(
    ctx,
    live.seeker(seeker.accountId, { type: 'campus-signups.changed', data: { signupId: signup.id } }),
    ...(presentation
      ? [
          live.university(presentation.universityId, {
            type: 'checkins.changed',
            data: { presentationId: signup.presentationId },
          }),
        ]
      : []),
  );
  return mapMySignup(requireFound(await findOwnSignup(ctx.db, signup.id, seeker.accountId)), now);
}
