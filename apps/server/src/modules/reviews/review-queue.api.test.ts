import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { liveTopic } from '@openrecruit/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/build-test-app';
import { createSignedInEmployer, createSignedInOperator } from '../../../test/factories';
import {
  companyData,
  companyWithAdmin,
  createUniversity,
  wizardBody,
} from '../../../test/factories/onboarding';
import { insertReviewRequest } from '../../../test/factories/reviews';
import { TestClient } from '../../../test/http-client';
import { listenTo } from '../../../test/live-events';
import { AppError } from '../../lib/app-error';
import { decideReviewRequest } from './decide-review-request';
import { findReviewRequests } from './find-review-requests';
import { getReviewRequest } from './get-review-request';

describe('[OPS/UNIVERSITY] the review queue: reviewer scoping and the operators’ live events (ADR 011)', () => {
  let t: TestApp;
  let ops: TestClient;
  beforeAll(async () => {
    t = await buildTestApp();
    ops = (await createSignedInOperator(t.app, { loginName: 'ops.queue', ip: '192.0.2.91' })).client;
  });
  afterAll(() => t.close());

  const notFound = (promise: Promise<unknown>) =>
    expect(promise).rejects.toSatisfy((error) => error instanceof AppError && error.code === 'NOT_FOUND');

  it('shows a university’s staff only their university’s requests, and the operators only the platform’s', async () => {
    const [mine, theirs] = [await createUniversity(t), await createUniversity(t)];
    const { company, admin } = await companyWithAdmin(t);
    const payload = { company: companyData(company.code), applicantDepartment: '人力资源部' };
    const request = (reviewerUniversityId?: string) =>
      insertReviewRequest(t.database.db, {
        kind: 'new_company',
        companyId: company.id,
        applicantAccountId: admin.id,
        payload,
        ...(reviewerUniversityId ? { reviewerUniversityId } : {}),
      });
    const forPlatform = await request();
    const forMine = await request(mine.id);
    const forTheirs = await request(theirs.id);

    const staffOfMine = { reviewerKind: 'university' as const, universityId: mine.id };
    const queue = await findReviewRequests(t.app.ctx, { reviewer: staffOfMine, page: 1, pageSize: 20 });
    expect(queue).toMatchObject({ total: 1, page: 1, pageSize: 20 });
    expect(queue.items.map((item) => item.id)).toEqual([forMine.id]);
    await notFound(getReviewRequest(t.app.ctx, { reviewer: staffOfMine, requestId: forTheirs.id }));
    await notFound(
      decideReviewRequest(t.app.ctx, {
        decider: { accountId: admin.id, scope: staffOfMine },
        requestId: forTheirs.id,
        decision: 'approve',
      }),
    );

    const platform = await ops.get('/api/ops/reviews?kind=new_company&state=pending&pageSize=100');
    expect(platform.status).toBe(200);
    const ids = platform.body.items.map((item: { id: string }) => item.id);
    expect(ids).toContain(forPlatform.id);
    expect(ids).not.toContain(forMine.id);
    expect(ids).not.toContain(forTheirs.id);
    expect((await ops.get(`/api/ops/reviews/${forMine.id}`)).status).toBe(404);
    expect((await ops.post(`/api/ops/reviews/${forMine.id}/decision`, { decision: 'approve' })).status).toBe(
      404,
    );
  });

  it('pages the queue with its total', async () => {
    const first = await ops.get('/api/ops/reviews?pageSize=1');
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ page: 1, pageSize: 1 });
    expect(first.body.items).toHaveLength(1);
    expect(first.body.total).toBeGreaterThanOrEqual(1);
    expect((await ops.get('/api/ops/reviews?pageSize=101')).status).toBe(400);
  });

  it('tells the operators’ consoles when a request is submitted and when it is decided', async () => {
    const submitted = listenTo(t.app, liveTopic.operators());
    const { body } = await wizardBody(t, 'new_company');
    const registered = await new TestClient(t.app, '192.0.2.92').post(
      '/api/public/employer-registration',
      body,
    );
    expect(registered.status).toBe(200);
    const requestId = registered.body.requestId as string;
    expect((await submitted.waitFor('reviews.changed')).data).toEqual({ reviewId: requestId });
    submitted.stop();

    const decided = listenTo(t.app, liveTopic.operators());
    expect((await ops.post(`/api/ops/reviews/${requestId}/decision`, { decision: 'approve' })).status).toBe(
      200,
    );
    expect((await decided.waitFor('reviews.changed')).data).toEqual({ reviewId: requestId });
    decided.stop();
  });

  it('streams the operators’ events at /api/ops/events to operators only', async () => {
    const employer = await createSignedInEmployer(t.app, (await companyWithAdmin(t)).company.id);
    expect((await employer.client.get('/api/ops/events')).status).toBe(401);

    await t.app.listen({ host: '127.0.0.1', port: 0 });
    const { port } = t.app.server.address() as AddressInfo;
    let text = '';
    const request = http.get({
      host: '127.0.0.1',
      port,
      path: '/api/ops/events',
      headers: {
        accept: 'text/event-stream',
        cookie: [...ops.cookies].map(([k, v]) => `${k}=${v}`).join('; '),
      },
    });
    const response = await new Promise<http.IncomingMessage>((resolve, reject) => {
      request.on('response', resolve);
      request.on('error', reject);
    });
    response.setEncoding('utf8');
    response.on('data', (chunk: string) => {
      text += chunk;
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/event-stream; charset=utf-8');
    await expect.poll(() => text).toContain(': connected');
    await t.app.ctx.events.publish({
      topic: liveTopic.operators(),
      type: 'reviews.changed',
      data: { reviewId: 'r1' },
    });
    await expect.poll(() => text).toContain('event: reviews.changed\ndata: {"reviewId":"r1"}\n\n');
    request.destroy();
  });
});
