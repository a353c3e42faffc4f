// Moved: the two use cases live in send-sms-code.ts and check-sms-code.ts. This file only keeps the
// imports of employer-onboarding and employer-registration working until they import those files.
export { checkSmsCode } from './check-sms-code';
export { SMS_CODE, type SmsCodePurpose, sendSmsCode } from './send-sms-code';
