import { ERROR_CATALOGUE } from '@openrecruit/shared';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/build-test-app';
import { createSignedInSeeker } from '../../../test/factories';
import { freshIdNumber } from '../../../test/fixtures';
import { TestClient } from '../../../test/http-client';
import { seekers } from '../../db/schema';

describe('[SEEKER] profile: basic information and 完善个人信息 once (seed 000 §二, §三.2)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp();
  });
  afterAll(() => t.close());

  async function storedChoice(accountId: string) {
    const [row] = await t.database.db
      .select({
        education: seekers.education,
        politicalStatus: seekers.politicalStatus,
        completedAt: seekers.profileCompletedAt,
      })
      .from(seekers)
      .where(eq(seekers.accountId, accountId));
    return row!;
  }

  it('shows the basic information with masked numbers and the household registration from the ID', async () => {
    const idNumber = freshIdNumber('19900307', '310101');
    const { client, person } = await createSignedInSeeker(t.app, { name: '王小红', idNumber });
    const response = await client.get('/api/seeker/profile');
    expect(response.status).toBe(200);
    expect(response.body).toEqual({
      name: '王小红',
      sex: Number(idNumber[16]) % 2 === 1 ? 'M' : 'F',
      birthDate: '1990-03-07',
      idNumberMasked: `${idNumber.slice(0, 4)}**********${idNumber.slice(-4)}`,
      householdRegistration: '上海市黄浦区',
      mobileMasked: `${person.mobile.slice(0, 3)}****${person.mobile.slice(-4)}`,
      education: null,
      politicalStatus: null,
      profileCompleted: false,
    });
    const text = JSON.stringify(response.body);
    expect(text).not.toContain(idNumber);
    expect(text).not.toContain(person.mobile);
    expect(text).not.toContain(person.bankCard);
  });

  it('names an abolished Shanghai district and another province as the authority does', async () => {
    const luwan = await createSignedInSeeker(t.app, { idNumber: freshIdNumber('19850101', '310103') });
    expect((await luwan.client.get('/api/seeker/profile')).body.householdRegistration).toBe(
      '上海市卢湾区（已撤销）',
    );
    const jiangsu = await createSignedInSeeker(t.app, { idNumber: freshIdNumber('19850101', '320102') });
    expect((await jiangsu.client.get('/api/seeker/profile')).body.householdRegistration).toBe('江苏省');
  });

  it('completes once; a second submission, even the same, is PROFILE_LOCKED and changes nothing', async () => {
    const { client, accountId } = await createSignedInSeeker(t.app);
    const first = await client.post('/api/seeker/profile/complete', {
      education: '20',
      politicalStatus: '13',
    });
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ education: '20', politicalStatus: '13', profileCompleted: true });
    const stored = await storedChoice(accountId);

    for (const body of [
      { education: '20', politicalStatus: '13' },
      { education: '10', politicalStatus: '01' },
    ]) {
      const again = await client.post('/api/seeker/profile/complete', body);
      expect(again.status).toBe(409);
      expect(again.body).toEqual({ code: 'PROFILE_LOCKED', message: ERROR_CATALOGUE.PROFILE_LOCKED.message });
    }
    expect(await storedChoice(accountId)).toEqual(stored);
    expect((await client.get('/api/seeker/profile')).body).toMatchObject({
      education: '20',
      politicalStatus: '13',
      profileCompleted: true,
    });
  });

  it('refuses unknown codes with the field and its Chinese reason, and stores nothing', async () => {
    const { client, accountId } = await createSignedInSeeker(t.app);
    const badEducation = await client.post('/api/seeker/profile/complete', {
      education: '99',
      politicalStatus: '13',
    });
    expect(badEducation.status).toBe(400);
    expect(badEducation.body.details.fields).toEqual([{ field: 'education', reason: '请选择学历' }]);
    const badStatus = await client.post('/api/seeker/profile/complete', { education: '20' });
    expect(badStatus.status).toBe(400);
    expect(badStatus.body.details.fields).toEqual([{ field: 'politicalStatus', reason: '请选择政治面貌' }]);
    expect(await storedChoice(accountId)).toEqual({
      education: null,
      politicalStatus: null,
      completedAt: null,
    });
  });

  it('lets exactly one of 5 parallel submissions win', async () => {
    const { client, accountId } = await createSignedInSeeker(t.app);
    const choices = ['10', '20', '30', '40', '70'].map((education) => ({ education, politicalStatus: '13' }));
    const responses = await Promise.all(
      choices.map((body) => client.post('/api/seeker/profile/complete', body)),
    );
    const winners = responses.filter((r) => r.status === 200);
    expect(winners).toHaveLength(1);
    expect(responses.filter((r) => r.body.code === 'PROFILE_LOCKED')).toHaveLength(4);
    expect((await storedChoice(accountId)).education).toBe(winners[0]!.body.education);
  });

  it('answers 401 without a seeker session', async () => {
    const anonymous = new TestClient(t.app);
    expect((await anonymous.get('/api/seeker/profile')).body.code).toBe('UNAUTHENTICATED');
    const complete = await anonymous.post('/api/seeker/profile/complete', {
      education: '20',
      politicalStatus: '13',
    });
    expect(complete.status).toBe(401);
  });
});
