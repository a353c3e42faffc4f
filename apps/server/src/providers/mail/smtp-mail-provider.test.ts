import type { AddressInfo } from 'node:net';
import { type ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MailDeliveryError } from './mail-provider';
import { SmtpMailProvider } from './smtp-mail-provider';

// A real SMTP server on a random local port that requires a login, and what arrives parsed back.
describe('the SMTP mail provider', () => {
  const received: ParsedMail[] = [];
  let server: SMTPServer;
  let port: number;

  beforeAll(async () => {
    server = new SMTPServer({
      logger: false,
      authOptional: false,
      // Plain SMTP on the loopback: no certificate to make, the login still required.
      allowInsecureAuth: true,
      disabledCommands: ['STARTTLS'],
      onAuth(auth, _session, callback) {
        if (auth.username === 'mailer' && auth.password === 's3cret') callback(null, { user: 'mailer' });
        else callback(new Error('Invalid username or password'));
      },
      onData(stream, _session, callback) {
        simpleParser(stream).then(
          (mail) => {
            received.push(mail);
            callback();
          },
          (error: Error) => callback(error),
        );
      },
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.server.address() as AddressInfo).port;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const from = '开放招聘 <noreply@example.com>';

  it('delivers the subject, the text, the sender and a PDF attachment byte for byte', async () => {
    const pdf = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.from([0, 1, 2, 255, 254, 10, 13])]);
    const mail = new SmtpMailProvider({ url: `smtp://mailer:s3cret@127.0.0.1:${port}`, from });
    await mail.send({
      to: 'zhang.san@example.com',
      subject: '开放招聘 电子发票',
      text: '您好：\n您申请的发票已开具，见附件。',
      attachments: [{ filename: '电子发票.pdf', contentType: 'application/pdf', content: pdf }],
    });
    expect(received).toHaveLength(1);
    const arrived = received[0]!;
    expect(arrived.subject).toBe('开放招聘 电子发票');
    expect(arrived.text?.trim()).toBe('您好：\n您申请的发票已开具，见附件。');
    expect(arrived.from?.value).toEqual([{ name: '开放招聘', address: 'noreply@example.com' }]);
    expect(arrived.attachments).toHaveLength(1);
    expect(arrived.attachments[0]).toMatchObject({
      filename: '电子发票.pdf',
      contentType: 'application/pdf',
    });
    expect(Buffer.compare(arrived.attachments[0]!.content, pdf)).toBe(0);
  });

  it('refuses a wrong password with a MailDeliveryError that says so and repeats no secret', async () => {
    const mail = new SmtpMailProvider({ url: `smtp://mailer:wrong@127.0.0.1:${port}`, from });
    const sending = mail.send({ to: 'li.si@example.com', subject: '电子发票', text: '见附件' });
    await expect(sending).rejects.toBeInstanceOf(MailDeliveryError);
    const error = (await sending.catch((e: unknown) => e)) as MailDeliveryError;
    expect(error.message).toMatch(/^邮件服务器拒绝登录，请检查 SMTP_URL 中的用户名和密码/);
    expect(error.message).not.toContain('wrong');
    expect(error.message).not.toContain('li.si@example.com');
  });

  it('reports a server that is not there as a MailDeliveryError', async () => {
    const closed = new SMTPServer({ logger: false });
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const closedPort = (closed.server.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const mail = new SmtpMailProvider({ url: `smtp://mailer:s3cret@127.0.0.1:${closedPort}`, from });
    const error = await mail
      .send({ to: 'li.si@example.com', subject: '电子发票', text: '见附件' })
      .catch((e) => e);
    expect(error).toBeInstanceOf(MailDeliveryError);
    expect(error.message).toMatch(/^无法连接邮件服务器，请检查 SMTP_URL 的地址和端口/);
  });
});
