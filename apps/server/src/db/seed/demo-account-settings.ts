import { eq } from 'drizzle-orm';
import type { AppContext } from '../../context';
import { staffLoginHash } from '../../modules/identity/staff-login';
import { accounts, notificationBindings, storedFiles } from '../schema';
import { DEMO } from './demo-accounts';
import { blend, encodePng, type Rgb } from './png-image';

const TEAL: Rgb = [19, 124, 140];
const SKY: Rgb = [120, 196, 214];

/**
 * 账号设置 for the demo employer (seed 002): 昵称 and 部门 for both people (seekers see 张老师 and
 * 李老师, never 张璇 and 李明), an avatar for the admin, and the admin's WeChat bound in the local
 * sandbox (only when no real official account is configured: a made-up openid would fail there).
 */
export async function seedDemoAccountSettings(ctx: AppContext) {
  const people = [
    { loginName: DEMO.employerAdmin.loginName, nickname: '张老师', department: '人力资源部' },
    { loginName: DEMO.employerMember.loginName, nickname: '李老师', department: '人力资源部' },
  ];
  for (const person of people) {
    await ctx.db
      .update(accounts)
      .set({ nickname: person.nickname, department: person.department })
      .where(eq(accounts.loginHash, staffLoginHash(ctx.cipher, person.loginName)));
  }
  const [admin] = await ctx.db
    .select({ id: accounts.id })
    .from(accounts)
    .where(eq(accounts.loginHash, staffLoginHash(ctx.cipher, DEMO.employerAdmin.loginName)));
  if (!admin) return;

  // A round teal badge: a picture made in code, stored as an upload would be.
  const avatar = encodePng(96, 96, (x, y) => {
    const d = Math.hypot(x - 47.5, y - 47.5);
    return d > 46 ? [255, 255, 255] : blend(TEAL, SKY, (x + y) / 190);
  });
  const stored = await ctx.providers.storage.put(avatar, { extension: 'png' });
  const [file] = await ctx.db
    .insert(storedFiles)
    .values({
      storageKey: stored.key,
      ownerAccountId: admin.id,
      contentType: 'image/png',
      size: stored.size,
      sha256: stored.sha256,
      originalName: '头像.png',
    })
    .returning({ id: storedFiles.id });
  await ctx.db.update(accounts).set({ avatarFileId: file!.id }).where(eq(accounts.id, admin.id));

  if (ctx.providers.wechat.sandbox) {
    await ctx.db
      .insert(notificationBindings)
      .values({ accountId: admin.id, channel: 'wechat', externalId: 'sandbox-demo-admin', displayName: '' });
  }
}
