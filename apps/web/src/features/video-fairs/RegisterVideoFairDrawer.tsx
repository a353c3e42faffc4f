import {
  type EmployerVideoFair,
  RegisterVideoFairInput,
  VIDEO_FAIR_LIMITS,
  VideoFairInterviewerInput,
  type VideoFairRegistration,
} from '@openrecruit/shared';
import {
  Alert,
  App,
  Button,
  Checkbox,
  Descriptions,
  Drawer,
  Form,
  Input,
  InputNumber,
  Radio,
  Select,
  Space,
  Switch,
} from 'antd';
import { useState } from 'react';
import { ApiError, applyFieldErrors, messageOf } from '../../lib/api';
import { schemaRule } from '../../lib/schema-rules';
import { useRecruitingJobOptions } from '../employer-jobs/api';
import { usePointsWallet } from '../points/api';
import { RechargeButton } from '../points/RechargeModal';
import { RechargePayment } from '../points/RechargePayment';
import { useInterviewerOptions, useRegisterVideoFair } from './api';
import { AgreementModal } from './VideoFairAgreement';
import { feeText, modesText, timeRange } from './video-fair-labels';

interface FormValues {
  mode: 'video' | 'text';
  requirements: string;
  jobIds: string[];
  interviewers: { room: number; name: string; accountId?: string }[];
  wantsInvoice: boolean;
  agreed: boolean;
  payWith: 'points' | 'wechat';
}

const FIELDS = [
  'mode',
  'requirements',
  'jobIds',
  'interviewers',
  'wantsInvoice',
  'agreed',
  'payWith',
] as const;

/**
 * 去报名 (seed 002 云校招 > 视频双选会, 第一步-第三步): 面试方式, 招聘需求, 面试官 per 面试间, 是否开票,
 * 《视频双选会协议》, then 确认报名并支付 with 快点 (the balance shown; too few: 去充值) or 微信支付
 * (the cashier's QR code, as 充值 shows it).
 */
export function RegisterVideoFairDrawer(props: {
  fair: EmployerVideoFair;
  onClose: () => void;
  onDone: () => void;
}) {
  const { fair } = props;
  const { message } = App.useApp();
  const [form] = Form.useForm<FormValues>();
  const jobs = useRecruitingJobOptions(true);
  const members = useInterviewerOptions(true);
  const wallet = usePointsWallet();
  const register = useRegisterVideoFair(fair.id);
  const [agreementOpen, setAgreementOpen] = useState(false);
  // One Idempotency-Key per confirmation: a retry of the same form reuses it.
  const [attempt, setAttempt] = useState<{ body: string; key: string }>();
  const [paying, setPaying] = useState<VideoFairRegistration | null>(null);
  const payWith = Form.useWatch('payWith', form);
  const balance = wallet.data?.balance;
  const free = fair.feePoints === 0;
  const short = !free && payWith === 'points' && balance !== undefined && balance < fair.feePoints;

  const onFinish = async (values: FormValues) => {
    const input = {
      mode: values.mode,
      requirements: values.requirements,
      jobIds: values.jobIds ?? [],
      interviewers: values.interviewers.map((row) => ({
        room: row.room,
        name: row.name,
        accountId: row.accountId ?? '',
      })),
      wantsInvoice: values.wantsInvoice,
      agreed: true as const,
      payWith: free ? ('points' as const) : values.payWith,
    };
    const body = JSON.stringify(input);
    const key = attempt?.body === body ? attempt.key : crypto.randomUUID();
    setAttempt({ body, key });
    try {
      const registration = await register.mutateAsync({ input, key });
      if (registration.state === 'awaiting_payment' && registration.paymentOrder) setPaying(registration);
      else {
        message.success('报名成功，学校将在三个工作日内审核');
        props.onDone();
      }
    } catch (error) {
      applyFieldErrors(form, error, FIELDS);
    }
  };

  if (paying?.paymentOrder)
    return (
      <Drawer
        open
        width={560}
        title={`微信支付：${fair.title}`}
        onClose={props.onClose}
        destroyOnHidden
        maskClosable={false}
      >
        <RechargePayment
          order={paying.paymentOrder}
          onPaid={() => {
            message.success('支付成功，报名已提交，学校将在三个工作日内审核');
            props.onDone();
          }}
          onBack={() => {
            message.info('已取消支付，本次报名已取消');
            props.onClose();
          }}
        />
      </Drawer>
    );

  const modeOptions = [
    ...(fair.allowVideo ? [{ value: 'video', label: '视频招聘' }] : []),
    ...(fair.allowText ? [{ value: 'text', label: '文字沟通' }] : []),
  ];
  const insufficient = register.error instanceof ApiError && register.error.code === 'INSUFFICIENT_POINTS';

  return (
    <Drawer
      open
      width={760}
      title={`报名：${fair.title}`}
      onClose={props.onClose}
      destroyOnHidden
      maskClosable={false}
    >
      <Descriptions column={1} size="small" className="video-fairs__facts">
        <Descriptions.Item label="举办高校">{fair.university.name}</Descriptions.Item>
        <Descriptions.Item label="举办时间">{timeRange(fair.startsAt, fair.endsAt)}</Descriptions.Item>
        <Descriptions.Item label="面试方式">{modesText(fair)}</Descriptions.Item>
        <Descriptions.Item label="报名费">{feeText(fair.feePoints)}</Descriptions.Item>
      </Descriptions>
      <Form<FormValues>
        form={form}
        layout="vertical"
        onFinish={onFinish}
        initialValues={{
          mode: modeOptions[0]?.value,
          requirements: '',
          jobIds: [],
          interviewers: [{ room: 1, name: '' }],
          wantsInvoice: false,
          agreed: false,
          payWith: 'points',
        }}
      >
        <Form.Item name="mode" label="面试方式" rules={[schemaRule(RegisterVideoFairInput, 'mode')]}>
          <Radio.Group options={modeOptions} />
        </Form.Item>
        <Form.Item
          name="requirements"
          label="招聘需求"
          rules={[schemaRule(RegisterVideoFairInput, 'requirements')]}
        >
          <Input.TextArea
            rows={3}
            maxLength={VIDEO_FAIR_LIMITS.requirementsMaxChars}
            showCount
            placeholder="如：招聘机械设计方向应届生，本科及以上"
          />
        </Form.Item>
        <Form.Item name="jobIds" label="招聘职位" rules={[schemaRule(RegisterVideoFairInput, 'jobIds')]}>
          <Select
            mode="multiple"
            placeholder="选择本单位招聘中的职位"
            loading={jobs.isPending}
            options={(jobs.data?.items ?? []).map((job) => ({ value: job.id, label: job.title }))}
            notFoundContent={jobs.isPending ? '加载中…' : '暂无招聘中的职位，请先在“职位管理”中发布职位'}
            optionFilterProp="label"
          />
        </Form.Item>
        <Form.Item label="面试官" required extra="每个面试间一位面试官，并选择登录该面试间的本单位成员">
          <Form.List name="interviewers">
            {(fields, { add, remove }) => (
              <>
                {fields.map((field, index) => (
                  <div key={field.key} className="video-fairs__room-row">
                    <Form.Item
                      name={[field.name, 'room']}
                      rules={[schemaRule(VideoFairInterviewerInput, 'room', ['interviewers', field.name])]}
                    >
                      <InputNumber
                        min={1}
                        max={VIDEO_FAIR_LIMITS.roomsMax}
                        prefix="面试间"
                        aria-label={`第${index + 1}行面试间编号`}
                        style={{ width: 130 }}
                      />
                    </Form.Item>
                    <Form.Item
                      name={[field.name, 'name']}
                      rules={[schemaRule(VideoFairInterviewerInput, 'name', ['interviewers', field.name])]}
                    >
                      <Input
                        placeholder="面试官姓名"
                        aria-label={`面试间${index + 1}面试官姓名`}
                        maxLength={20}
                      />
                    </Form.Item>
                    <Form.Item
                      name={[field.name, 'accountId']}
                      rules={[{ required: true, message: '请选择登录该面试间的成员' }]}
                    >
                      <Select
                        placeholder="登录成员"
                        aria-label={`面试间${index + 1}登录成员`}
                        style={{ width: 180 }}
                        loading={members.isPending}
                        options={(members.data?.members ?? []).map((m) => ({ value: m.id, label: m.name }))}
                      />
                    </Form.Item>
                    {fields.length > 1 ? (
                      <Button type="link" danger onClick={() => remove(field.name)}>
                        删除
                      </Button>
                    ) : null}
                  </div>
                ))}
                {fields.length < VIDEO_FAIR_LIMITS.roomsMax ? (
                  <Button onClick={() => add({ room: fields.length + 1, name: '' })}>添加面试间</Button>
                ) : null}
              </>
            )}
          </Form.List>
        </Form.Item>
        <Form.Item
          name="wantsInvoice"
          label="是否开票"
          valuePropName="checked"
          extra="微信支付的报名费可在“道具商城 > 开具发票”中开票；快点支付的报名费不能单独开票（快点充值时已可开票）。"
        >
          <Switch checkedChildren="开票" unCheckedChildren="不开票" />
        </Form.Item>
        {!free ? (
          <Form.Item name="payWith" label="支付方式" rules={[schemaRule(RegisterVideoFairInput, 'payWith')]}>
            <Radio.Group>
              <Space direction="vertical">
                <Radio value="points">
                  快点支付（余额 {balance ?? '…'} 快点，需 {fair.feePoints} 快点）
                </Radio>
                <Radio value="wechat">微信支付（¥{fair.feePoints.toFixed(2)}）</Radio>
              </Space>
            </Radio.Group>
          </Form.Item>
        ) : null}
        {short || insufficient ? (
          <Alert
            type="warning"
            showIcon
            style={{ marginBottom: 16 }}
            title={`快点余额不足：当前余额 ${balance ?? 0} 快点，报名费 ${fair.feePoints} 快点。请充值后再支付，或选择微信支付。`}
            action={<RechargeButton type="default" />}
          />
        ) : null}
        <Form.Item
          name="agreed"
          valuePropName="checked"
          rules={[
            {
              validator: (_, value) =>
                value ? Promise.resolve() : Promise.reject(new Error('请阅读并同意《视频双选会协议》')),
            },
          ]}
        >
          <Checkbox>
            阅读并同意
            <Button type="link" style={{ padding: '0 2px' }} onClick={() => setAgreementOpen(true)}>
              《视频双选会协议》
            </Button>
          </Checkbox>
        </Form.Item>
        {register.isError &&
        !insufficient &&
        !(register.error instanceof ApiError && register.error.fields.length > 0) ? (
          <Alert type="error" showIcon title={messageOf(register.error)} style={{ marginBottom: 16 }} />
        ) : null}
        <Space>
          <Button type="primary" htmlType="submit" loading={register.isPending}>
            {free ? '确认报名' : '确认报名并支付'}
          </Button>
          <Button onClick={props.onClose}>取消</Button>
        </Space>
      </Form>
      <AgreementModal fair={fair} open={agreementOpen} onClose={() => setAgreementOpen(false)} />
    </Drawer>
  );
}
