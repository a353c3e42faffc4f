import type { MallPackage } from '@openrecruit/shared';
import { Alert, App, Button, Card, Col, Empty, Row, Skeleton, Space, Statistic, Tag, Typography } from 'antd';
import { useEffect } from 'react';
import { Link } from 'react-router';
import { ApiError, messageOf } from '../../lib/api';
import { MembershipSection } from '../membership/MembershipSection';
import { usePointsWallet } from '../points/api';
import { RechargeButton } from '../points/RechargeModal';
import { useMallPackages, usePurchasePackage } from './api';
import './mall.css';

/** 道具商城 (seed 002 一、二、三): the 快点余额 with 去充值, the packages on sale, and 会员. */
export function MallPage() {
  // The balance is 快点明细's (features/points): a paid recharge refreshes it live (points.changed).
  const wallet = usePointsWallet();
  const packages = useMallPackages();
  const points = wallet.data?.balance ?? 0;

  useEffect(() => {
    document.title = '道具商城 - 开放招聘';
  }, []);

  return (
    <div className="console-card mall">
      <h1 className="console-page-title">道具商城</h1>
      <Card className="mall__wallet">
        <Space size="large" align="center" wrap>
          <Statistic title="快点余额" value={points} suffix="快点" loading={wallet.isPending} />
          <RechargeButton />
          <Link to="/employer/mall/points">快点明细</Link>
          <Link to="/employer/mall/rights">我的权益</Link>
        </Space>
      </Card>

      <Typography.Title level={5} className="mall__section">
        购买道具包
      </Typography.Title>
      {packages.isPending ? (
        <Skeleton active />
      ) : packages.isError ? (
        <Alert type="error" showIcon message={messageOf(packages.error)} />
      ) : packages.data.items.length === 0 ? (
        <Empty description="暂无在售的道具包" />
      ) : (
        <Row gutter={[16, 16]}>
          {packages.data.items.map((item) => (
            <Col key={item.id} xs={24} sm={12} xl={6}>
              <PackageCard item={item} points={points} />
            </Col>
          ))}
        </Row>
      )}

      <Typography.Title level={5} className="mall__section">
        开通会员
      </Typography.Title>
      <MembershipSection />
    </div>
  );
}

function PackageCard({ item, points }: { item: MallPackage; points: number }) {
  const { modal, message } = App.useApp();
  const purchase = usePurchasePackage();

  const confirm = () => {
    // One key per confirmation: 确定 clicked twice, or retried after a lost answer, buys once.
    const key = crypto.randomUUID();
    const after = points - item.pricePoints;
    modal.confirm({
      title: `购买“${item.name}”？`,
      content: (
        <div>
          <p>价格：{item.pricePoints} 快点</p>
          <p>当前余额：{points} 快点</p>
          <p>购买后余额：{after >= 0 ? `${after} 快点` : '余额不足'}</p>
          <p>道具有效期：购买后 {item.validityDays} 天</p>
        </div>
      ),
      okText: '确认购买',
      cancelText: '取消',
      onOk: () =>
        purchase.mutateAsync({ packageId: item.id, key }).then(
          () => {
            message.success(`已购买“${item.name}”，道具已发放至我的权益`);
          },
          (error: unknown) => {
            if (error instanceof ApiError && error.code === 'INSUFFICIENT_POINTS') {
              modal.warning({
                title: '快点余额不足',
                content: `购买“${item.name}”需要 ${item.pricePoints} 快点，请先充值。`,
                footer: (_, { OkBtn }) => (
                  <Space>
                    <RechargeButton type="default" />
                    <OkBtn />
                  </Space>
                ),
                okText: '知道了',
              });
              return;
            }
            message.error(messageOf(error));
          },
        ),
    });
  };

  return (
    <Card
      className="mall__package"
      title={item.name}
      actions={[
        <Button key="buy" type="primary" onClick={confirm} aria-label={`购买${item.name}`}>
          购买
        </Button>,
      ]}
    >
      <p className="mall__price">
        <strong>{item.pricePoints}</strong> 快点
      </p>
      <ul className="mall__contents">
        {item.contents.map((content) => (
          <li key={content.right}>
            {content.label} <Tag>{`${content.quantity}${content.unit}`}</Tag>
          </li>
        ))}
      </ul>
      <Typography.Paragraph type="secondary">{item.description || '　'}</Typography.Paragraph>
      <Typography.Text type="secondary">有效期 {item.validityDays} 天</Typography.Text>
    </Card>
  );
}
