import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../test/build-test-app';
import { createSignedInEmployer, createTestCompany } from '../../test/factories';
import { TestClient } from '../../test/http-client';

// Issue 10, defects 1-3: bad input is a 400 naming the field, never a 500, and changes nothing.

describe('bad input', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp();
  });
  afterAll(() => t.close());

  it('a NUL character is a 400 naming the field, also on the staff logins without a session', async () => {
    for (const area of ['ops', 'employer', 'university', 'centre']) {
      const response = await new TestClient(t.app).post(`/api/auth/${area}/login`, {
        account: 'a\u0000',
        password: 'x',
      });
      expect(response.status, area).toBe(400);
      expect(response.body).toMatchObject({
        code: 'VALIDATION_FAILED',
        details: { fields: [{ field: 'account' }] },
      });
    }
    const search = await new TestClient(t.app).get(`/api/jobs?keyword=${encodeURIComponent('技\u0000工')}`);
    expect(search.status).toBeLessThan(500);
  });

  it('a year-0000 date is a 400 and no to-do is created', async () => {
    const company = await createTestCompany(t.app.ctx.db);
    const { client } = await createSignedInEmployer(t.app, company.id);
    const before = (await client.get('/api/employer/todos')).body.total;
    const response = await client.post('/api/employer/todos', {
      title: '招聘活动',
      startsAt: '0000-01-01T00:00:00Z',
      endsAt: '0000-01-01T02:00:00Z',
    });
    expect(response.status).toBe(400);
    expect(response.body.code).toBe('VALIDATION_FAILED');
    expect(response.body.message).toContain('日期超出范围');
    expect((await client.get('/api/employer/todos')).body.total).toBe(before);
  });

  it('broken multipart bodies are a 400 on the public upload route', async () => {
    const boundary = '----openrecruit';
    const cases: Record<string, { body: string; contentType: string }> = {
      'boundary that does not match': {
        contentType: 'multipart/form-data; boundary=other',
        body: `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="a.png"\r\nContent-Type: image/png\r\n\r\nxx\r\n--${boundary}--\r\n`,
      },
      'truncated body': {
        contentType: `multipart/form-data; boundary=${boundary}`,
        body: `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="a.png"\r\nContent-Type: image/png\r\n\r\n\x89PNG`,
      },
      'NUL in the file name': {
        contentType: `multipart/form-data; boundary=${boundary}`,
        body: `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="a\u0000.png"\r\nContent-Type: image/png\r\n\r\n\x89PNG\r\n\x1a\n\r\n--${boundary}--\r\n`,
      },
    };
    for (const [name, { body, contentType }] of Object.entries(cases)) {
      const response = await t.app.inject({
        method: 'POST',
        url: '/api/public/employer-registration/files',
        headers: { 'content-type': contentType },
        payload: body,
      });
      expect(response.statusCode, name).toBe(400);
      expect(response.json().code, name).toBe('VALIDATION_FAILED');
    }
  });
});
