import type { RechargeOrder } from '@openrecruit/shared';
import { Alert, App, Button, Space, Tag, Typography } from 'antd';
import QRCode from 'qrcode';
import { useEffect, useState } from 'react';
import { messageOf } from '../../lib/api';
import { formatDateTime } from '../../lib/format';
import { formatYuan, useCloseRecharge, useRechargeOrder } from './api';

/** What the QR code encodes: the provider's code_url, or the sandbox cashier's path on this site. */
function absoluteUrl(codeUrl: string): string {
  return codeUrl.startsWith('/') ? `${window.location.origin}${codeUrl}` : codeUrl;
}

function useCountdown(until: string): string {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(timer);
  }, []);
  const left = Math.max(0, Math.floor((Date.parse(until) - now) / 1000));
  const two = (n: number) => String(n).padStart(2, '0');
  return `${two(Math.floor(left / 3600))}:${two(Math.floor((left % 3600) / 60))}:${two(left % 60)}`;
}

/**
 * The 微信支付 QR code of a recharge order, with its amount, 订单号 and the time left. It follows
 * the order (points.changed, and a poll while unpaid) and says 支付成功 when the notice arrived.
 */
export function RechargePayment(props: { order: RechargeOrder; onPaid: () => void; onBack: () => void }) {
  const { message } = App.useApp();
  const live = useRechargeOrder(props.order.id);
  const order = live.data ?? props.order;
  const close = useCloseRecharge();
  const [qr, setQr] = useState<string>();
  const countdown = useCountdown(order.expiresAt);
  const { onPaid } = props;

  useEffect(() => {
    if (!order.codeUrl) return;
    void QRCode.toDataURL(absoluteUrl(order.codeUrl), { width: 220, margin: 1 }).then(setQr);
  }, [order.codeUrl]);
  useEffect(() => {
    if (order.state === 'paid') onPaid();
  }, [order.state, onPaid]);

  if (order.state === 'closed') {
    return (
      <Space direction="vertical" style={{ width: '100%' }}>
        <Alert
          type="info"
          showIcon
          message="订单已关闭"
          description="该订单已取消或超时未支付，可重新下单。"
        />
        <Button onClick={props.onBack}>重新下单</Button>
      </Space>
    );
  }
  const sandbox = order.provider === 'sandbox';
  return (
    <div className="recharge-payment">
      <Typography.Paragraph>请使用微信扫描二维码完成支付</Typography.Paragraph>
      {qr ? (
        <img className="recharge-payment__qr" src={qr} alt={`微信支付二维码，订单号${order.outTradeNo}`} />
      ) : null}
      <dl className="recharge-payment__facts">
        <dt>应付金额</dt>
        <dd className="recharge-payment__amount">{formatYuan(order.amountFen)}</dd>
        <dt>充值快点</dt>
        <dd>{order.points}快点</dd>
        <dt>订单号</dt>
        <dd>{order.outTradeNo}</dd>
        <dt>剩余支付时间</dt>
        <dd>
          {countdown}（{formatDateTime(order.expiresAt)}前有效）
        </dd>
      </dl>
      {sandbox && order.codeUrl ? (
        <Alert
          type="warning"
          showIcon
          message={
            <Space>
              <Tag color="orange">沙箱</Tag>
              <a href={absoluteUrl(order.codeUrl)} target="_blank" rel="noreferrer">
                打开沙箱收银台
              </a>
              <span>（测试环境，不会产生真实扣款）</span>
            </Space>
          }
        />
      ) : null}
      <Space className="recharge-payment__actions">
        <Button
          loading={close.isPending}
          onClick={() =>
            close.mutate(order.id, {
              onSuccess: (closed) => {
                if (closed.state === 'paid') onPaid();
                else props.onBack();
              },
              onError: (error) => message.error(messageOf(error)),
            })
          }
        >
          取消支付
        </Button>
      </Space>
    </div>
  );
}
