import { randomUUID } from 'node:crypto';
import { live, type MyCampusSignup } from '@openrecruit/shared';
import type { AppContext } from '../../context';
import { AppError } from '../../lib/app-error';
import { publishAfterCommit } from '../../lib/publish-after-commit';
import { requireFound, type SeekerCaller } from '../../plugins/access';
import {
  claimSeat,
  findApprovedPresentation,
  findOwnSignup,
  findSeekerSignups,
  insertSignup,
  updateSignupState,
} from './campus-students.repository';
import { checkinCodeOf, checkinTokenHash } from './checkin-code';
import { PRESENTATION_NOT_FOUND } from './get-campus-presentation';
import { mapMySignup } from './map-campus';
import { signupMachine, storedSignupState } from './signup-machine';
import { findStudentUniversity } from './student-university';

export interface SignUpForPresentationOptions {
  seeker: SeekerCaller;
  presentationId: string;
}

/**
 * 报名: a student of the presentation's university takes a seat. The seat is one guarded UPDATE of
 * the presentation's count (`signup_count < capacity`, approved, not started), so 30 students at
 * once for 5 seats get exactly 5; the sign-up row follows in the same transaction (one per student:
 * the unique index), and a refusal rolls the seat back. A cancelled sign-up is taken up again.
 */
export async function signUpForPresentation(
  ctx: AppContext,
  options: SignUpForPresentationOptions,
): Promise<MyCampusSignup> {
  const { seeker } = options;
  const university = await findStudentUniversity(ctx.db, seeker.accountId);
  const now = new Date();
  const signupId = await ctx.db.transaction(async (tx) => {
    const presentation = requireFound(
      await findApprovedPresentation(tx, options.presentationId),
      PRESENTATION_NOT_FOUND,
    );
    if (university?.id !== presentation.universityId) {
      throw new AppError(
        'PRESENTATION_NOT_FOR_STUDENT',
        `仅${presentation.universityName}的在读学生可以报名`,
      );
    }
    const [existing] = await findSeekerSignups(tx, seeker.accountId, [presentation.id]);
    if (existing) signupMachine.advance(storedSignupState(existing), 'sign_up');
    if (!(await claimSeat(tx, presentation.id, now))) {
      throw presentation.startsAt! <= now
        ? new AppError('PRESENTATION_SIGNUP_CLOSED', '宣讲会已开始，不能再报名')
        : new AppError('PRESENTATION_FULL');
    }
    if (existing) {
      const reopened = await updateSignupState(tx, existing.id, signupMachine.sources('sign_up'), {
        cancelledAt: null,
      });
      if (!reopened) throw new AppError('PRESENTATION_ALREADY_SIGNED_UP');
      return reopened.id;
    }
    const id = randomUUID();
    const inserted = await insertSignup(tx, {
      id,
      presentationId: presentation.id,
      seekerAccountId: seeker.accountId,
      checkinTokenHash: checkinTokenHash(checkinCodeOf(ctx.cipher, id)),
    });
    // A concurrent sign-up of the same student won the unique index: this seat is rolled back.
    if (!inserted) throw new AppError('PRESENTATION_ALREADY_SIGNED_UP');
    return inserted.id;
  });
  const row = requireFound(await findOwnSignup(ctx.db, signupId, seeker.accountId));
  await publishAfterCommit(
    ctx,
    live.seeker(seeker.accountId, { type: 'campus-signups.changed', data: { signupId } }),
    live.university(university!.id, {
      type: 'checkins.changed',
      data: { presentationId: row.presentationId },
    }),
  );
  return mapMySignup(row, now);
}
