import { Button, Card, Descriptions, Empty, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { messageOf } from '../../lib/api';
import { formatDate } from '../../lib/format';
import { useMyMembership } from './api';
import { MembershipLeadModal } from './MembershipLeadModal';

/**
 * 开通/升级会员 on 道具商城 and the membership block of 我的权益 (seed 002 三、四): the plan in force
 * with its contents and term, 点击此处 了解详情 for a company that is not a member, 升级会员 for one
 * that is, and the request waiting for the advisor's call.
 */
export function MembershipSection({ className }: { className?: string }) {
  const membership = useMyMembership();
  const [asking, setAsking] = useState<'open' | 'upgrade'>();
  const current = membership.data?.current ?? null;
  const pending = membership.data?.pendingLead ?? null;
  return (
    <Card title="会员" className={className} loading={membership.isPending}>
      {membership.isError ? (
        <Typography.Text type="danger">{messageOf(membership.error)}</Typography.Text>
      ) : current ? (
        <Space direction="vertical" style={{ width: '100%' }}>
          <Space>
            <Tag color={current.level === 'svip' ? 'gold' : 'blue'}>{current.label}</Tag>
            <Typography.Text>有效期至 {formatDate(current.endsAt)}</Typography.Text>
          </Space>
          <Descriptions size="small" column={2} title="套餐内容">
            {current.contents.map((line) => (
              <Descriptions.Item key={line.right} label={line.label}>
                {line.quantity}
              </Descriptions.Item>
            ))}
          </Descriptions>
          {pending ? (
            <Typography.Text type="secondary">
              已提交升级申请，专属顾问将在1个工作日左右电话联系您
            </Typography.Text>
          ) : (
            <Button onClick={() => setAsking('upgrade')}>升级会员</Button>
          )}
        </Space>
      ) : (
        <Empty
          image={Empty.PRESENTED_IMAGE_SIMPLE}
          description={
            pending ? (
              '已提交开通申请，专属顾问将在1个工作日左右电话联系您'
            ) : (
              <span>
                还不是会员？
                <Button type="link" style={{ padding: 0 }} onClick={() => setAsking('open')}>
                  点击此处 了解详情
                </Button>
              </span>
            )
          }
        />
      )}
      {asking ? <MembershipLeadModal kind={asking} onClose={() => setAsking(undefined)} /> : null}
    </Card>
  );
}
