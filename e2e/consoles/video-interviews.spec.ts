import { expect as baseExpect, type Locator, type Page } from '@playwright/test';
import { expect, type LoggedIn, test } from '../support/fixtures';
import { FAKE_MEDIA, inboundVideoBytes, phoneWithFakeMedia, RECORD_PEERS } from '../support/webrtc';

// Issue 13 §3-§6, a 视频双选会 interview end to end through the pages, in two Chromium contexts with
// fake camera and microphone: the demo company (上海申城智造, approved at 申江大学's fair going on
// today, demo data) invites the demo seeker (a 申江大学 student signed up for it) from 求职者大厅;
// the student accepts on the phone and sees the queue place; 开始面试 in 面试间1; both pages show
// the other's moving picture through the app's own signalling, and getStats() counts video bytes
// received on both sides; 结束面试 → 评价 → the student's record
// in 简历管理 shows it (the demo seeker has one already; a new record would have source 双选会). A second interview goes on in 文字沟通 with messages both ways.

const FAIR = '7d0f6a3e-2b1c-4c8e-9a51-0c0f1a000001';
const REGISTRATION = '7d0f6a3e-2b1c-4c8e-9a51-0c0f1a000011';
const ROOM = `/employer/cloud/video-fairs/rooms/${REGISTRATION}/1`;
const ARTIFACTS = 'e2e/artifacts';

test.use(FAKE_MEDIA);

async function accountId(page: Page, area: 'seeker' | 'employer') {
  const response = await page.request.get(`/api/auth/${area}/session`);
  baseExpect(response.ok()).toBe(true);
  return ((await response.json()) as { account: { id: string } }).account.id;
}

/** The room's 设备检测 opens on a first visit: it measures, then 完成检测 records ④. */
async function passDeviceTestIfAsked(page: Page) {
  // The room asks once the ①–⑨ panel says ④ is not done yet (and says so above the call).
  await expect(page.getByText('①选择视频双选会报名')).toBeVisible();
  if (!(await page.getByText('首次面试前请先测试').isVisible())) return;
  const dialog = page.getByRole('dialog', { name: '设备检测' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByText('摄像头：')).toBeVisible();
  await dialog.getByRole('button', { name: '听得到' }).click();
  const done = dialog.getByRole('button', { name: '完成检测' });
  await expect(done).toBeEnabled({ timeout: 20_000 });
  await done.click();
  await expect(dialog).toBeHidden();
}

/** A <video> shows a picture that moves: it has a size and its time advances. */
async function expectMovingPicture(video: Locator) {
  await expect
    .poll(async () => video.evaluate((v: HTMLVideoElement) => v.videoWidth), { timeout: 30_000 })
    .toBeGreaterThan(0);
  const first = await video.evaluate((v: HTMLVideoElement) => v.currentTime);
  await expect
    .poll(async () => video.evaluate((v: HTMLVideoElement) => v.currentTime), { timeout: 10_000 })
    .toBeGreaterThan(first);
}

/** The student's open interview with the demo company (the one the test made). */
async function openInterviewOf(student: Page) {
  const response = await student.request.get('/api/seeker/video-interviews?scope=open&pageSize=50');
  baseExpect(response.ok()).toBe(true);
  const { items } = (await response.json()) as {
    items: { id: string; registrationId: string; state: string }[];
  };
  return items.find((item) => item.registrationId === REGISTRATION);
}

/** 开始面试 with the student on their interview page (present in the queue). */
async function callTheStudent(employer: Page) {
  await employer.goto(ROOM);
  await passDeviceTestIfAsked(employer);
  const queue = employer.getByRole('list', { name: '排队名单' });
  await expect(queue.getByText('在线')).toBeVisible({ timeout: 20_000 });
  await employer.getByRole('button', { name: '开始面试' }).click();
}

test('[EMPLOYER/SEEKER] 视频双选会: 邀请面试 from 求职者大厅 → 接受 → queue → 开始面试 → video both ways → 结束面试 → 评价 in 简历管理', async ({
  page: employer,
  browser,
  baseURL,
  login,
}) => {
  test.setTimeout(180_000);
  await employer.addInitScript(RECORD_PEERS);
  const student = await phoneWithFakeMedia(browser, baseURL);
  const seeker: LoggedIn = await login({ role: 'seeker', page: student });
  await login({ role: 'employer-admin' });
  const seekerId = await accountId(student, 'seeker');
  // The demo data queues the demo seeker in 面试间1 already: they leave that place (离开队列) first,
  // so the hall's invitation is a new one.
  const seeded = await openInterviewOf(student);
  if (seeded) {
    await student.goto(`/m/campus/video-interviews/${seeded.id}`);
    await student.getByRole('button', { name: '离开队列' }).click();
    await student.getByRole('dialog').getByRole('button', { name: '离开队列' }).click();
    await expect(student.getByText('您已离开队列。')).toBeVisible();
  }

  // 求职者大厅: the demo seeker's row (masked name), 邀请面试 → 面试间1 → 发送邀请.
  await employer.goto(`/employer/cloud/video-fairs/${FAIR}/hall`);
  await expect(employer.getByRole('heading', { name: '求职者大厅' })).toBeVisible();
  const row = employer.locator(`tr[data-row-key="${seekerId}"]`);
  await expect(row).toBeVisible();
  const masked = (await row.locator('td').nth(0).innerText()).trim();
  baseExpect(masked).not.toBe(seeker.name);
  await employer.screenshot({ path: `${ARTIFACTS}/video-interviews-hall.png` });
  await row.getByRole('button', { name: /^邀请面试/ }).click();
  const invite = employer.getByRole('dialog', { name: /邀请面试/ });
  await expect(invite.getByLabel('面试间')).toBeVisible();
  await invite.getByLabel('留言').fill('欢迎参加视频面试');
  await invite.getByRole('button', { name: '发送邀请' }).click();
  await expect(employer.getByText(/已邀请.*参加视频面试/)).toBeVisible();
  await expect(row.getByText('已邀请')).toBeVisible();

  // The phone: 我的面试 shows the invitation; 接受 puts the student in 面试间1's queue.
  await student.goto('/m/campus/video-interviews');
  const card = student.getByRole('listitem').filter({ hasText: '上海申城智造' });
  await expect(card.getByText('待接受')).toBeVisible();
  await student.screenshot({ path: `${ARTIFACTS}/video-interviews-mine.png` });
  await card.getByRole('button', { name: /^接受邀请/ }).click();
  await expect(card.getByText(/排队第\d+位/)).toBeVisible();
  await card.getByRole('link').first().click();
  await expect(student.getByText(/您前面还有/)).toBeVisible();
  await expect(student.getByText(/预计等待/)).toBeVisible();
  await student.screenshot({ path: `${ARTIFACTS}/video-interviews-queue.png` });

  // 面试间1: the student is 在线 in 排队中; 开始面试 calls them.
  await callTheStudent(employer);
  await expect(employer.getByText('呼叫中…').or(employer.getByText('已连接'))).toBeVisible();

  // Both pages: connected, and the other side's picture moves.
  const call = student.getByRole('dialog', { name: /视频面试/ });
  await expect(call).toBeVisible({ timeout: 20_000 });
  await expect(employer.getByLabel('连接状态：已连接')).toBeVisible({ timeout: 30_000 });
  await expect(call.getByText(/已连接/)).toBeVisible({ timeout: 30_000 });
  await expectMovingPicture(employer.getByTestId('remote-video'));
  await expectMovingPicture(call.getByTestId('remote-video'));
  // getStats on both sides: video bytes arrived through the connection the app's signalling set up.
  await expect.poll(() => inboundVideoBytes(employer), { timeout: 20_000 }).toBeGreaterThan(0);
  await expect.poll(() => inboundVideoBytes(student), { timeout: 20_000 }).toBeGreaterThan(0);
  await employer.screenshot({ path: `${ARTIFACTS}/video-interviews-room-call.png` });
  await student.screenshot({ path: `${ARTIFACTS}/video-interviews-phone-call.png` });

  // 结束面试 → 评价 (4 stars, 专业能力, 进入下一轮) → filed on the resume in 简历管理.
  await employer.getByRole('button', { name: '结束面试' }).click();
  await employer.getByRole('tooltip').getByRole('button', { name: '结束面试' }).click();
  const evaluation = employer.getByRole('dialog', { name: /面试评价/ });
  await expect(evaluation).toBeVisible();
  await evaluation.locator('.ant-rate-star').nth(3).locator('div').first().click();
  await evaluation.getByLabel('专业能力').check();
  await evaluation.getByLabel('评语').fill('基础扎实，表达清楚。');
  await evaluation.getByText('进入下一轮').click();
  await employer.screenshot({ path: `${ARTIFACTS}/video-interviews-evaluation.png` });
  const filed = employer.waitForResponse((response) => response.url().endsWith('/evaluation'));
  await evaluation.getByRole('button', { name: '提交评价' }).click();
  const saved = (await (await filed).json()) as { evaluation: { applicationId: string | null } };
  baseExpect(saved.evaluation.applicationId).toBeTruthy();
  await expect(employer.getByText('评价已提交，已记录到简历管理')).toBeVisible();
  await expect(student.getByText('面试已结束', { exact: false })).toBeVisible({ timeout: 20_000 });

  await employer.goto(`/employer/resumes?application=${saved.evaluation.applicationId}`);
  const drawer = employer.locator('.ant-drawer');
  await expect(drawer.getByRole('heading', { name: '双选会面试评价' })).toBeVisible();
  await expect(drawer.getByText('申江大学2027届冬季视频双选会')).toBeVisible();
  await expect(drawer.getByText('基础扎实，表达清楚。')).toBeVisible();
  await expect(drawer.getByText('进入下一轮')).toBeVisible();
  await employer.screenshot({ path: `${ARTIFACTS}/video-interviews-resume.png` });
  await student.context().close();
});

test('[EMPLOYER/SEEKER] 视频双选会: 文字沟通 — messages both ways during the interview', async ({
  page: employer,
  browser,
  baseURL,
  login,
}) => {
  test.setTimeout(150_000);
  const student = await phoneWithFakeMedia(browser, baseURL);
  await login({ role: 'seeker', page: student });
  const company = await login({ role: 'employer-admin' });
  const seekerId = await accountId(student, 'seeker');

  // The invitation through the API (the hall's is the first test's); the student accepts on the phone.
  let open = await openInterviewOf(student);
  if (!open) {
    const invited = await employer.request.post(
      `/api/employer/video-fair-registrations/${REGISTRATION}/invitations`,
      {
        headers: { 'x-csrf-token': company.csrfToken },
        data: { seekerAccountId: seekerId, origin: 'hall', room: 1, message: '' },
      },
    );
    baseExpect(invited.ok(), await invited.text()).toBe(true);
    open = await openInterviewOf(student);
  }
  baseExpect(open).toBeTruthy();
  await student.goto(`/m/campus/video-interviews/${open!.id}`);
  if (open!.state === 'invited') await student.getByRole('button', { name: '接受', exact: true }).click();
  await expect(student.getByText(/您前面还有/)).toBeVisible();

  await callTheStudent(employer);
  await expect(student.getByRole('dialog', { name: /视频面试/ })).toBeVisible({ timeout: 20_000 });

  // The interviewer turns to 文字沟通; the student's phone follows (the interview's medium is 文字).
  await employer.getByRole('button', { name: '改用文字沟通' }).click();
  const studentChat = student.getByRole('region', { name: '文字沟通', exact: true });
  const employerChat = employer.getByRole('region', { name: '文字沟通', exact: true });
  await expect(studentChat).toBeVisible({ timeout: 15_000 });
  await employerChat.getByLabel('消息').fill('请简单介绍一下你的毕业设计。');
  await employerChat.getByRole('button', { name: '发送' }).click();
  await expect(studentChat.getByText('请简单介绍一下你的毕业设计。')).toBeVisible({ timeout: 15_000 });
  await studentChat.getByLabel('消息').fill('我做的是基于视觉的零件缺陷检测系统。');
  await studentChat.getByLabel('消息').press('Enter');
  await expect(employerChat.getByText('我做的是基于视觉的零件缺陷检测系统。')).toBeVisible({
    timeout: 15_000,
  });
  await expect(employer.getByLabel('面试方式')).toHaveText('文字');
  await employer.screenshot({ path: `${ARTIFACTS}/video-interviews-room-text.png` });
  await student.screenshot({ path: `${ARTIFACTS}/video-interviews-phone-text.png` });

  await employer.getByRole('button', { name: '结束面试' }).click();
  await employer.getByRole('tooltip').getByRole('button', { name: '结束面试' }).click();
  const evaluation = employer.getByRole('dialog', { name: /面试评价/ });
  await evaluation.locator('.ant-rate-star').nth(2).locator('div').first().click();
  await evaluation.getByText('待定', { exact: true }).click();
  await evaluation.getByRole('button', { name: '提交评价' }).click();
  await expect(employer.getByText('评价已提交，已记录到简历管理')).toBeVisible();
  await student.context().close();
});
