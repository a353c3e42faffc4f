import { expect as baseExpect } from '@playwright/test';
import { DEMO_ACCOUNTS, logInByApi } from '../support/accounts';
import { expect, test } from '../support/fixtures';
import { FAKE_MEDIA, inboundVideoBytes, phoneWithFakeMedia } from '../support/webrtc';

// Issue 13 §1, 直播宣讲 end to end in two Chromium contexts with a fake camera: the demo company
// (上海申城智造) applies for a live 云宣讲 at 申江大学 starting in 10 minutes and 申江大学 approves it
// (through the API, as their pages do); the company opens the broadcast page and 开始直播; the demo
// seeker, a 申江大学 student, opens the viewing page on a phone and receives the video (getStats:
// inbound video bytes); a comment goes from the student to the company, which hides it, and it
// disappears from the student's page.

const ARTIFACTS = 'e2e/artifacts';

test.use(FAKE_MEDIA);

test('[EMPLOYER/SEEKER] 直播宣讲: 开始直播 → a student watches (video bytes arrive) → comment → 隐藏 hides it for the student', async ({
  page: employer,
  browser,
  baseURL,
  request,
  login,
}) => {
  test.setTimeout(180_000);
  // The record, as the company's 申请 and the university's 审核 make it.
  const company = await logInByApi(request, {
    area: 'employer',
    account: DEMO_ACCOUNTS['employer-admin'].account,
    password: DEMO_ACCOUNTS['employer-admin'].password,
  });
  const jobs = await request.get('/api/employer/jobs?tab=recruiting&pageSize=1');
  const jobId = ((await jobs.json()) as { items: { id: string }[] }).items[0]!.id;
  const entries = await request.get('/api/employer/university-entries?pageSize=100');
  const shenjiang = (
    (await entries.json()) as { items: { university: { id: string; name: string } }[] }
  ).items.find((entry) => entry.university.name === '申江大学')!.university;
  const title = `E2E直播宣讲${Date.now().toString().slice(-6)}`;
  const startsAt = new Date(Date.now() + 10 * 60_000);
  const applied = await request.post('/api/employer/cloud-presentations', {
    headers: { 'x-csrf-token': company.csrfToken },
    data: {
      format: 'live',
      universityIds: [shenjiang.id],
      title,
      startsAt: startsAt.toISOString(),
      endsAt: new Date(startsAt.getTime() + 3_600_000).toISOString(),
      description: '端到端测试的直播宣讲',
      jobIds: [jobId],
    },
  });
  baseExpect(applied.ok(), await applied.text()).toBe(true);
  const presentationId = ((await applied.json()) as { id: string }).id;
  const staff = await logInByApi(request, {
    area: 'university',
    account: DEMO_ACCOUNTS.university.account,
    password: DEMO_ACCOUNTS.university.password,
  });
  const queue = await request.get(
    '/api/university/reviews?kind=cloud_presentation&state=pending&pageSize=50',
  );
  const review = ((await queue.json()) as { items: { id: string }[] }).items.find((item) =>
    JSON.stringify(item).includes(title),
  );
  baseExpect(review, 'the 云宣讲审核 request in 申江大学 queue').toBeDefined();
  const approved = await request.post(`/api/university/reviews/${review!.id}/decision`, {
    headers: { 'x-csrf-token': staff.csrfToken },
    data: { decision: 'approve' },
  });
  baseExpect(approved.ok(), await approved.text()).toBe(true);

  // The company's broadcast page: the camera preview, 开始直播.
  await login({ role: 'employer-admin' });
  await employer.goto(`/employer/cloud/presentations/${presentationId}/live`);
  await expect(employer.getByRole('heading', { name: title })).toBeVisible();
  await expect(employer.getByText(/点对点直播：本机上行带宽约可支持 \d+ 名观众流畅观看/)).toBeVisible();
  await employer.getByRole('button', { name: '开始直播' }).click();
  await expect(employer.getByText('直播中').first()).toBeVisible();

  // The student's phone: the viewing page receives the video.
  const student = await phoneWithFakeMedia(browser, baseURL);
  await login({ role: 'seeker', page: student });
  await student.goto(`/m/campus/cloud-presentations/${presentationId}/live`);
  await expect(student.getByText('直播中')).toBeVisible();
  await expect
    .poll(async () => student.getByTestId('live-video').evaluate((v: HTMLVideoElement) => v.videoWidth), {
      timeout: 45_000,
    })
    .toBeGreaterThan(0);
  await expect.poll(() => inboundVideoBytes(student), { timeout: 20_000 }).toBeGreaterThan(0);
  await expect(student.getByRole('button', { name: '点击开启声音' })).toBeVisible();
  await expect(employer.getByText('观看中')).toBeVisible({ timeout: 20_000 });
  await student.screenshot({ path: `${ARTIFACTS}/cloud-live-viewer.png` });

  // 互动: the student asks; the company sees it and hides it; it disappears for the student.
  const question = `请问有实习岗位吗${Date.now().toString().slice(-4)}`;
  await student.getByRole('textbox', { name: '发言' }).fill(question);
  await student.getByRole('button', { name: '发送' }).click();
  await expect(student.getByTestId('live-comments').getByText(question)).toBeVisible();
  const comment = employer.getByRole('listitem').filter({ hasText: question });
  await expect(comment).toBeVisible({ timeout: 15_000 });
  await employer.screenshot({ path: `${ARTIFACTS}/cloud-live-broadcast.png` });
  await comment.getByRole('button', { name: '隐藏' }).click();
  await expect(comment.getByText('已隐藏')).toBeVisible();
  await expect(student.getByTestId('live-comments').getByText(question)).toBeHidden({ timeout: 15_000 });

  // 结束直播: the student's page says so.
  await employer.getByRole('button', { name: '结束直播' }).click();
  await employer.getByRole('dialog').getByRole('button', { name: '结束直播' }).click();
  await expect(student.getByText('直播已结束')).toBeVisible({ timeout: 15_000 });
  await student.context().close();
});
