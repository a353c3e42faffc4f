import { Typography } from 'antd';

/** 快点明细 (issue 12): being built in this change. */
export function PointsDetailPage() {
  return <Typography.Title level={4}>快点明细</Typography.Title>;
}
