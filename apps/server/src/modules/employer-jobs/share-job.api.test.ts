import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/build-test-app';
import { createSignedInEmployer, createTestCompany } from '../../../test/factories';
import type { TestClient } from '../../../test/http-client';

// Issue 10; docs/decisions/013-production-defaults.md: links that leave the system (the 分享 QR
// code) use PUBLIC_URL when set, not the host the HR's browser happened to reach.

describe('分享 with PUBLIC_URL (issue 10)', () => {
  let t: TestApp;
  let hr: TestClient;

  beforeAll(async () => {
    t = await buildTestApp({ env: { PUBLIC_URL: 'https://jobs.example.cn/' } });
    const company = await createTestCompany(t.database.db);
    hr = (await createSignedInEmployer(t.app, company.id)).client;
  });
  afterAll(() => t.close());

  it('builds the share link on PUBLIC_URL, not on the request host', async () => {
    const created = await hr.post('/api/employer/jobs', {
      title: '数控编程工程师',
      occupation: '数控程序员',
      salaryMin: 9000,
      salaryMax: 14000,
      headcount: 3,
      education: null,
      ageMin: 20,
      ageMax: 45,
      workNature: '01',
      workArea: '310115',
      address: '上海市浦东新区张江路88号',
      description: '负责数控机床加工程序的编制与调试。',
      skills: '熟悉FANUC系统，能看懂机械图纸。',
      probationMonths: 3,
      probationSalary: 8000,
      contactName: '张璇',
      contactPhone: '021-50800000',
      isCampus: false,
      targetUniversityIds: [],
    });
    expect(created.status, JSON.stringify(created.body)).toBe(200);
    const share = await hr.get(`/api/employer/jobs/${created.body.id}/share`);
    expect(share.status).toBe(200);
    expect(share.body.url.startsWith('https://jobs.example.cn/')).toBe(true);
    // The trailing slash of the setting is dropped once: no `//m/jobs`.
    expect(share.body.url).toBe(`https://jobs.example.cn/m/jobs/${created.body.id}`);
    expect(share.body.path).toBe(`/m/jobs/${created.body.id}`);
  });
});
