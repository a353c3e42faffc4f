import type { Executor } from '../../db/client';
import { AppError } from '../../lib/app-error';
import { approvePendingVersion, lockPublication, rejectPendingVersion } from './brochures.repository';
import { publicationMachine, slotOf } from './publication-machine';

// The `brochure` review kind's hooks (modules/reviews/kinds/brochure.ts), in the deciding
// transaction: the publication changes only while the request's version is still the pending one.

export interface BrochureVersionDecision {
  brochureId: string;
  universityId: string;
  versionId: string;
}

/** Approved: the version becomes the one the university shows (the older approved one is replaced). */
export async function approveBrochureVersion(tx: Executor, decision: BrochureVersionDecision, at: Date) {
  const publication = await lockPublication(tx, decision.brochureId, decision.universityId);
  if (!publication || slotOf(publication) === 'withdrawn') throw new AppError('BROCHURE_WITHDRAWN');
  publicationMachine.advance(slotOf(publication), 'approve');
  const updated = await approvePendingVersion(tx, decision, at);
  if (!updated) throw new AppError('INVALID_STATE', '该版本已不在审核中');
}

/** Rejected: the reason shows as 未通过; an approved version stays shown. A withdrawn one: nothing to do. */
export async function rejectBrochureVersion(tx: Executor, decision: BrochureVersionDecision, reason: string) {
  const publication = await lockPublication(tx, decision.brochureId, decision.universityId);
  if (!publication || slotOf(publication) !== 'pending') return;
  await rejectPendingVersion(tx, decision, reason);
}
