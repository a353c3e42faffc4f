import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/build-test-app';
import {
  createApplicant,
  createSignedInEmployer,
  createTestCompany,
  createTestJob,
} from '../../../test/factories';
import { multipart } from '../../../test/factories/onboarding';
import { TestClient } from '../../../test/http-client';
import { makeJpegHeader } from '../../../test/images';
import { accounts, storedFiles } from '../../db/schema';
import { encodePng } from '../../db/seed/png-image';

const solidPng = (width: number, height: number) => encodePng(width, height, () => [74, 74, 74]);

describe('[EMPLOYER] 个人资料 (seed 002 账号设置 > 个人资料)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp();
  });
  afterAll(() => t.close());

  const upload = (client: TestClient, data: Buffer, name = 'a.png', type = 'image/png') => {
    const { payload, headers } = multipart(data, name, type);
    return client.post('/api/employer/account/avatar', payload, headers);
  };

  it('reads and saves 姓名, 昵称, 部门; refuses a bad nickname and changes nothing', async () => {
    const company = await createTestCompany(t.app.ctx.db);
    const { client, account } = await createSignedInEmployer(t.app, company.id);

    const before = await client.get('/api/employer/account/profile');
    expect(before.status).toBe(200);
    expect(before.body).toMatchObject({
      name: account.displayName,
      nickname: '',
      department: '',
      avatarUrl: null,
    });

    const saved = await client.request('PUT', '/api/employer/account/profile', {
      name: '陈小红',
      nickname: '陈经理',
      department: '人力资源部',
    });
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({ name: '陈小红', nickname: '陈经理', department: '人力资源部' });

    for (const [nickname, reason] of [
      ['', '请输入昵称'],
      ['招聘'.repeat(11), '昵称不能超过20个字'],
      ['<b>陈</b>', '昵称只能包含中文、字母、数字、空格和·._-'],
      ['陈13800138000', '昵称不能包含电话号码'],
    ] as const) {
      const bad = await client.request('PUT', '/api/employer/account/profile', {
        name: '陈小红',
        nickname,
        department: '',
      });
      expect(bad.status).toBe(400);
      expect(bad.body.code).toBe('VALIDATION_FAILED');
      expect(JSON.stringify(bad.body)).toContain(reason);
    }
    const [row] = await t.database.db.select().from(accounts).where(eq(accounts.id, account.id));
    expect(row).toMatchObject({ displayName: '陈小红', nickname: '陈经理', department: '人力资源部' });
  });

  it('takes a JPG or PNG avatar, replaces the old file, and shows it to the same company only', async () => {
    const company = await createTestCompany(t.app.ctx.db);
    const { client, account } = await createSignedInEmployer(t.app, company.id);
    const colleague = await createSignedInEmployer(t.app, company.id);
    const other = await createSignedInEmployer(t.app, (await createTestCompany(t.app.ctx.db)).id);

    const first = await upload(client, makeJpegHeader(200, 200), '头像.jpg', 'image/jpeg');
    expect(first.status).toBe(200);
    const firstUrl = first.body.avatarUrl as string;
    expect(firstUrl).toMatch(/^\/api\/employer\/account\/avatar\/[0-9a-f-]{36}$/);

    const png = solidPng(32, 32);
    const second = await upload(client, png);
    expect(second.status).toBe(200);
    const url = second.body.avatarUrl as string;
    expect(url).not.toBe(firstUrl);
    const [row] = await t.database.db.select().from(accounts).where(eq(accounts.id, account.id));
    const [file] = await t.database.db
      .select()
      .from(storedFiles)
      .where(eq(storedFiles.id, row!.avatarFileId!));
    expect(file).toMatchObject({ ownerAccountId: account.id, contentType: 'image/png', size: png.length });
    // The replaced file is gone, for everyone.
    expect((await client.get(firstUrl)).status).toBe(404);
    const firstId = firstUrl.split('/').pop()!;
    expect(await t.database.db.select().from(storedFiles).where(eq(storedFiles.id, firstId))).toHaveLength(0);

    const mine = await client.get(url);
    expect(mine.status).toBe(200);
    expect(mine.headers['content-type']).toBe('image/png');
    expect((await colleague.client.get(url)).status).toBe(200);
    const stranger = await other.client.get(url);
    expect(stranger.status).toBe(404);
    expect(stranger.body.code).toBe('NOT_FOUND');
    expect((await other.client.get('/api/employer/account/profile')).body.avatarUrl).toBeNull();

    // The console header reads it from the session.
    expect((await client.get('/api/auth/employer/session')).body.account.avatarUrl).toBe(url);
  });

  it('refuses a wrong type, an oversized file or a picture of absurd dimensions, and keeps the avatar', async () => {
    const company = await createTestCompany(t.app.ctx.db);
    const { client, account } = await createSignedInEmployer(t.app, company.id);
    const kept = (await upload(client, solidPng(16, 16))).body.avatarUrl;

    const pdf = await upload(client, Buffer.from('%PDF-1.4 hello'), 'a.pdf', 'application/pdf');
    expect(pdf.status).toBe(400);
    expect(pdf.body).toMatchObject({ code: 'FILE_TYPE_NOT_ALLOWED', message: '头像只能上传JPG或PNG图片' });

    // Named and typed as a PNG, but it is text.
    const fake = await upload(client, Buffer.from('not a picture at all'), 'fake.png');
    expect(fake.body.code).toBe('FILE_TYPE_NOT_ALLOWED');

    const tooLarge = await upload(client, Buffer.concat([solidPng(16, 16), Buffer.alloc(2 * 1024 * 1024)]));
    expect(tooLarge.status).toBe(413);
    expect(tooLarge.body).toMatchObject({ code: 'FILE_TOO_LARGE', message: '头像图片不能超过2MB' });

    const huge = await upload(
      client,
      encodePng(5000, 1, () => [0, 0, 0]),
    );
    expect(huge.status).toBe(400);
    expect(huge.body).toMatchObject({
      code: 'IMAGE_DIMENSIONS_INVALID',
      message: '头像尺寸不能超过4096×4096像素',
    });
    const broken = await upload(client, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]));
    expect(broken.body.code).toBe('IMAGE_UNREADABLE');

    const noFile = await client.post('/api/employer/account/avatar', {});
    expect(noFile.status).toBe(400);

    const [row] = await t.database.db.select().from(accounts).where(eq(accounts.id, account.id));
    expect(`/api/employer/account/avatar/${row!.avatarFileId}`).toBe(kept);
    const files = await t.database.db
      .select()
      .from(storedFiles)
      .where(eq(storedFiles.ownerAccountId, account.id));
    expect(files).toHaveLength(1);
  });

  it('seekers see the nickname (or 招聘负责人), never the name, on replies', async () => {
    const company = await createTestCompany(t.app.ctx.db);
    const job = await createTestJob(t.app.ctx.db, { companyId: company.id });
    const named = await createSignedInEmployer(t.app, company.id);
    const unnamed = await createSignedInEmployer(t.app, company.id);
    await named.client.request('PUT', '/api/employer/account/profile', {
      name: '周真名',
      nickname: '周老师',
      department: '',
    });
    const seeker = await createApplicant(t.app);
    const applied = await seeker.client.post('/api/seeker/applications', { jobId: job.id });
    expect(applied.status).toBe(200);
    const applicationId = applied.body.application.id as string;
    const sent = await named.client.post(`/api/employer/applications/${applicationId}/messages`, {
      body: '您好',
    });
    expect(sent.status).toBe(200);
    expect(
      (
        await unnamed.client.post(`/api/employer/applications/${applicationId}/messages`, {
          body: '请来面试',
        })
      ).status,
    ).toBe(200);

    const conversation = await seeker.client.get(`/api/seeker/applications/${applicationId}/conversation`);
    expect(conversation.status).toBe(200);
    const replies = conversation.body.messages.filter((m: { from: string }) => m.from === 'employer');
    expect(replies.map((m: { senderName: string }) => m.senderName)).toEqual(['周老师', '招聘负责人']);
    expect(JSON.stringify(conversation.body)).not.toContain('周真名');
    expect(JSON.stringify(conversation.body)).not.toContain(unnamed.account.displayName);
  });

  it('needs an employer session', async () => {
    const anonymous = new TestClient(t.app, '192.0.2.250');
    expect((await anonymous.get('/api/employer/account/profile')).status).toBe(401);
  });
});
