import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/build-test-app';
import { TestClient } from '../../../test/http-client';

describe('system routes', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp();
  });
  afterAll(() => t.close());

  it('answers /healthz with the database reachable', async () => {
    const response = await new TestClient(t.app).get('/healthz');
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ status: 'ok', database: t.database.engine });
  });

  it('answers 503 when the database is gone', async () => {
    const broken = { ...t.database, ping: () => Promise.reject(new Error('connection refused')) };
    const original = t.app.ctx.database;
    t.app.ctx.database = broken;
    try {
      expect((await new TestClient(t.app).get('/healthz')).status).toBe(503);
    } finally {
      t.app.ctx.database = original;
    }
  });

  it('publishes the OpenAPI document and the docs page', async () => {
    const client = new TestClient(t.app);
    const spec = await client.get('/openapi.json');
    expect(spec.status).toBe(200);
    expect(spec.body.openapi).toBe('3.1.0');
    expect(Object.keys(spec.body.paths)).toEqual(
      expect.arrayContaining(['/api/auth/seeker/login', '/api/seeker/registration/verify', '/healthz']),
    );
    expect((await client.get('/docs/')).status).toBe(200);
  });

  it('serves the dictionaries from the reference', async () => {
    const { body } = await new TestClient(t.app).get('/api/public/dictionaries');
    expect(body.education.map((e: { label: string }) => e.label)).toEqual([
      '硕士研究生及以上学历',
      '大学本科',
      '大学专科/高职',
      '高中/中专/技校',
      '初中或以下',
    ]);
    expect(body.work_area).toHaveLength(18);
    expect(body.work_area.slice(0, 2).map((e: { label: string }) => e.label)).toEqual(['全市', '外省市']);
    expect(body.political_status).toHaveLength(13);
    expect(body.industry).toHaveLength(20);
  });

  it('answers an unknown API address with a JSON 404 in Chinese', async () => {
    const response = await new TestClient(t.app).get('/api/nothing-here');
    expect(response.status).toBe(404);
    expect(response.body).toEqual({ code: 'NOT_FOUND', message: '请求的地址不存在' });
  });
});
