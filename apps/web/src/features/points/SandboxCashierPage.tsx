import { Alert, App, Button, Card, Descriptions, Result, Space, Spin } from 'antd';
import { useEffect } from 'react';
import { useParams } from 'react-router';
import { ConsoleProviders } from '../../components/console/ConsoleProviders';
import { messageOf } from '../../lib/api';
import { formatDateTime } from '../../lib/format';
import { formatYuan, useSandboxOrder, useSandboxOutcome } from './api';
import './points.css';

/**
 * /pay/sandbox/:outTradeNo: the sandbox payment provider's cashier, opened from the QR code or the
 * 打开沙箱收银台 link. 支付成功 sends the sandbox's signed notice through the real notice route.
 */
export function SandboxCashierPage() {
  return (
    <ConsoleProviders>
      <SandboxCashier />
    </ConsoleProviders>
  );
}

function SandboxCashier() {
  const { outTradeNo = '' } = useParams();
  const { message } = App.useApp();
  const order = useSandboxOrder(outTradeNo);
  const outcome = useSandboxOutcome(outTradeNo);

  useEffect(() => {
    document.title = '沙箱收银台 - 开放招聘';
  }, []);

  const click = (which: 'success' | 'cancel' | 'fail') =>
    outcome.mutate(which, { onError: (error) => message.error(messageOf(error)) });

  return (
    <div className="sandbox-cashier">
      <header className="sandbox-cashier__banner">
        沙箱支付
        <small>本页为沙箱环境，不会产生真实扣款</small>
      </header>
      <main className="sandbox-cashier__body">
        {order.isPending ? (
          <Spin />
        ) : order.isError ? (
          <Alert type="error" showIcon message={messageOf(order.error)} />
        ) : (
          <Card title="沙箱收银台">
            <Descriptions column={1} size="small">
              <Descriptions.Item label="收款方">开放招聘（沙箱）</Descriptions.Item>
              <Descriptions.Item label="付款单位">{order.data.companyName}</Descriptions.Item>
              <Descriptions.Item label="商品">{order.data.description}</Descriptions.Item>
              <Descriptions.Item label="订单号">{order.data.outTradeNo}</Descriptions.Item>
              <Descriptions.Item label="金额">{formatYuan(order.data.amountFen)}</Descriptions.Item>
              <Descriptions.Item label="有效期至">{formatDateTime(order.data.expiresAt)}</Descriptions.Item>
            </Descriptions>
            {order.data.state === 'paid' || order.data.state === 'refunded' ? (
              <Result status="success" title="支付成功" subTitle="可以关闭本页，返回充值页面查看到账快点" />
            ) : order.data.state === 'closed' ? (
              <Result status="info" title="订单已关闭" subTitle="请返回充值页面重新下单" />
            ) : (
              <Space direction="vertical" style={{ width: '100%' }}>
                {order.data.note ? <Alert type="info" showIcon message={order.data.note} /> : null}
                <Space wrap>
                  <Button type="primary" loading={outcome.isPending} onClick={() => click('success')}>
                    支付成功
                  </Button>
                  <Button disabled={outcome.isPending} onClick={() => click('cancel')}>
                    取消
                  </Button>
                  <Button danger disabled={outcome.isPending} onClick={() => click('fail')}>
                    失败
                  </Button>
                </Space>
              </Space>
            )}
          </Card>
        )}
      </main>
    </div>
  );
}
