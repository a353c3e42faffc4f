import { randomUUID } from 'node:crypto';
import type { AppContext } from '../../context';
import { AppError } from '../../lib/app-error';
import { enforceRateLimit } from '../../lib/rate-limit';
import { sha256Hex } from '../../lib/tokens';
import { attemptCaptchaChallenge, insertCaptchaChallenge } from './captcha-challenges.repository';
import { drawCaptcha, newCaptchaText } from './captcha-image';

export const CAPTCHA = {
  ttlMinutes: 5,
  maxAttempts: 3,
  issuePerIpPerMinute: 30,
} as const;

const answerHash = (id: string, answer: string) => sha256Hex(`${answer.trim().toLowerCase()}:${id}`);

/**
 * A new picture captcha, valid 5 minutes. `answer` is for tests and server-side callers only; the
 * route sends the id and the image.
 */
export async function issueCaptcha(ctx: AppContext, options: { ip: string }) {
  await enforceRateLimit(
    ctx.db,
    `captcha-ip:${options.ip}`,
    { limit: CAPTCHA.issuePerIpPerMinute, windowSeconds: 60 },
    '图形验证码刷新过于频繁',
  );
  const id = randomUUID();
  const answer = newCaptchaText();
  await insertCaptchaChallenge(ctx.db, {
    id,
    answerHash: answerHash(id, answer),
    expiresAt: new Date(Date.now() + CAPTCHA.ttlMinutes * 60_000),
  });
  ctx.devTools?.captchas.record(id, answer);
  return { captchaId: id, image: drawCaptcha(answer), answer };
}

/**
 * Checks the answer, case-insensitively. A right answer uses the captcha up; three wrong ones spoil
 * it. Either failure asks for a new picture, as the page then refreshes it.
 */
export async function checkCaptcha(ctx: AppContext, options: { captchaId: string; answer: string }) {
  const right = await attemptCaptchaChallenge(ctx.db, {
    id: options.captchaId,
    answerHash: answerHash(options.captchaId, options.answer),
    maxAttempts: CAPTCHA.maxAttempts,
  });
  if (!right) {
    throw AppError.fieldError('captcha', '图形验证码错误或已过期，请刷新后重试', 'CAPTCHA_INVALID');
  }
}
