import { Typography } from 'antd';

/** 套餐与价格 (issue 12): being built in this change. */
export function OpsPackagesPage() {
  return <Typography.Title level={4}>套餐与价格</Typography.Title>;
}
