import { Typography } from 'antd';

/** 道具商城 (issue 12): being built in this change. */
export function MallPage() {
  return <Typography.Title level={4}>道具商城</Typography.Title>;
}
