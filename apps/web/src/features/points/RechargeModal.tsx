import {
  CreateRechargeInput,
  POINT_PRICE_FEN,
  RECHARGE_POINTS_RANGE,
  RECHARGE_PRESETS,
  type RechargeOrder,
} from '@openrecruit/shared';
import { useQueryClient } from '@tanstack/react-query';
import { App, Button, Checkbox, Form, InputNumber, Modal, Radio, Result, Space, Typography } from 'antd';
import { useState } from 'react';
import { applyFieldErrors, messageOf } from '../../lib/api';
import { schemaRule } from '../../lib/schema-rules';
import { formatYuan, useCreateRecharge } from './api';
import { PointsAgreementModal } from './PointsAgreementModal';
import { RechargePayment } from './RechargePayment';
import './points.css';

interface RechargeFormValues {
  points: number | null;
  agreed: boolean;
}

/** 去充值: opens 充值快点. The mall's page (features/mall) renders it beside the balance. */
export function RechargeButton({ type = 'primary' }: { type?: 'primary' | 'default' }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button type={type} onClick={() => setOpen(true)}>
        去充值
      </Button>
      {open ? <RechargeModal open onClose={() => setOpen(false)} /> : null}
    </>
  );
}

/**
 * 充值快点 (issue 12 §2): a preset or a typed number of 快点 at ¥1.00 each, 《快点服务协议》 agreed,
 * 确认并支付 → the 微信支付 QR code of the order, until it is paid, closed or expires.
 */
export function RechargeModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const [form] = Form.useForm<RechargeFormValues>();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const create = useCreateRecharge();
  const [agreementOpen, setAgreementOpen] = useState(false);
  const [order, setOrder] = useState<RechargeOrder>();
  const [paid, setPaid] = useState(false);
  // One Idempotency-Key per confirmation: a retry of the same amount reuses it.
  const [attempt, setAttempt] = useState<{ points: number; key: string }>();
  const points = Form.useWatch('points', form);

  const submit = async (values: RechargeFormValues) => {
    const amount = values.points ?? 0;
    const key = attempt?.points === amount ? attempt.key : crypto.randomUUID();
    setAttempt({ points: amount, key });
    try {
      setOrder(await create.mutateAsync({ input: { points: amount, agreed: true }, key }));
    } catch (error) {
      if (!applyFieldErrors(form, error, ['points', 'agreed'])) message.error(messageOf(error));
    }
  };

  const onPaid = () => {
    setPaid(true);
    void queryClient.invalidateQueries({ queryKey: ['employer'] });
    window.setTimeout(onClose, 1500);
  };

  return (
    <Modal title="充值快点" open={open} onCancel={onClose} footer={null} width={560} destroyOnHidden>
      {paid && order ? (
        <Result status="success" title="支付成功" subTitle={`${order.points}快点已到账`} />
      ) : order ? (
        <RechargePayment order={order} onPaid={onPaid} onBack={() => setOrder(undefined)} />
      ) : (
        <Form<RechargeFormValues>
          form={form}
          layout="vertical"
          initialValues={{ points: RECHARGE_PRESETS[0], agreed: false }}
          onFinish={submit}
        >
          <Form.Item label="选择充值快点数">
            <Radio.Group
              aria-label="选择充值快点数"
              optionType="button"
              value={RECHARGE_PRESETS.includes(points as never) ? points : undefined}
              onChange={(event) => form.setFieldsValue({ points: event.target.value })}
              options={RECHARGE_PRESETS.map((value) => ({ value, label: `${value}快点` }))}
            />
          </Form.Item>
          <Form.Item
            name="points"
            label="自定义快点数"
            extra={`1快点 = ${formatYuan(POINT_PRICE_FEN)}，单笔${RECHARGE_POINTS_RANGE.min}～${RECHARGE_POINTS_RANGE.max}快点`}
            rules={[schemaRule(CreateRechargeInput, 'points')]}
          >
            <InputNumber<number>
              min={RECHARGE_POINTS_RANGE.min}
              max={RECHARGE_POINTS_RANGE.max}
              precision={0}
              addonAfter="快点"
              style={{ width: 220 }}
            />
          </Form.Item>
          <div className="recharge__price" aria-live="polite">
            应付金额 <strong>{formatYuan((points ?? 0) * POINT_PRICE_FEN)}</strong>
          </div>
          <Form.Item
            name="agreed"
            valuePropName="checked"
            rules={[schemaRule(CreateRechargeInput, 'agreed')]}
          >
            <Checkbox>
              我已阅读并同意
              <Typography.Link
                onClick={(event) => {
                  event.preventDefault();
                  setAgreementOpen(true);
                }}
              >
                《快点服务协议》
              </Typography.Link>
            </Checkbox>
          </Form.Item>
          <Space>
            <Button type="primary" htmlType="submit" loading={create.isPending}>
              确认并支付
            </Button>
            <Button onClick={onClose}>取消</Button>
          </Space>
        </Form>
      )}
      <PointsAgreementModal open={agreementOpen} onClose={() => setAgreementOpen(false)} />
    </Modal>
  );
}
