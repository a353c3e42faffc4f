import type { EmployerVideoInterview } from '@openrecruit/shared';
import { App, Badge, Button, Empty, Popconfirm, Space, Tag } from 'antd';
import { messageOf } from '../../lib/api';
import { formatTime } from '../../lib/format';
import { useInterviewAction } from './api';
import { clock, waitText } from './video-interview-labels';

const ORIGIN_LABELS: Record<EmployerVideoInterview['origin'], string> = {
  application: '求职者申请',
  hall: '大厅邀请',
  room: '大厅邀请',
  resumes: '简历邀请',
};

/** 待处理: the students' applications to the company, with 接受 (into the queue) / 拒绝. */
export function PendingList({
  registrationId,
  items,
}: {
  registrationId: string;
  items: EmployerVideoInterview[];
}) {
  const { message } = App.useApp();
  const decide = useInterviewAction(registrationId);
  const act = (item: EmployerVideoInterview, action: 'accept' | 'refuse') =>
    decide.mutate(
      { interviewId: item.id, action },
      {
        onSuccess: () =>
          message.success(
            action === 'accept' ? `已接受，${item.student.displayName}进入排队` : '已拒绝该申请',
          ),
        onError: (error) => message.error(messageOf(error)),
      },
    );
  return (
    <section className="vi-panel" aria-labelledby="vi-pending">
      <h2 id="vi-pending" className="vi-panel__title">
        待处理 <Badge count={items.length} showZero color={items.length ? '#d46b08' : '#8c8c8c'} />
      </h2>
      {items.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="暂无待处理的申请" />
      ) : null}
      <ul className="vi-list" aria-label="待处理的申请">
        {items.map((item) => (
          <li key={item.id} className="vi-list__item">
            <div className="vi-list__main">
              <strong>{item.student.displayName}</strong>
              <span className="vi-muted">
                {item.student.school} · {item.job?.title ?? '未指定职位'}
              </span>
              <span className="vi-muted">
                {formatTime(item.createdAt)} {ORIGIN_LABELS[item.origin]}
              </span>
              {item.message ? <span className="vi-list__note">“{item.message}”</span> : null}
            </div>
            <Space size={4}>
              <Button
                size="small"
                type="primary"
                loading={decide.isPending && decide.variables?.interviewId === item.id}
                onClick={() => act(item, 'accept')}
                aria-label={`接受：${item.student.displayName}`}
              >
                接受
              </Button>
              <Popconfirm
                title="拒绝申请"
                description={`确定拒绝${item.student.displayName}的视频面试申请吗？`}
                okText="拒绝"
                cancelText="取消"
                onConfirm={() => act(item, 'refuse')}
              >
                <Button size="small" danger aria-label={`拒绝：${item.student.displayName}`}>
                  拒绝
                </Button>
              </Popconfirm>
            </Space>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** 排队中: position, name, 在线 / 暂时离开 (the place held), how long they have waited. */
export function QueueList({ items, now }: { items: EmployerVideoInterview[]; now: number }) {
  return (
    <section className="vi-panel" aria-labelledby="vi-queue">
      <h2 id="vi-queue" className="vi-panel__title">
        排队中 <Badge count={items.length} showZero color={items.length ? '#1677ff' : '#8c8c8c'} />
      </h2>
      {items.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="暂无排队的求职者" />
      ) : null}
      <ol className="vi-list" aria-label="排队名单">
        {items.map((item, index) => (
          <li key={item.id} className="vi-list__item">
            <span className="vi-queue__pos">
              <span className="vi-sr-only">第</span>
              {item.place?.position ?? index + 1}
              <span className="vi-sr-only">位</span>
            </span>
            <div className="vi-list__main">
              <strong>{item.student.displayName}</strong>
              <span className="vi-muted">
                已等待 {clock(item.queuedAt ? (now - Date.parse(item.queuedAt)) / 1000 : 0)}
                {item.place ? ` · 预计${waitText(item.place.estimatedWaitSeconds)}` : ''}
              </span>
            </div>
            <PresenceTag item={item} now={now} />
          </li>
        ))}
      </ol>
    </section>
  );
}

function PresenceTag({ item, now }: { item: EmployerVideoInterview; now: number }) {
  if (item.present) return <Tag color="success">在线</Tag>;
  if (item.holdUntil && Date.parse(item.holdUntil) > now)
    return (
      <Tag color="warning" title={`保留位置至${formatTime(item.holdUntil)}`}>
        暂时离开
      </Tag>
    );
  return <Tag>离线</Tag>;
}
