import {
  formatYuan,
  INVOICE_KIND_LABELS,
  INVOICE_KINDS,
  type InvoiceableOrder,
  type InvoiceKind,
  type InvoiceOptions,
  InvoiceRequestInput,
} from '@openrecruit/shared';
import { App, Form, Input, Modal, Radio } from 'antd';
import { useState } from 'react';
import { applyFieldErrors, messageOf } from '../../lib/api';
import { schemaRule } from '../../lib/schema-rules';
import { useRequestInvoice } from './api';

interface Values {
  kind: InvoiceKind;
  buyerTaxNo: string;
  buyerAddressPhone: string;
  buyerBankAccount: string;
  email: string;
  remark: string;
}

const FIELDS = ['kind', 'buyerTaxNo', 'buyerAddressPhone', 'buyerBankAccount', 'email', 'remark'] as const;

/** 专票 prints the buyer's 地址、电话 and 开户行及账号, so both are required then. */
function requiredForSpecial(message: string) {
  return ({ getFieldValue }: { getFieldValue: (name: string) => unknown }) => ({
    validator: async (_rule: unknown, value: unknown) => {
      if (getFieldValue('kind') === 'special' && !String(value ?? '').trim()) throw new Error(message);
    },
  });
}

interface Props {
  options: InvoiceOptions;
  orders: InvoiceableOrder[];
  onClose: () => void;
  onRequested: () => void;
}

/** 申请开票: the chosen orders merged into one 数电普票 or 专票 for the company, mailed to 接收邮箱. */
export function InvoiceRequestModal({ options, orders, onClose, onRequested }: Props) {
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const request = useRequestInvoice();
  // One Idempotency-Key per confirmation: a retry of the same request reuses it.
  const [attempt, setAttempt] = useState<{ body: string; key: string }>();
  const kind = Form.useWatch('kind', form);
  const total = orders.reduce((sum, order) => sum + order.amountFen, 0);

  const submit = async (values: Values) => {
    const input: InvoiceRequestInput = {
      orderIds: orders.map((order) => order.id),
      kind: values.kind,
      buyerTaxNo: values.buyerTaxNo.trim(),
      buyerAddressPhone: values.kind === 'special' ? (values.buyerAddressPhone ?? '').trim() : '',
      buyerBankAccount: values.kind === 'special' ? (values.buyerBankAccount ?? '').trim() : '',
      email: values.email.trim(),
      remark: (values.remark ?? '').trim(),
    };
    const body = JSON.stringify(input);
    const key = attempt?.body === body ? attempt.key : crypto.randomUUID();
    setAttempt({ body, key });
    try {
      await request.mutateAsync({ input, key });
      message.success('开票申请已提交，运营人员一般在3个工作日内开具并发送至接收邮箱');
      onRequested();
    } catch (error) {
      if (!applyFieldErrors(form, error, FIELDS)) message.error(messageOf(error));
    }
  };

  return (
    <Modal
      open
      title="申请开票"
      okText="提交申请"
      cancelText="取消"
      onOk={() => form.submit()}
      onCancel={onClose}
      okButtonProps={{ loading: request.isPending }}
      width={600}
      destroyOnHidden
    >
      <Form<Values>
        form={form}
        layout="horizontal"
        labelCol={{ flex: '120px' }}
        labelWrap
        initialValues={{
          kind: 'normal',
          buyerTaxNo: options.buyerTaxNo,
          buyerAddressPhone: '',
          buyerBankAccount: '',
          email: options.suggestedEmail,
          remark: '',
        }}
        onFinish={submit}
      >
        <Form.Item name="kind" label="发票类型" rules={[schemaRule(InvoiceRequestInput, 'kind')]}>
          <Radio.Group
            options={INVOICE_KINDS.map((value) => ({ value, label: INVOICE_KIND_LABELS[value] }))}
          />
        </Form.Item>
        <Form.Item label="发票抬头" htmlFor="invoice-buyer-name">
          <Input id="invoice-buyer-name" value={options.buyerName} readOnly variant="filled" />
        </Form.Item>
        <Form.Item
          name="buyerTaxNo"
          label="纳税人识别号"
          rules={[schemaRule(InvoiceRequestInput, 'buyerTaxNo')]}
          extra="统一社会信用代码，18位"
        >
          <Input maxLength={18} autoComplete="off" placeholder="请输入纳税人识别号" />
        </Form.Item>
        {kind === 'special' ? (
          <>
            <Form.Item
              name="buyerAddressPhone"
              label="地址、电话"
              rules={[
                requiredForSpecial('开具专票须填写地址、电话'),
                schemaRule(InvoiceRequestInput, 'buyerAddressPhone'),
              ]}
              required
            >
              <Input maxLength={120} placeholder="注册地址及电话" />
            </Form.Item>
            <Form.Item
              name="buyerBankAccount"
              label="开户行及账号"
              rules={[
                requiredForSpecial('开具专票须填写开户行及账号'),
                schemaRule(InvoiceRequestInput, 'buyerBankAccount'),
              ]}
              required
            >
              <Input maxLength={120} placeholder="开户银行名称及账号" />
            </Form.Item>
          </>
        ) : null}
        <Form.Item
          label="开票金额"
          htmlFor="invoice-amount"
          extra={`共${orders.length}笔订单，按实际支付金额开具`}
        >
          <Input id="invoice-amount" value={formatYuan(total)} readOnly variant="filled" />
        </Form.Item>
        <Form.Item name="email" label="接收邮箱" rules={[schemaRule(InvoiceRequestInput, 'email')]}>
          <Input type="email" maxLength={100} placeholder="发票开具后发送至此邮箱" />
        </Form.Item>
        <Form.Item name="remark" label="备注" rules={[schemaRule(InvoiceRequestInput, 'remark')]}>
          <Input.TextArea rows={2} maxLength={100} showCount placeholder="选填" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
