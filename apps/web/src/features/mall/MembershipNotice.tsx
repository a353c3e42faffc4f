import { Typography } from 'antd';

/**
 * 会员 (seed 002 三): VIP/SVIP and their lead form (点击此处 了解详情 / 升级会员) are not built yet
 * (issue 12 §6, next): the page says how to ask, without a link that leads nowhere.
 */
export function MembershipNotice() {
  return (
    <div>
      <Typography.Paragraph>当前未开通会员</Typography.Paragraph>
      <Typography.Paragraph type="secondary">开通会员请联系平台客服</Typography.Paragraph>
    </div>
  );
}
