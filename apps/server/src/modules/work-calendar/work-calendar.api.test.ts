import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/build-test-app';
import { createSignedInOperator } from '../../../test/factories';
import { companyWithAdmin, createUniversity } from '../../../test/factories/onboarding';
import type { TestClient } from '../../../test/http-client';
import { shanghaiTime } from '../../lib/shanghai-time';
import { requestUniversityEntry } from '../university-entries/request-university-entry';
import { findWorkCalendarOverview } from './find-work-calendar-overview';

// 工作日历 (campus issue §2): the operators' overrides win over the package and count in due dates.

describe('[OPS] 工作日历: overrides of the official working days', () => {
  let t: TestApp;
  let ops: TestClient;
  beforeAll(async () => {
    t = await buildTestApp();
    ops = (await createSignedInOperator(t.app, { loginName: 'ops.calendar', ip: '192.0.2.131' })).client;
  });
  afterAll(() => t.close());

  it('lists, replaces and removes overrides; a year with holidays entered counts as covered', async () => {
    const empty = await ops.get('/api/ops/work-calendar/overrides');
    expect(empty.status).toBe(200);
    expect(empty.body.overrides).toEqual([]);

    const overview = await findWorkCalendarOverview(t.app.ctx, {
      operator: { accountId: 'x' },
      now: shanghaiTime('2026-12-07', 12),
    });
    // chinese-days 1.5.7 knows 2026, not 2027: the ops console warns for next year.
    expect(overview.years).toEqual([
      { year: 2026, covered: true },
      { year: 2027, covered: false },
    ]);

    const saved = await ops.request('PUT', '/api/ops/work-calendar/overrides', {
      overrides: [
        { date: '2099-01-01', working: false, note: '元旦' },
        { date: '2025-10-09', working: false, note: '测试：国庆后加休一天' },
      ],
    });
    expect(saved.status).toBe(200);
    expect(saved.body.overrides).toEqual([
      { date: '2025-10-09', working: false, note: '测试：国庆后加休一天' },
      { date: '2099-01-01', working: false, note: '元旦' },
    ]);

    // The override counts in a due date: with 10-09 off, three working days after 09-30 are
    const { company, admin } = await companyWithAdmin(t);
    const university = await createUniversity(t);
    const entry = await requestUniversityEntry(t.app.ctx, {
      member: { accountId: admin.id, companyId: company.id, isAdmin: true },
      universityId: university.id,
      now: shanghaiTime('2025-09-30', 10),
    });
    // 10-10 (Fri), 10-11 (the make-up Saturday) and Monday 10-13.
    expect(entry.dueAt).toBe('2025-10-13T15:59:59.999Z');

    const duplicate = await ops.request('PUT', '/api/ops/work-calendar/overrides', {
      overrides: [
        { date: '2099-01-01', working: false, note: '' },
        { date: '2099-01-01', working: true, note: '' },
      ],
    });
    expect(duplicate.status).toBe(400);

    const removed = await ops.request('PUT', '/api/ops/work-calendar/overrides', {
      overrides: [{ date: '2099-01-01', working: false, note: '元旦' }],
    });
    expect(removed.body.overrides).toEqual([{ date: '2099-01-01', working: false, note: '元旦' }]);
  });
});
