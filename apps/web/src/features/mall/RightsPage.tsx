import { Typography } from 'antd';

/** 我的权益 (issue 12): being built in this change. */
export function RightsPage() {
  return <Typography.Title level={4}>我的权益</Typography.Title>;
}
