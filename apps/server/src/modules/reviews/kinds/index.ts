import type { ReviewKind as ReviewKindCode } from '@openrecruit/shared';
import type { z } from 'zod';
import type { ReviewKindDefinition } from '../review-kind';
import { adminApplicationKind } from './admin-application';
import { brochureKind } from './brochure';
import { cloudPresentationKind } from './cloud-presentation';
import { invoiceKind } from './invoice';
import { jobFairRegistrationKind } from './job-fair-registration';
import { newCompanyKind } from './new-company';
import { presentationKind } from './presentation';
import { universityEntryKind } from './university-entry';
import { verificationChangeKind } from './verification-change';
import { videoFairRegistrationKind } from './video-fair-registration';

// Every review kind, once. Adding a kind: one file in this folder, one line here, and its code in
// REVIEW_KINDS (packages/shared/src/schemas/reviews.ts).

export const reviewKinds = {
  new_company: newCompanyKind,
  admin_application: adminApplicationKind,
  verification_change: verificationChangeKind,
  university_entry: universityEntryKind,
  job_fair_registration: jobFairRegistrationKind,
  presentation: presentationKind,
  brochure: brochureKind,
  invoice: invoiceKind,
  cloud_presentation: cloudPresentationKind,
  video_fair_registration: videoFairRegistrationKind,
} as const satisfies Record<ReviewKindCode, { code: ReviewKindCode }>;

/** What `submitReviewRequest` takes as the payload of a kind. */
export type ReviewPayloadInput<Kind extends ReviewKindCode> = z.input<(typeof reviewKinds)[Kind]['payload']>;

/** A kind's definition, for the engine that handles every kind alike. */
export function reviewKindOf(code: ReviewKindCode): ReviewKindDefinition {
  return reviewKinds[code] as unknown as ReviewKindDefinition;
}
