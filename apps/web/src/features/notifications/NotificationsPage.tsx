import type { NotificationItem } from '@openrecruit/shared';
import { App, Badge, Button, Empty } from 'antd';
import { useEffect } from 'react';
import { useNavigate } from 'react-router';
import { QueryState } from '../../components/console/QueryState';
import { messageOf } from '../../lib/api';
import { formatDateTime } from '../../lib/format';
import { useMarkAllNotificationsRead, useMarkNotificationRead, useNotifications } from './api';

/** 首页 > 消息通知: the employer's notifications, unread ones marked with a dot. */
export function NotificationsPage() {
  const { message } = App.useApp();
  const navigate = useNavigate();
  const notifications = useNotifications();
  const markRead = useMarkNotificationRead();
  const markAll = useMarkAllNotificationsRead();
  const unread = notifications.data?.unread ?? 0;

  useEffect(() => {
    document.title = '消息通知 - 开放招聘';
  }, []);

  const open = (item: NotificationItem) => {
    if (!item.readAt) markRead.mutate(item.id, { onError: (error) => message.error(messageOf(error)) });
    if (item.link?.startsWith('/')) navigate(item.link);
  };

  return (
    <div className="console-card">
      <div style={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between' }}>
        <h1 className="console-page-title">
          消息通知
          {unread > 0 ? <span style={{ fontSize: 14, fontWeight: 400 }}>（{unread}条未读）</span> : null}
        </h1>
        <Button
          disabled={unread === 0}
          loading={markAll.isPending}
          onClick={() =>
            markAll.mutate(undefined, {
              onSuccess: () => message.success('已全部标记为已读'),
              onError: (error) => message.error(messageOf(error)),
            })
          }
        >
          全部已读
        </Button>
      </div>
      <QueryState query={notifications} loading="spin">
        {(data) =>
          data.items.length === 0 ? (
            <Empty description="暂无消息" />
          ) : (
            <ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>
              {data.items.map((item) => (
                <li key={item.id} style={{ borderBottom: '1px solid rgba(5, 5, 5, 0.06)' }}>
                  <button
                    type="button"
                    onClick={() => open(item)}
                    aria-label={`${item.readAt ? '' : '未读：'}${item.title}`}
                    style={{
                      display: 'flex',
                      gap: 12,
                      width: '100%',
                      padding: '14px 8px',
                      border: 0,
                      background: 'none',
                      textAlign: 'left',
                      cursor: 'pointer',
                      font: 'inherit',
                    }}
                  >
                    <span style={{ width: 8, paddingTop: 2 }}>
                      {item.readAt ? null : <Badge status="error" />}
                    </span>
                    <span style={{ flex: 1 }}>
                      <span style={{ display: 'block', fontWeight: item.readAt ? 400 : 600 }}>
                        {item.title}
                      </span>
                      <span style={{ display: 'block', color: 'rgba(0, 0, 0, 0.65)', marginTop: 4 }}>
                        {item.body}
                      </span>
                    </span>
                    <span style={{ color: 'rgba(0, 0, 0, 0.45)', whiteSpace: 'nowrap' }}>
                      {formatDateTime(item.createdAt)}
                    </span>
                  </button>
                </li>
              ))}
            </ul>
          )
        }
      </QueryState>
    </div>
  );
}
