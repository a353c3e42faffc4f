import { type MallPackage, MallPackageInput } from '@openrecruit/shared';
import { and, eq } from 'drizzle-orm';
import type { AppContext } from '../../context';
import { balanceOf } from '../../modules/billing/ledger-balances';
import { postLedgerRequest } from '../../modules/billing/post-ledger-request';
import { purchasePackage } from '../../modules/mall/purchase-package';
import { saveMallPackage } from '../../modules/mall/save-mall-package';
import { accounts } from '../schema';

/** 购买道具包: the mall's four packages (seed 002 二: “目前共有 4 种道具包”). */
export const DEMO_PACKAGES: MallPackageInput[] = [
  {
    name: '简历下载包',
    description: '人才推荐中下载简历、查看联系方式',
    pricePoints: 300,
    contents: [{ right: 'resume_download', quantity: 20 }],
    validityDays: 30,
    sortOrder: 1,
  },
  {
    name: '职位置顶包',
    description: '职位在所选城市的搜索结果中置顶展示',
    pricePoints: 200,
    contents: [{ right: 'job_pin', quantity: 21 }],
    validityDays: 30,
    sortOrder: 2,
  },
  {
    name: '人才邀约包',
    description: '向高校人才发送职位邀约',
    pricePoints: 500,
    contents: [{ right: 'talent_invitation', quantity: 50 }],
    validityDays: 60,
    sortOrder: 3,
  },
  {
    name: '招聘加速包',
    description: '简历下载、职位置顶、人才邀约与职位刷新组合',
    pricePoints: 1000,
    contents: [
      { right: 'resume_download', quantity: 50 },
      { right: 'job_pin', quantity: 30 },
      { right: 'talent_invitation', quantity: 100 },
      { right: 'job_refresh', quantity: 30 },
    ],
    validityDays: 90,
    sortOrder: 4,
  },
];

/** The demo company buys 简历下载包 and 招聘加速包. */
const BOUGHT = [0, 3];
const SPENT = BOUGHT.reduce((sum, i) => sum + DEMO_PACKAGES[i]!.pricePoints, 0);

/**
 * 道具商城 of the demo company: the four packages, and two of them bought through the purchase use
 * case, so 我的权益 has rights and the talent downloads that follow (demo-talent) fill 使用记录.
 */
export async function seedDemoMall(
  ctx: AppContext,
  options: { companyId: string; operatorAccountId: string },
) {
  const { companyId } = options;
  const operator = { accountId: options.operatorAccountId };
  const packages: MallPackage[] = [];
  for (const input of DEMO_PACKAGES) {
    const saved = await saveMallPackage(ctx, {
      operator,
      input: MallPackageInput.parse(input),
      ip: '127.0.0.1',
    });
    packages.push(saved);
  }
  const [admin] = await ctx.db
    .select({ id: accounts.id })
    .from(accounts)
    .where(and(eq(accounts.companyId, companyId), eq(accounts.companyRole, 'admin')));
  if (!admin) throw new Error('seedDemoMall needs the demo company’s admin');
  // 快点 come from the demo's recharges (demo-points, before this); only what they leave short of
  // the two purchases is granted here, so the mall's demo stands on its own.
  const short = SPENT - (await balanceOf(ctx.db, { kind: 'company_wallet', companyId }));
  if (short > 0) {
    await ctx.db.transaction((tx) =>
      postLedgerRequest(tx, {
        key: `demo:${companyId}:points`,
        purpose: 'demo_grant',
        reference: `company:${companyId}`,
        legs: [{ from: { kind: 'points_issued' }, to: { kind: 'company_wallet', companyId }, amount: short }],
      }),
    );
  }
  const member = { accountId: admin.id, companyId, isAdmin: true };
  for (const [k, bought] of BOUGHT.map((i) => packages[i]!).entries()) {
    await purchasePackage(ctx, {
      member,
      packageId: bought.id,
      idempotencyKey: `00000000-0000-4000-8000-00000000000${k + 1}`,
    });
  }
}
