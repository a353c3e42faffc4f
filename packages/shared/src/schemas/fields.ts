import { z } from 'zod';
import {
  checkSeekerPassword,
  checkStaffPassword,
  parseBankCard,
  parseMobile,
  parseResidentId,
  type Validation,
} from '../validators';

/** Turns a validator into a zod field: the validator's Chinese reason becomes the field's message. */
export function validatedField<T>(parse: (input: string) => Validation<T>, pick: (value: T) => string) {
  return z
    .string()
    .trim()
    .transform((input, ctx) => {
      const result = parse(input);
      if (!result.ok) {
        ctx.addIssue({ code: 'custom', message: result.reason, params: { code: result.code } });
        return z.NEVER;
      }
      return pick(result.value);
    });
}

// 16 is the legal minimum working age (劳动法 第十五条; reference §11).
export const MINIMUM_SEEKER_AGE = 16;

export const PersonName = z
  .string()
  .trim()
  .min(1, '请输入姓名')
  .max(30, '姓名不能超过30个字')
  .regex(/^(?:[\u3400-\u9fff]+(?:[·•][\u3400-\u9fff]+)*|[A-Za-z][A-Za-z .'-]*)$/, '请输入证件上的真实姓名');

export const ResidentIdNumber = validatedField(
  (input) => parseResidentId(input, { minAge: MINIMUM_SEEKER_AGE }),
  (value) => value.normalized,
);

export const MobileNumber = validatedField(parseMobile, (value) => value.normalized);

export const BankCardNumber = validatedField(parseBankCard, (value) => value.normalized);

/** Seed 000 §一.3: the seeker's password can only be 6 digits. Weak-pattern checks need the ID: server side. */
export const SeekerPassword = z.string().regex(/^\d{6}$/, '密码只能是6位数字');

export const StaffPassword = z.string().transform((input, ctx) => {
  const result = checkStaffPassword(input);
  if (!result.ok) {
    ctx.addIssue({ code: 'custom', message: result.reason });
    return z.NEVER;
  }
  return input;
});

export { checkSeekerPassword };
