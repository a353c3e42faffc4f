import { Typography } from 'antd';

/** 订单管理 (issue 12): being built in this change. */
export function OpsOrdersPage() {
  return <Typography.Title level={4}>订单管理</Typography.Title>;
}
