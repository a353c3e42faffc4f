import {
  BoothKindInput,
  JOB_FAIR_LIMITS,
  JobFairInput,
  type UniversityJobFairDetail,
} from '@openrecruit/shared';
import { Alert, App, Button, DatePicker, Drawer, Form, Input, InputNumber, Select, Space } from 'antd';
import type { Dayjs } from 'dayjs';
import { ApiError, applyFieldErrors, messageOf } from '../../lib/api';
import { fromPickerValue, toPickerValue } from '../../lib/format';
import { schemaRule } from '../../lib/schema-rules';
import { useVenues } from '../venues/api';
import { useSaveJobFair } from './api';

interface FormValues {
  title: string;
  startsAt?: Dayjs;
  endsAt?: Dayjs;
  venueId: string;
  location: string;
  boothKinds: { name: string; fee: number; count: number }[];
  registrationOpensAt?: Dayjs;
  registrationClosesAt?: Dayjs;
  rules: string;
  description: string;
}

const FIELDS = [
  'title',
  'startsAt',
  'endsAt',
  'venueId',
  'location',
  'boothKinds',
  'registrationOpensAt',
  'registrationClosesAt',
  'rules',
  'description',
] as const;

const NO_VENUE = '';
const required = (message: string) => ({ required: true, message });

function initialValues(fair: UniversityJobFairDetail | undefined): Partial<FormValues> {
  if (!fair)
    return {
      title: '',
      venueId: NO_VENUE,
      location: '',
      boothKinds: [{ name: '标准展位', fee: 0, count: 50 }],
      rules: '',
      description: '',
    };
  return {
    title: fair.title,
    startsAt: toPickerValue(fair.startsAt),
    endsAt: toPickerValue(fair.endsAt),
    venueId: fair.venueId ?? NO_VENUE,
    location: fair.venueId ? '' : fair.location,
    boothKinds: fair.boothKinds.map((kind) => ({
      name: kind.name,
      fee: kind.feeCents / 100,
      count: kind.count,
    })),
    registrationOpensAt: toPickerValue(fair.registrationOpensAt),
    registrationClosesAt: toPickerValue(fair.registrationClosesAt),
    rules: fair.rules,
    description: fair.description,
  };
}

/** 新建双选会 / 编辑: the booths are numbered per kind (A01…, B01…); their total is the capacity. */
export function JobFairFormDrawer({
  fair,
  onClose,
}: {
  /** undefined = 新建. */
  fair?: UniversityJobFairDetail;
  onClose: () => void;
}) {
  const { message } = App.useApp();
  const [form] = Form.useForm<FormValues>();
  const venues = useVenues();
  const save = useSaveJobFair();
  const venueId = Form.useWatch('venueId', form);

  const onFinish = (values: FormValues) => {
    const input = {
      title: values.title,
      description: values.description ?? '',
      startsAt: fromPickerValue(values.startsAt!),
      endsAt: fromPickerValue(values.endsAt!),
      venueId: values.venueId || null,
      location: values.location ?? '',
      boothKinds: values.boothKinds.map((kind) => ({
        name: kind.name,
        feeCents: Math.round((kind.fee ?? 0) * 100),
        count: kind.count,
      })),
      registrationOpensAt: fromPickerValue(values.registrationOpensAt!),
      registrationClosesAt: fromPickerValue(values.registrationClosesAt!),
      rules: values.rules ?? '',
    };
    save.mutate(
      { ...(fair ? { fairId: fair.id } : {}), input },
      {
        onSuccess: () => {
          message.success(fair ? '双选会已保存' : '双选会已发布');
          onClose();
        },
        onError: (error) => {
          applyFieldErrors(form, error, FIELDS);
        },
      },
    );
  };

  const venueOptions = [
    { value: NO_VENUE, label: '不使用本校场地（填写地点）' },
    ...(venues.data?.items ?? [])
      .filter((venue) => !venue.retired)
      .map((venue) => ({
        value: venue.id,
        label: `${venue.campus ? `${venue.campus} ` : ''}${venue.name}（${venue.capacity}人）`,
      })),
  ];

  return (
    <Drawer
      open
      width={720}
      title={fair ? '编辑双选会' : '新建双选会'}
      onClose={onClose}
      destroyOnHidden
      maskClosable={false}
    >
      <Form<FormValues>
        form={form}
        layout="horizontal"
        labelCol={{ flex: '110px' }}
        onFinish={onFinish}
        initialValues={initialValues(fair)}
      >
        <Form.Item name="title" label="双选会名称" rules={[schemaRule(JobFairInput, 'title')]}>
          <Input maxLength={JOB_FAIR_LIMITS.titleMaxChars} />
        </Form.Item>
        <Form.Item label="举办时间" required>
          <Space align="start">
            <Form.Item name="startsAt" noStyle rules={[required('请选择开始时间')]}>
              <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" aria-label="开始时间" />
            </Form.Item>
            <span>至</span>
            <Form.Item name="endsAt" noStyle rules={[required('请选择结束时间')]}>
              <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" aria-label="结束时间" />
            </Form.Item>
          </Space>
        </Form.Item>
        <Form.Item name="venueId" label="场地">
          <Select options={venueOptions} loading={venues.isPending} />
        </Form.Item>
        <Form.Item
          name="location"
          label="地点"
          extra={venueId ? '留空则显示场地名称' : '如：体育馆、室外广场'}
          rules={[schemaRule(JobFairInput, 'location')]}
        >
          <Input maxLength={JOB_FAIR_LIMITS.locationMaxChars} />
        </Form.Item>
        <Form.Item label="展位类型与费用" required>
          <Form.List name="boothKinds">
            {(fields, { add, remove }) => (
              <>
                {fields.map((field, index) => (
                  <Space key={field.key} align="start" style={{ display: 'flex' }}>
                    <Form.Item
                      name={[field.name, 'name']}
                      rules={[schemaRule(BoothKindInput, 'name', ['boothKinds', field.name])]}
                    >
                      <Input placeholder="展位类型" aria-label={`展位类型${index + 1}名称`} maxLength={20} />
                    </Form.Item>
                    <Form.Item name={[field.name, 'fee']} rules={[required('请输入费用（免费填0）')]}>
                      <InputNumber
                        min={0}
                        max={100000}
                        precision={2}
                        prefix="¥"
                        aria-label={`展位类型${index + 1}费用（元）`}
                        style={{ width: 140 }}
                      />
                    </Form.Item>
                    <Form.Item
                      name={[field.name, 'count']}
                      rules={[schemaRule(BoothKindInput, 'count', ['boothKinds', field.name])]}
                    >
                      <InputNumber
                        min={1}
                        max={JOB_FAIR_LIMITS.boothsMax}
                        suffix="个"
                        aria-label={`展位类型${index + 1}数量`}
                        style={{ width: 120 }}
                      />
                    </Form.Item>
                    {fields.length > 1 ? (
                      <Button type="link" danger onClick={() => remove(field.name)}>
                        删除
                      </Button>
                    ) : null}
                  </Space>
                ))}
                {fields.length < JOB_FAIR_LIMITS.boothKindsMax ? (
                  <Button onClick={() => add({ name: '', fee: 0, count: 10 })}>添加展位类型</Button>
                ) : null}
                <div className="job-fairs__secondary">
                  展位数量合计即可报名的单位数；已分配的展位不能减少。
                </div>
              </>
            )}
          </Form.List>
        </Form.Item>
        <Form.Item label="报名时间" required>
          <Space align="start">
            <Form.Item name="registrationOpensAt" noStyle rules={[required('请选择报名开始时间')]}>
              <DatePicker
                showTime={{ format: 'HH:mm' }}
                format="YYYY-MM-DD HH:mm"
                aria-label="报名开始时间"
              />
            </Form.Item>
            <span>至</span>
            <Form.Item name="registrationClosesAt" noStyle rules={[required('请选择报名截止时间')]}>
              <DatePicker
                showTime={{ format: 'HH:mm' }}
                format="YYYY-MM-DD HH:mm"
                aria-label="报名截止时间"
              />
            </Form.Item>
          </Space>
        </Form.Item>
        <Form.Item name="rules" label="参会须知" rules={[schemaRule(JobFairInput, 'rules')]}>
          <Input.TextArea rows={4} maxLength={JOB_FAIR_LIMITS.rulesMaxChars} showCount />
        </Form.Item>
        <Form.Item name="description" label="简介" rules={[schemaRule(JobFairInput, 'description')]}>
          <Input.TextArea rows={4} maxLength={JOB_FAIR_LIMITS.descriptionMaxChars} showCount />
        </Form.Item>
        {save.isError && !(save.error instanceof ApiError && save.error.fields.length > 0) ? (
          <Alert type="error" showIcon title={messageOf(save.error)} style={{ marginBottom: 16 }} />
        ) : null}
        <Form.Item label=" " colon={false}>
          <Space>
            <Button type="primary" htmlType="submit" loading={save.isPending}>
              {fair ? '保存' : '发布双选会'}
            </Button>
            <Button onClick={onClose}>取消</Button>
          </Space>
        </Form.Item>
      </Form>
    </Drawer>
  );
}
