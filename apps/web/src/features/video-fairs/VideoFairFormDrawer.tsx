import { type UniversityVideoFairDetail, VIDEO_FAIR_LIMITS, VideoFairInput } from '@openrecruit/shared';
import { Alert, App, Button, Checkbox, DatePicker, Drawer, Form, Input, InputNumber, Space } from 'antd';
import type { Dayjs } from 'dayjs';
import { ApiError, applyFieldErrors, messageOf } from '../../lib/api';
import { fromPickerValue, toPickerValue } from '../../lib/format';
import { schemaRule } from '../../lib/schema-rules';
import { useSaveVideoFair } from './api';

interface FormValues {
  title: string;
  description: string;
  startsAt?: Dayjs;
  endsAt?: Dayjs;
  slotMinutes: number;
  registrationDeadline?: Dayjs;
  feePoints: number;
  capacity: number;
  modes: ('video' | 'text')[];
  agreementText: string;
}

const FIELDS = [
  'title',
  'description',
  'startsAt',
  'endsAt',
  'slotMinutes',
  'registrationDeadline',
  'feePoints',
  'capacity',
  'agreementText',
] as const;

const DEFAULT_AGREEMENT = [
  '一、参会单位应保证所发布招聘信息真实、合法、有效，不得发布虚假或歧视性信息。',
  '二、参会单位应按约定时间进入面试间，遵守面试时长，尊重学生隐私，不得录音录像或泄露学生个人信息。',
  '三、审核未通过或主办高校取消双选会的，报名费全额退还。',
].join('\n');

const required = (message: string) => ({ required: true, message });

function initialValues(fair: UniversityVideoFairDetail | undefined): Partial<FormValues> {
  if (!fair)
    return {
      title: '',
      description: '',
      slotMinutes: 15,
      feePoints: 0,
      capacity: 50,
      modes: ['video', 'text'],
      agreementText: DEFAULT_AGREEMENT,
    };
  return {
    title: fair.title,
    description: fair.description,
    startsAt: toPickerValue(fair.startsAt),
    endsAt: toPickerValue(fair.endsAt),
    slotMinutes: fair.slotMinutes,
    registrationDeadline: toPickerValue(fair.registrationDeadline),
    feePoints: fair.feePoints,
    capacity: fair.capacity,
    modes: [...(fair.allowVideo ? (['video'] as const) : []), ...(fair.allowText ? (['text'] as const) : [])],
    agreementText: fair.agreementText,
  };
}

const picker = { showTime: { format: 'HH:mm' }, format: 'YYYY-MM-DD HH:mm' } as const;

/** 新建视频双选会 / 编辑: 举办时间 may span days; 报名费 in 快点 (0 = free). */
export function VideoFairFormDrawer({
  fair,
  onClose,
}: {
  fair?: UniversityVideoFairDetail;
  onClose: () => void;
}) {
  const { message } = App.useApp();
  const [form] = Form.useForm<FormValues>();
  const save = useSaveVideoFair();
  const locked = Boolean(fair && fair.registeredCount > 0);

  const onFinish = (values: FormValues) => {
    const input = {
      title: values.title,
      description: values.description ?? '',
      startsAt: fromPickerValue(values.startsAt!),
      endsAt: fromPickerValue(values.endsAt!),
      slotMinutes: values.slotMinutes,
      registrationDeadline: fromPickerValue(values.registrationDeadline!),
      feePoints: values.feePoints,
      capacity: values.capacity,
      allowVideo: values.modes.includes('video'),
      allowText: values.modes.includes('text'),
      agreementText: values.agreementText,
    };
    save.mutate(
      { ...(fair ? { fairId: fair.id } : {}), input },
      {
        onSuccess: () => {
          message.success(fair ? '视频双选会已保存' : '视频双选会已发布');
          onClose();
        },
        onError: (error) => {
          if (!applyFieldErrors(form, error, FIELDS)) message.error(messageOf(error));
        },
      },
    );
  };

  return (
    <Drawer
      open
      width={760}
      title={fair ? '编辑视频双选会' : '新建视频双选会'}
      onClose={onClose}
      destroyOnHidden
      maskClosable={false}
    >
      <Form<FormValues>
        form={form}
        layout="horizontal"
        labelCol={{ flex: '120px' }}
        onFinish={onFinish}
        initialValues={initialValues(fair)}
      >
        <Form.Item name="title" label="双选会名称" rules={[schemaRule(VideoFairInput, 'title')]}>
          <Input maxLength={VIDEO_FAIR_LIMITS.titleMaxChars} />
        </Form.Item>
        <Form.Item label="举办时间" required>
          <Space align="start" wrap>
            <Form.Item name="startsAt" noStyle rules={[required('请选择开始时间')]}>
              <DatePicker {...picker} aria-label="开始时间" />
            </Form.Item>
            <span>至</span>
            <Form.Item name="endsAt" noStyle rules={[required('请选择结束时间')]}>
              <DatePicker {...picker} aria-label="结束时间" />
            </Form.Item>
          </Space>
        </Form.Item>
        <Form.Item
          name="slotMinutes"
          label="面试时长"
          extra="每位学生的面试时长，结束前1分钟提醒"
          rules={[schemaRule(VideoFairInput, 'slotMinutes')]}
        >
          <InputNumber min={5} max={120} suffix="分钟" style={{ width: 160 }} />
        </Form.Item>
        <Form.Item name="registrationDeadline" label="报名截止" rules={[required('请选择报名截止时间')]}>
          <DatePicker {...picker} aria-label="报名截止时间" />
        </Form.Item>
        <Form.Item
          name="feePoints"
          label="报名费"
          extra={
            locked ? '已有单位报名并支付，报名费不能修改' : '单位可用快点或微信支付（1快点=¥1.00），0为免费'
          }
          rules={[schemaRule(VideoFairInput, 'feePoints')]}
        >
          <InputNumber
            min={0}
            max={VIDEO_FAIR_LIMITS.feeMax}
            suffix="快点"
            style={{ width: 160 }}
            disabled={locked}
          />
        </Form.Item>
        <Form.Item
          name="capacity"
          label="单位名额"
          extra={fair ? `已报名${fair.registeredCount}家，名额不能少于已报名数` : undefined}
          rules={[schemaRule(VideoFairInput, 'capacity')]}
        >
          <InputNumber min={1} max={VIDEO_FAIR_LIMITS.capacityMax} suffix="家" style={{ width: 160 }} />
        </Form.Item>
        <Form.Item
          name="modes"
          label="面试方式"
          rules={[{ type: 'array', min: 1, message: '请至少选择一种面试方式' }]}
        >
          <Checkbox.Group
            options={[
              { value: 'video', label: '视频招聘' },
              { value: 'text', label: '文字沟通' },
            ]}
          />
        </Form.Item>
        <Form.Item name="description" label="简介" rules={[schemaRule(VideoFairInput, 'description')]}>
          <Input.TextArea rows={3} maxLength={VIDEO_FAIR_LIMITS.descriptionMaxChars} showCount />
        </Form.Item>
        <Form.Item
          name="agreementText"
          label="《视频双选会协议》"
          rules={[schemaRule(VideoFairInput, 'agreementText')]}
        >
          <Input.TextArea rows={8} maxLength={VIDEO_FAIR_LIMITS.agreementMaxChars} showCount />
        </Form.Item>
        {save.isError && !(save.error instanceof ApiError && save.error.fields.length > 0) ? (
          <Alert type="error" showIcon title={messageOf(save.error)} style={{ marginBottom: 16 }} />
        ) : null}
        <Form.Item label=" " colon={false}>
          <Space>
            <Button type="primary" htmlType="submit" loading={save.isPending}>
              {fair ? '保存' : '发布视频双选会'}
            </Button>
            <Button onClick={onClose}>取消</Button>
          </Space>
        </Form.Item>
      </Form>
    </Drawer>
  );
}
