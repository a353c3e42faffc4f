import { defineMachine } from '../../lib/state-machine';

/**
 * A brochure's review slot at one university (brochure_publications.pending_version_id): free, or
 * one version pending (one review at a time: 该简章在该校审核中), or withdrawn with the brochure.
 * What students see is the approved version, kept through every later submission and rejection;
 * the console's label (未发布/审核中/已发布/已发布·新版本审核中/未通过) is derived in map-brochure.ts.
 */
export const publicationMachine = defineMachine({
  name: 'brochure publication',
  states: ['free', 'pending', 'withdrawn'],
  transitions: {
    /** 发布: a new version goes to review (the UPDATE is guarded with pending_version_id IS NULL). */
    submit: { from: ['free', 'withdrawn'], to: 'pending' },
    /** The review decided (guarded with pending_version_id = the request's version). */
    approve: { from: ['pending'], to: 'free' },
    reject: { from: ['pending'], to: 'free' },
    /** 删除 the brochure. */
    withdraw: { from: ['free', 'pending'], to: 'withdrawn' },
  },
  refusalCode: (_state, event) => (event === 'submit' ? 'BROCHURE_PENDING' : 'INVALID_STATE'),
});

export type PublicationSlot = (typeof publicationMachine.states)[number];

export function slotOf(row: { pendingVersionId: string | null; withdrawnAt: Date | null }): PublicationSlot {
  if (row.withdrawnAt) return 'withdrawn';
  return row.pendingVersionId ? 'pending' : 'free';
}
