import {
  checkSeekerPassword,
  maskBankCard,
  maskIdNumber,
  maskMobile,
  parseResidentId,
  surnameOf,
} from '@openrecruit/shared';
import type { AppContext } from '../../context';
import { AppError } from '../../lib/app-error';
import { hashPassword } from '../../lib/password-hash';
import { isUniqueViolation } from '../../lib/pg-errors';
import { householdRegistrationOf } from '../seekers/household-registration';
import { insertSeekerAccount } from './accounts.repository';
import { recordSecurityEvent } from './security-events';
import type { RegistrationClaim } from './start-seeker-registration';
import { consumeTicket, peekTicket } from './tickets.repository';

export interface CompleteSeekerRegistrationOptions {
  ticket: string;
  password: string;
  ip: string;
}

/** Refuses a 6-digit password that is easy to guess from the person's own ID number. */
export function assertSeekerPasswordStrength(password: string, idNumber: string) {
  const id = parseResidentId(idNumber);
  const result = checkSeekerPassword(password, {
    idNumber,
    birthDate: id.ok ? id.value.birthDate : undefined,
  });
  if (!result.ok) throw AppError.fieldError('password', result.reason);
}

/** Seed 000 §一.3, second half: the 6-digit password, entered twice, creates the account. */
export async function completeSeekerRegistration(
  ctx: AppContext,
  options: CompleteSeekerRegistrationOptions,
) {
  const pending = await peekTicket(ctx.db, 'seeker_registration', options.ticket);
  if (!pending?.payloadEnc) throw new AppError('REGISTRATION_EXPIRED');
  const claim = JSON.parse(ctx.cipher.decrypt(pending.payloadEnc)) as RegistrationClaim & {
    verifier: string;
  };
  assertSeekerPasswordStrength(options.password, claim.idNumber);
  const passwordHash = await hashPassword(options.password);
  const id = parseResidentId(claim.idNumber);
  if (!id.ok) throw new AppError('REGISTRATION_EXPIRED');

  const accountId = await ctx.db
    .transaction(async (tx) => {
      if (!(await consumeTicket(tx, 'seeker_registration', options.ticket)))
        throw new AppError('REGISTRATION_EXPIRED');
      return insertSeekerAccount(tx, {
        account: { displayName: claim.name, passwordHash },
        seeker: {
          name: claim.name,
          idType: 'resident_id',
          idNumberEnc: ctx.cipher.encrypt(claim.idNumber),
          idNumberHash: ctx.cipher.lookupHash('id', claim.idNumber),
          idNumberMasked: maskIdNumber(claim.idNumber),
          birthDate: id.value.birthDate,
          sex: id.value.sex,
          householdRegistration: householdRegistrationOf(id.value),
          mobileEnc: ctx.cipher.encrypt(claim.mobile),
          mobileHash: ctx.cipher.lookupHash('mobile', claim.mobile),
          mobileMasked: maskMobile(claim.mobile),
          bankCardEnc: ctx.cipher.encrypt(claim.bankCard),
          bankCardHash: ctx.cipher.lookupHash('bank_card', claim.bankCard),
          bankCardMasked: maskBankCard(claim.bankCard),
          verificationRoute: claim.route,
          verificationProvider: claim.verifier,
          verifiedAt: pending.createdAt,
        },
      });
    })
    .catch((error: unknown) => {
      if (isUniqueViolation(error))
        throw AppError.fieldError('idNumber', '该身份证号已注册，请直接登录', 'ID_ALREADY_REGISTERED');
      throw error;
    });
  await recordSecurityEvent(ctx, {
    kind: 'seeker_registered',
    accountId,
    ip: options.ip,
    detail: { route: claim.route },
  });
  return { idNumberMasked: maskIdNumber(claim.idNumber), surname: surnameOf(claim.name) };
}
