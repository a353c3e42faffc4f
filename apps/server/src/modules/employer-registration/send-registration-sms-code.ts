import type { AppContext } from '../../context';
import { sendSmsCode } from '../identity/send-sms-code';
import { checkCaptcha } from './captcha';

export interface SendRegistrationSmsCodeOptions {
  mobile: string;
  captchaId: string;
  captcha: string;
  ip: string;
}

/** Seed 002 步骤二: 获取验证码 only after the 图形验证码 is right, so the SMS cannot be sprayed by a bot. */
export async function sendRegistrationSmsCode(ctx: AppContext, options: SendRegistrationSmsCodeOptions) {
  await checkCaptcha(ctx, { captchaId: options.captchaId, answer: options.captcha });
  return sendSmsCode(ctx, { purpose: 'employer_registration', mobile: options.mobile, ip: options.ip });
}
