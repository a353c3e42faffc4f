import {
  ApplyPresentationInput,
  PRESENTATION_STATE_LABELS,
  type Presentation,
  type PresentationState,
  VENUE_EQUIPMENT,
} from '@openrecruit/shared';
import {
  Alert,
  App,
  Button,
  Checkbox,
  DatePicker,
  Descriptions,
  Drawer,
  Form,
  Input,
  InputNumber,
  Popconfirm,
  Result,
  Select,
  Space,
  Table,
  type TableColumnsType,
  Tag,
  TimePicker,
} from 'antd';
import type { Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { QueryState } from '../../components/console/QueryState';
import { applyFieldErrors, messageOf } from '../../lib/api';
import { formatDateTime, formatTime, fromPickerValue, shanghaiNow, toPickerValue } from '../../lib/format';
import { schemaRule } from '../../lib/schema-rules';
import { useSignedInSession } from '../../lib/session';
import { useRecruitingJobOptions } from '../employer-jobs/api';
import {
  PRESENTATIONS_PAGE_SIZE,
  type PresentationFilters,
  useApplyPresentation,
  useCancelPresentation,
  useEnteredUniversities,
  usePresentation,
  usePresentations,
} from './api';
import './presentations.css';

// 校园招聘 > 宣讲会 (seed 002): 在【校园招聘>宣讲会】申请宣讲会，填写信息并提交后，学校将会在三个工作日内
// 进行审核并进行电话联系确定您的宣讲会场地以及时间，审核结果将会在微信公众号上以及 PC 端进行推送通知.

const STATE_COLORS: Record<PresentationState, string> = {
  pending: 'processing',
  approved: 'success',
  rejected: 'error',
  cancelled: 'default',
};

const slotText = (slot: { startsAt: string; endsAt: string }) =>
  `${formatDateTime(slot.startsAt)}-${formatTime(slot.endsAt)}`;

const placeText = (p: Presentation) =>
  p.venue ? `${p.venue.campus ? `${p.venue.campus} ` : ''}${p.venue.name}` : '';

export function EmployerPresentationsPage() {
  const [page, setPage] = useState(1);
  const [filters, setFilters] = useState<PresentationFilters>({});
  const list = usePresentations(page, filters);
  const universities = useEnteredUniversities();
  const cancel = useCancelPresentation();
  const { message } = App.useApp();
  const [applying, setApplying] = useState<{ from?: Presentation } | undefined>();
  const [viewing, setViewing] = useState<string | undefined>();
  useEffect(() => {
    document.title = '宣讲会 - 开放招聘';
  }, []);

  const doCancel = (p: Presentation) =>
    cancel.mutate(p.id, {
      onSuccess: () => message.success('已取消宣讲会'),
      onError: (error) => message.error(messageOf(error)),
    });

  const columns: TableColumnsType<Presentation> = [
    { title: '高校', dataIndex: ['university', 'name'], key: 'university', width: 130 },
    {
      title: '宣讲主题',
      dataIndex: 'title',
      key: 'title',
      render: (title: string, p) => (
        <Button
          type="link"
          style={{ padding: 0, height: 'auto', whiteSpace: 'normal', textAlign: 'left' }}
          onClick={() => setViewing(p.id)}
        >
          {title}
        </Button>
      ),
    },
    {
      title: '期望时间',
      key: 'preferred',
      width: 170,
      render: (_, p) => (
        <Space orientation="vertical" size={0}>
          {p.preferredSlots.map((slot) => (
            <span key={slot.startsAt}>{slotText(slot)}</span>
          ))}
        </Space>
      ),
    },
    {
      title: '安排的场地和时间',
      key: 'arranged',
      width: 190,
      render: (_, p) =>
        p.state === 'approved' && p.startsAt && p.endsAt ? (
          <Space orientation="vertical" size={0}>
            <span>{placeText(p)}</span>
            <span>{slotText({ startsAt: p.startsAt, endsAt: p.endsAt })}</span>
            {p.timeDiffersFromPreferred ? <Tag color="warning">与期望时间不同</Tag> : null}
          </Space>
        ) : (
          '—'
        ),
    },
    {
      title: '状态',
      key: 'state',
      width: 180,
      render: (_, p) => (
        <Space orientation="vertical" size={0}>
          <Tag color={STATE_COLORS[p.state]}>{PRESENTATION_STATE_LABELS[p.state]}</Tag>
          {p.state === 'rejected' && p.rejectReason ? (
            <span className="presentation-reason">原因：{p.rejectReason}</span>
          ) : null}
          {p.state === 'pending' && p.dueAt ? (
            <span className="presentation-reason">预计{formatDateTime(p.dueAt)}前审核</span>
          ) : null}
        </Space>
      ),
    },
    {
      title: '申请时间',
      dataIndex: 'submittedAt',
      key: 'submittedAt',
      width: 140,
      render: (iso: string) => formatDateTime(iso),
    },
    {
      title: '操作',
      key: 'actions',
      width: 110,
      render: (_, p) => (
        <Space size={0} wrap>
          <Button type="link" onClick={() => setViewing(p.id)} aria-label={`详情：${p.title}`}>
            详情
          </Button>
          {p.canCancel ? (
            <Popconfirm
              title="取消该宣讲会？"
              description="取消后场地释放，已报名的学生将看到宣讲会已取消。"
              okText="取消宣讲会"
              cancelText="不取消"
              okButtonProps={{ danger: true }}
              onConfirm={() => doCancel(p)}
            >
              <Button type="link" danger aria-label={`取消：${p.title}`}>
                取消
              </Button>
            </Popconfirm>
          ) : null}
          {p.state === 'rejected' ? (
            <Button type="link" onClick={() => setApplying({ from: p })} aria-label={`重新申请：${p.title}`}>
              重新申请
            </Button>
          ) : null}
        </Space>
      ),
    },
  ];

  const entered = universities.data ?? [];
  return (
    <div className="console-card">
      <Space style={{ width: '100%', justifyContent: 'space-between' }} align="center">
        <h1 className="console-page-title">宣讲会</h1>
        <Button type="primary" disabled={entered.length === 0} onClick={() => setApplying({})}>
          申请宣讲会
        </Button>
      </Space>
      <p className="presentation-hint">
        提交申请后，学校将在三个工作日内审核并电话联系确定宣讲会的场地和时间，审核结果将在微信公众号和 PC
        端推送通知。
      </p>
      {universities.isSuccess && entered.length === 0 ? (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          title="贵单位尚未入驻任何高校"
          description={
            <span>
              宣讲会只能向已入驻的高校申请，请先在<Link to="/employer/campus/universities">入驻高校</Link>
              中申请入驻。
            </span>
          }
        />
      ) : null}
      <Space wrap style={{ marginBottom: 16 }}>
        <Select
          aria-label="高校"
          placeholder="全部高校"
          allowClear
          style={{ width: 200 }}
          value={filters.universityId}
          onChange={(universityId?: string) => {
            setPage(1);
            setFilters({ ...filters, universityId });
          }}
          options={entered.map((u) => ({ value: u.id, label: u.name }))}
        />
        <Select
          aria-label="状态"
          placeholder="全部状态"
          allowClear
          style={{ width: 140 }}
          value={filters.state}
          onChange={(state?: PresentationState) => {
            setPage(1);
            setFilters({ ...filters, state });
          }}
          options={Object.entries(PRESENTATION_STATE_LABELS).map(([value, label]) => ({ value, label }))}
        />
      </Space>
      <QueryState query={list}>
        {(data) => (
          <Table
            rowKey="id"
            columns={columns}
            dataSource={data.items}
            locale={{ emptyText: '还没有宣讲会申请' }}
            pagination={{
              current: page,
              pageSize: PRESENTATIONS_PAGE_SIZE,
              total: data.total,
              onChange: setPage,
              showTotal: (total) => `共${total}条`,
            }}
          />
        )}
      </QueryState>
      <ApplyDrawer
        open={applying !== undefined}
        from={applying?.from}
        universities={entered}
        onClose={() => setApplying(undefined)}
      />
      <DetailDrawer id={viewing} onClose={() => setViewing(undefined)} onCancel={doCancel} />
    </div>
  );
}

function DetailDrawer({
  id,
  onClose,
  onCancel,
}: {
  id?: string;
  onClose: () => void;
  onCancel: (p: Presentation) => void;
}) {
  const presentation = usePresentation(id);
  return (
    <Drawer open={id !== undefined} onClose={onClose} size={640} title="宣讲会详情" destroyOnHidden>
      {id ? (
        <QueryState query={presentation} loading="spin">
          {(p) => (
            <Space orientation="vertical" size="large" style={{ width: '100%' }}>
              {p.state === 'approved' && p.timeDiffersFromPreferred ? (
                <Alert
                  type="warning"
                  showIcon
                  title="学校安排的时间与贵单位期望的时间不同"
                  description="如不能参加，可取消该宣讲会。"
                  action={
                    p.canCancel ? (
                      <Button size="small" danger onClick={() => onCancel(p)}>
                        取消宣讲会
                      </Button>
                    ) : undefined
                  }
                />
              ) : null}
              <Descriptions
                column={1}
                bordered
                size="small"
                items={[
                  {
                    key: 'state',
                    label: '状态',
                    children: <Tag color={STATE_COLORS[p.state]}>{PRESENTATION_STATE_LABELS[p.state]}</Tag>,
                  },
                  ...(p.rejectReason
                    ? [{ key: 'reason', label: '未通过原因', children: p.rejectReason }]
                    : []),
                  { key: 'university', label: '高校', children: p.university.name },
                  { key: 'title', label: '宣讲主题', children: p.title },
                  {
                    key: 'preferred',
                    label: '期望时间',
                    children: p.preferredSlots.map(slotText).join('；'),
                  },
                  ...(p.startsAt && p.endsAt
                    ? [
                        { key: 'venue', label: '安排的场地', children: placeText(p) },
                        {
                          key: 'time',
                          label: '安排的时间',
                          children: slotText({ startsAt: p.startsAt, endsAt: p.endsAt }),
                        },
                        {
                          key: 'signups',
                          label: '报名人数',
                          children: `${p.signupCount} / ${p.capacity ?? 0}`,
                        },
                      ]
                    : []),
                  { key: 'audience', label: '预计人数', children: `${p.expectedAudience}人` },
                  { key: 'majors', label: '面向专业', children: p.majors.join('、') || '不限' },
                  { key: 'equipment', label: '设备需求', children: p.equipment.join('、') || '无' },
                  { key: 'needs', label: '其他需求', children: p.needs || '无' },
                  { key: 'jobs', label: '宣讲职位', children: p.jobs.map((job) => job.title).join('、') },
                  { key: 'contact', label: '联系人', children: `${p.contactName} ${p.contactMobile}` },
                  { key: 'description', label: '宣讲会介绍', children: p.description || '无' },
                  { key: 'submittedAt', label: '申请时间', children: formatDateTime(p.submittedAt) },
                  ...(p.cancelledAt
                    ? [{ key: 'cancelledAt', label: '取消时间', children: formatDateTime(p.cancelledAt) }]
                    : []),
                ]}
              />
            </Space>
          )}
        </QueryState>
      ) : null}
    </Drawer>
  );
}

interface SlotValue {
  day?: Dayjs;
  time?: [Dayjs, Dayjs];
}

interface ApplyValues {
  universityId: string;
  title: string;
  slots: SlotValue[];
  expectedAudience: number;
  majors: string[];
  equipment: string[];
  needs: string;
  jobIds: string[];
  contactName: string;
  contactMobile: string;
  description: string;
}

const FIELDS = [
  'universityId',
  'title',
  'slots',
  'expectedAudience',
  'majors',
  'equipment',
  'needs',
  'jobIds',
  'contactName',
  'contactMobile',
  'description',
] as const;

const slotsOf = (slots: SlotValue[]) =>
  slots
    .filter((slot): slot is Required<SlotValue> => Boolean(slot?.day && slot.time))
    .map((slot) => ({
      startsAt: fromPickerValue(slot.day.hour(slot.time[0].hour()).minute(slot.time[0].minute()).second(0)),
      endsAt: fromPickerValue(slot.day.hour(slot.time[1].hour()).minute(slot.time[1].minute()).second(0)),
    }));

function ApplyDrawer({
  open,
  from,
  universities,
  onClose,
}: {
  open: boolean;
  from?: Presentation;
  universities: { id: string; name: string }[];
  onClose: () => void;
}) {
  const [form] = Form.useForm<ApplyValues>();
  const apply = useApplyPresentation();
  const jobs = useRecruitingJobOptions(open);
  const { account } = useSignedInSession('employer');
  const { message } = App.useApp();

  // Read once when the drawer's form mounts (it is destroyed when hidden): 重新申请 starts from the
  // application that was turned down.
  const future = from?.preferredSlots.filter((slot) => Date.parse(slot.startsAt) > Date.now()) ?? [];
  const initialValues: Partial<ApplyValues> = {
    ...(from?.university.id || universities.length === 1
      ? { universityId: from?.university.id ?? universities[0]!.id }
      : {}),
    title: from?.title ?? '',
    slots: future.length
      ? future.map((slot) => ({
          day: toPickerValue(slot.startsAt).startOf('day'),
          time: [toPickerValue(slot.startsAt), toPickerValue(slot.endsAt)] as [Dayjs, Dayjs],
        }))
      : [{}],
    expectedAudience: from?.expectedAudience ?? 100,
    majors: from?.majors ?? [],
    equipment: from?.equipment ?? ['投影仪', '麦克风'],
    needs: from?.needs ?? '',
    jobIds: from?.jobs.map((job) => job.id) ?? [],
    contactName: from?.contactName ?? account.displayName ?? '',
    contactMobile: from?.contactMobile ?? '',
    description: from?.description ?? '',
  };

  const submit = async () => {
    const values = await form.validateFields().catch(() => undefined);
    if (!values) return;
    const { slots, ...rest } = values;
    apply.mutate(
      {
        ...rest,
        equipment: rest.equipment as ApplyPresentationInput['equipment'],
        preferredSlots: slotsOf(slots),
      },
      {
        onSuccess: (p) => {
          message.success(`已向${p.university.name}提交宣讲会申请，学校将在三个工作日内审核`);
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
      open={open}
      onClose={onClose}
      size={640}
      title={from ? '重新申请宣讲会' : '申请宣讲会'}
      destroyOnHidden
      extra={
        <Space>
          <Button onClick={onClose}>取消</Button>
          <Button type="primary" loading={apply.isPending} onClick={submit}>
            提交申请
          </Button>
        </Space>
      }
    >
      {universities.length === 0 ? (
        <Result
          status="info"
          title="贵单位尚未入驻任何高校"
          extra={<Link to="/employer/campus/universities">去入驻高校</Link>}
        />
      ) : (
        <Form form={form} layout="vertical" preserve={false} initialValues={initialValues}>
          <Form.Item
            name="universityId"
            label="高校"
            rules={[{ required: true, message: '请选择高校' }]}
            extra="只能向已入驻的高校申请"
          >
            <Select
              placeholder="请选择高校"
              options={universities.map((u) => ({ value: u.id, label: u.name }))}
            />
          </Form.Item>
          <Form.Item
            name="title"
            label="宣讲主题"
            rules={[schemaRule(ApplyPresentationInput, 'title')]}
            required
          >
            <Input maxLength={50} showCount placeholder="如：2026届校园招聘宣讲会" />
          </Form.Item>
          <Form.List name="slots">
            {(fields, { add, remove }) => (
              <fieldset className="presentation-slots">
                <legend>期望时间（1-3个，须在同一天内）</legend>
                {fields.map((field, index) => (
                  <Space key={field.key} align="start" wrap>
                    <Form.Item
                      name={[field.name, 'day']}
                      label={`期望日期${index + 1}`}
                      rules={[{ required: true, message: '请选择日期' }]}
                    >
                      <DatePicker
                        disabledDate={(value) => value.isBefore(shanghaiNow().startOf('day').add(1, 'day'))}
                      />
                    </Form.Item>
                    <Form.Item
                      name={[field.name, 'time']}
                      label={`期望时段${index + 1}`}
                      rules={[
                        { required: true, message: '请选择开始和结束时间' },
                        {
                          validator: async (_rule, value?: [Dayjs, Dayjs]) => {
                            if (value && !value[1].isAfter(value[0]))
                              throw new Error('结束时间须晚于开始时间');
                          },
                        },
                      ]}
                    >
                      <TimePicker.RangePicker
                        format="HH:mm"
                        minuteStep={15}
                        needConfirm={false}
                        placeholder={['开始时间', '结束时间']}
                      />
                    </Form.Item>
                    {fields.length > 1 ? (
                      <Button
                        type="link"
                        danger
                        onClick={() => remove(field.name)}
                        style={{ marginTop: 30 }}
                        aria-label={`删除期望时间${index + 1}`}
                      >
                        删除
                      </Button>
                    ) : null}
                  </Space>
                ))}
                {fields.length < 3 ? (
                  <Button type="dashed" onClick={() => add({})}>
                    添加期望时间
                  </Button>
                ) : null}
              </fieldset>
            )}
          </Form.List>
          <Form.Item
            name="expectedAudience"
            label="预计人数"
            rules={[schemaRule(ApplyPresentationInput, 'expectedAudience')]}
            required
          >
            <InputNumber min={1} max={5000} precision={0} addonAfter="人" style={{ width: 200 }} />
          </Form.Item>
          <Form.Item name="majors" label="面向专业" extra="输入专业名称后按回车，可填多个；不填为不限专业">
            <Select
              mode="tags"
              placeholder="如：计算机科学与技术"
              tokenSeparators={[',', '，', '、']}
              open={false}
            />
          </Form.Item>
          <Form.Item name="equipment" label="设备需求">
            <Checkbox.Group options={VENUE_EQUIPMENT.map((item) => ({ value: item, label: item }))} />
          </Form.Item>
          <Form.Item name="needs" label="其他需求" rules={[schemaRule(ApplyPresentationInput, 'needs')]}>
            <Input.TextArea rows={2} maxLength={500} showCount placeholder="如：需要容纳200人的报告厅" />
          </Form.Item>
          <Form.Item
            name="jobIds"
            label="宣讲职位"
            rules={[schemaRule(ApplyPresentationInput, 'jobIds')]}
            required
            extra={
              jobs.data && jobs.data.items.length === 0
                ? '没有招聘中的职位，请先在“职位管理”中发布职位'
                : undefined
            }
          >
            <Select
              mode="multiple"
              placeholder="请选择招聘中的职位"
              loading={jobs.isPending}
              options={(jobs.data?.items ?? []).map((job) => ({ value: job.id, label: job.title }))}
              optionFilterProp="label"
            />
          </Form.Item>
          <Space size="middle" wrap>
            <Form.Item
              name="contactName"
              label="联系人"
              rules={[schemaRule(ApplyPresentationInput, 'contactName')]}
              required
            >
              <Input maxLength={30} style={{ width: 200 }} />
            </Form.Item>
            <Form.Item
              name="contactMobile"
              label="联系手机"
              rules={[schemaRule(ApplyPresentationInput, 'contactMobile')]}
              required
            >
              <Input maxLength={11} style={{ width: 200 }} inputMode="numeric" />
            </Form.Item>
          </Space>
          <Form.Item
            name="description"
            label="宣讲会介绍"
            rules={[schemaRule(ApplyPresentationInput, 'description')]}
          >
            <Input.TextArea
              rows={4}
              maxLength={2000}
              showCount
              placeholder="宣讲内容、流程等，学生报名时可见"
            />
          </Form.Item>
        </Form>
      )}
    </Drawer>
  );
}
