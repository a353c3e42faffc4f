import type { AppContext } from '../../context';
import type { SeekerCaller } from '../../plugins/access';
import { findOwnSeeker } from './find-own-seeker';
import { sendSmsCode } from './send-sms-code';

export interface SendPasswordChangeCodeOptions {
  seeker: SeekerCaller;
  ip: string;
}

/** Seed 000 §八.2, route 短信验证码: a code to the mobile registered at sign-up. */
export async function sendPasswordChangeCode(ctx: AppContext, options: SendPasswordChangeCodeOptions) {
  const seeker = await findOwnSeeker(ctx.db, options.seeker);
  return sendSmsCode(ctx, {
    purpose: 'seeker_password',
    mobile: ctx.cipher.decrypt(seeker.mobileEnc),
    ip: options.ip,
  });
}
