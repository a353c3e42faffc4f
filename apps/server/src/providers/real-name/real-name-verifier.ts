import type { RealNameRoute } from '@openrecruit/shared';

export interface RealNameClaim {
  route: RealNameRoute;
  name: string;
  idNumber: string;
  mobile: string;
  bankCard: string;
}

export type RealNameOutcome =
  | { passed: true; warnings: string[] }
  | { passed: false; reason: string; field?: keyof RealNameClaim };

/**
 * Real-name verification (seed 000 §一.2: bank card, Alipay or face). A production verifier asks
 * the bank / Alipay / a face service that the person is who they claim; `notice` is shown to the
 * person so they know what was and was not checked.
 */
export interface RealNameVerifier {
  readonly name: string;
  readonly notice: string;
  verify(claim: RealNameClaim): Promise<RealNameOutcome>;
}
