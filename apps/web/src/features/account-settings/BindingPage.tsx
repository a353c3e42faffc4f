import type { NotificationBinding, WechatBindingTicket } from '@openrecruit/shared';
import { Alert, App, Button, List, Popconfirm, QRCode, Space, Tag } from 'antd';
import { useEffect, useState } from 'react';
import { QueryState } from '../../components/console/QueryState';
import { messageOf } from '../../lib/api';
import { formatDateTime } from '../../lib/format';
import { useBindings, useSandboxScan, useUnbindWechat, useWechatTicket } from './api';
import './account-settings.css';

const MOBILE_NOTE = '请使用注册本账号的手机号（联系手机）所绑定的微信扫码，便于接收审核等相关通知信息。';

/** 账号设置 > 账号绑定 (seed 002): 站内消息 always on; 微信公众号 bound by QR code, and unbound here. */
export function BindingPage() {
  const bindings = useBindings();
  const [ticket, setTicket] = useState<WechatBindingTicket>();
  const wechat = bindings.data?.channels.find((channel) => channel.channel === 'wechat');
  useEffect(() => {
    document.title = '账号绑定 - 开放招聘';
  }, []);
  // No polling while a QR code is shown: the scan's binding arrives as a live `bindings.changed`
  // event (features/realtime/EmployerLiveUpdates.tsx), which refetches the list.
  useEffect(() => {
    if (wechat?.bound) setTicket(undefined);
  }, [wechat?.bound]);

  return (
    <div className="console-card">
      <h1 className="console-page-title">账号绑定</h1>
      <Alert type="info" showIcon title={MOBILE_NOTE} style={{ marginBottom: 16 }} />
      <QueryState query={bindings}>
        {(data) => (
          <>
            <List
              bordered
              dataSource={data.channels}
              renderItem={(channel) => (
                <List.Item actions={[<ChannelAction key="action" channel={channel} onTicket={setTicket} />]}>
                  <List.Item.Meta title={channel.label} description={describe(channel)} />
                  {channel.bound ? <Tag color="success">已开启</Tag> : <Tag>未绑定</Tag>}
                </List.Item>
              )}
            />
            {ticket && !wechat?.bound ? (
              <WechatQrPanel
                ticket={ticket}
                sandboxScanAvailable={data.sandboxScanAvailable}
                onExpired={() => setTicket(undefined)}
              />
            ) : null}
          </>
        )}
      </QueryState>
    </div>
  );
}

function describe(channel: NotificationBinding): string {
  if (channel.channel === 'in_app')
    return '审核结果、投递、面试等通知在“首页 > 消息通知”中查看，始终开启，不可解绑。';
  if (!channel.bound) return '绑定后，审核结果等通知会同时发送到您的微信。';
  return `已绑定${channel.boundAt ? `（${formatDateTime(channel.boundAt)}）` : ''}，通知会同时发送到您的微信。`;
}

function ChannelAction({
  channel,
  onTicket,
}: {
  channel: NotificationBinding;
  onTicket: (ticket: WechatBindingTicket) => void;
}) {
  const { message } = App.useApp();
  const createTicket = useWechatTicket();
  const unbind = useUnbindWechat();
  if (channel.channel === 'in_app') return <span className="account-muted">不可解绑</span>;
  if (channel.bound) {
    return (
      <Popconfirm
        title="确定解绑微信吗？"
        description="解绑后将不再通过微信接收审核等通知。"
        okText="解绑"
        cancelText="取消"
        onConfirm={() =>
          unbind.mutateAsync(undefined).then(
            () => message.success('已解绑微信'),
            (error) => message.error(messageOf(error)),
          )
        }
      >
        <Button danger loading={unbind.isPending}>
          解绑
        </Button>
      </Popconfirm>
    );
  }
  return (
    <Button
      type="primary"
      loading={createTicket.isPending}
      onClick={() =>
        createTicket.mutate(undefined, {
          onSuccess: onTicket,
          onError: (error) => message.error(messageOf(error)),
        })
      }
    >
      绑定微信
    </Button>
  );
}

function WechatQrPanel({
  ticket,
  sandboxScanAvailable,
  onExpired,
}: {
  ticket: WechatBindingTicket;
  sandboxScanAvailable: boolean;
  onExpired: () => void;
}) {
  const { message } = App.useApp();
  const scan = useSandboxScan();
  useEffect(() => {
    const timer = window.setTimeout(onExpired, new Date(ticket.expiresAt).getTime() - Date.now());
    return () => window.clearTimeout(timer);
  }, [ticket.expiresAt, onExpired]);
  return (
    <section aria-label="微信扫码绑定" className="account-binding__qr">
      <h2 className="account-binding__title">微信扫码绑定</h2>
      {ticket.sandbox ? (
        <Alert
          type="warning"
          showIcon
          title="微信沙箱：当前未配置微信公众号"
          description="下面的二维码只用于本地开发测试，用微信扫码不会有任何结果；通知不会真正发到微信，而是记录在 /dev/wechat 页面。"
          style={{ marginBottom: 16 }}
        />
      ) : null}
      <Space align="start" size={24} wrap>
        {ticket.qrCodeUrl ? (
          <img src={ticket.qrCodeUrl} alt="绑定微信二维码" width={180} height={180} />
        ) : (
          <QRCode value={ticket.qrCodeText ?? ticket.ticket} size={180} aria-label="绑定微信二维码（沙箱）" />
        )}
        <div>
          <ol className="account-binding__steps">
            <li>打开微信，使用“扫一扫”扫描左侧二维码；</li>
            <li>关注公众号后即完成绑定，本页会自动刷新；</li>
            <li>二维码10分钟内有效，过期后请重新点击“绑定微信”。</li>
          </ol>
          <p className="account-muted">{MOBILE_NOTE}</p>
          {ticket.sandbox && sandboxScanAvailable ? (
            <Button
              loading={scan.isPending}
              onClick={() =>
                scan.mutate(ticket.ticket, {
                  onSuccess: () => message.success('已模拟扫码，微信绑定成功（沙箱）'),
                  onError: (error) => message.error(messageOf(error)),
                })
              }
            >
              模拟扫码（开发环境）
            </Button>
          ) : null}
        </div>
      </Space>
    </section>
  );
}
