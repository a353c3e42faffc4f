import type { FastifyPluginAsync } from 'fastify';
import { z } from 'zod';

/**
 * The embedded development setup's captcha log, like the SMS outbox at /dev/sms: the answers of the
 * most recent picture captchas, so browser tests and developers can get past the captcha. It exists
 * only while SMS goes to the local outbox (no real providers configured); it is kept in the
 * process's memory because that setup is one process.
 */
export class DevCaptchaLog {
  private readonly answers = new Map<string, string>();

  record(captchaId: string, answer: string) {
    this.answers.set(captchaId, answer);
    // Keep the newest 500: a Map iterates in insertion order.
    for (const oldest of this.answers.keys()) {
      if (this.answers.size <= 500) break;
      this.answers.delete(oldest);
    }
  }

  answerOf(captchaId: string): string | undefined {
    return this.answers.get(captchaId);
  }
}

export const devCaptchaRoutes: FastifyPluginAsync = async (app) => {
  app.get<{ Params: { captchaId: string } }>(
    '/dev/captcha/:captchaId',
    { schema: { hide: true } },
    async (request, reply) => {
      const answer = app.ctx.devTools?.captchas.answerOf(z.string().parse(request.params.captchaId));
      if (!answer) return reply.status(404).send({ code: 'NOT_FOUND', message: '没有这个图形验证码' });
      return { captchaId: request.params.captchaId, answer };
    },
  );
};
