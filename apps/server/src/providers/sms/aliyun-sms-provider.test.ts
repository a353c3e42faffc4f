import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AliyunSmsProvider, percentEncode, signAliyunRpc } from './aliyun-sms-provider';

/**
 * A local fake of dysmsapi: it recomputes the RPC v1 signature from the query it receives, as the
 * real service does, and answers like it (Code OK, or SignatureDoesNotMatch / isv.* errors).
 */
function startFakeDysmsapi(secret: string) {
  const received: Record<string, string>[] = [];
  const server = http.createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://fake');
    const params = Object.fromEntries(url.searchParams);
    received.push(params);
    const { Signature, ...signed } = params;
    const body =
      Signature !== signAliyunRpc(signed, secret)
        ? {
            Code: 'SignatureDoesNotMatch',
            Message: 'Specified signature is not matched with our calculation.',
          }
        : !/^1[3-9]\d{9}$/.test(params.PhoneNumbers ?? '')
          ? { Code: 'isv.MOBILE_NUMBER_ILLEGAL', Message: '非法手机号' }
          : {
              Code: 'OK',
              Message: 'OK',
              BizId: '900619746936498440^0',
              RequestId: 'F655A8D5-B967-440B-8683-DAD6FF8DE990',
            };
    response.writeHead(body.Code === 'OK' ? 200 : 400, { 'content-type': 'application/json' });
    response.end(JSON.stringify(body));
  });
  return { server, received };
}

describe('AliyunSmsProvider against a local fake of dysmsapi', () => {
  const fake = startFakeDysmsapi('testsecret');
  let endpoint = '';
  beforeAll(async () => {
    await new Promise<void>((resolve) => fake.server.listen(0, '127.0.0.1', resolve));
    endpoint = `http://127.0.0.1:${(fake.server.address() as AddressInfo).port}/`;
  });
  afterAll(() => new Promise<void>((resolve) => fake.server.close(() => resolve())));

  const provider = (secret: string) =>
    new AliyunSmsProvider({
      endpoint,
      accessKeyId: 'testid',
      accessKeySecret: secret,
      signName: '开放招聘',
      templateCode: 'SMS_000001',
      now: () => new Date('2026-11-21T08:00:00.123Z'),
    });

  it('sends a signed SendSms request with the template parameters', async () => {
    await provider('testsecret').send({
      mobile: '13800138000',
      text: '【开放招聘】验证码123456',
      templateParams: { code: '123456' },
    });
    const sent = fake.received.at(-1)!;
    expect(sent).toMatchObject({
      Action: 'SendSms',
      Version: '2017-05-25',
      PhoneNumbers: '13800138000',
      SignName: '开放招聘',
      TemplateCode: 'SMS_000001',
      TemplateParam: '{"code":"123456"}',
      SignatureMethod: 'HMAC-SHA1',
      SignatureVersion: '1.0',
      Timestamp: '2026-11-21T08:00:00Z',
    });
  });

  it('reports the provider error when the signature or number is refused', async () => {
    await expect(
      provider('wrong').send({ mobile: '13800138000', text: 'x', templateParams: { code: '1' } }),
    ).rejects.toThrow('SignatureDoesNotMatch');
    await expect(
      provider('testsecret').send({ mobile: '12000000000', text: 'x', templateParams: { code: '1' } }),
    ).rejects.toThrow('isv.MOBILE_NUMBER_ILLEGAL');
  });

  it("reproduces the signature of Alibaba Cloud's published RPC signing example", () => {
    const documented = {
      AccessKeyId: 'testid',
      Action: 'DescribeRegions',
      Format: 'XML',
      SignatureMethod: 'HMAC-SHA1',
      SignatureNonce: '3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf',
      SignatureVersion: '1.0',
      Timestamp: '2016-02-23T12:46:24Z',
      Version: '2014-05-26',
    };
    expect(signAliyunRpc(documented, 'testsecret')).toBe('OLeaidS1JvxuMvnyHOwuJ+uX5qY=');
  });

  it('encodes as the RPC signature requires (RFC 3986, ~ kept, * encoded)', () => {
    expect(percentEncode("a b*~!'()")).toBe('a%20b%2A~%21%27%28%29');
  });
});
