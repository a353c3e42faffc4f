import { VENUE_EQUIPMENT, type Venue, VenueInput } from '@openrecruit/shared';
import {
  App,
  Button,
  Checkbox,
  Form,
  Input,
  InputNumber,
  Modal,
  Popconfirm,
  Select,
  Space,
  Table,
  type TableColumnsType,
  Tag,
} from 'antd';
import { useEffect, useState } from 'react';
import { QueryState } from '../../components/console/QueryState';
import { applyFieldErrors, messageOf } from '../../lib/api';
import { schemaRule } from '../../lib/schema-rules';
import { useUniversityProfile } from '../universities/api';
import { useRetireVenue, useSaveVenue, useVenues } from './api';
import './venues.css';

// 场地管理 (issue 11 item 4): the university's rooms (校区 from 高校信息, 容纳人数, 设备). Any of the
// career centre's staff manage them; a room is 停用, never deleted (its bookings stay).

type Editing = { venue?: Venue } | undefined;

export function VenuesPage() {
  const venues = useVenues();
  const { message } = App.useApp();
  const retire = useRetireVenue();
  const [editing, setEditing] = useState<Editing>();
  useEffect(() => {
    document.title = '场地管理 - 开放招聘';
  }, []);

  const columns: TableColumnsType<Venue> = [
    { title: '场地名称', dataIndex: 'name', key: 'name' },
    { title: '校区', dataIndex: 'campus', key: 'campus', render: (campus: string) => campus || '—' },
    { title: '容纳人数', dataIndex: 'capacity', key: 'capacity', render: (n: number) => `${n}人` },
    {
      title: '设备',
      dataIndex: 'equipment',
      key: 'equipment',
      render: (list: string[]) => (list.length ? list.map((item) => <Tag key={item}>{item}</Tag>) : '—'),
    },
    {
      title: '状态',
      dataIndex: 'retired',
      key: 'retired',
      render: (retired: boolean) => (retired ? <Tag>已停用</Tag> : <Tag color="success">使用中</Tag>),
    },
    {
      title: '操作',
      key: 'actions',
      render: (_, venue) =>
        venue.retired ? null : (
          <Space size={0}>
            <Button type="link" onClick={() => setEditing({ venue })} aria-label={`编辑：${venue.name}`}>
              编辑
            </Button>
            <Popconfirm
              title={`停用${venue.name}？`}
              description="停用后已有的占用保留，不能再安排新的宣讲会或占用。"
              okText="停用"
              cancelText="取消"
              okButtonProps={{ danger: true }}
              onConfirm={() =>
                retire.mutate(venue.id, {
                  onSuccess: () => message.success(`已停用${venue.name}`),
                  onError: (error) => message.error(messageOf(error)),
                })
              }
            >
              <Button type="link" danger aria-label={`停用：${venue.name}`}>
                停用
              </Button>
            </Popconfirm>
          </Space>
        ),
    },
  ];

  return (
    <div className="console-card">
      <Space style={{ width: '100%', justifyContent: 'space-between' }} align="center">
        <h1 className="console-page-title">场地管理</h1>
        <Button type="primary" onClick={() => setEditing({})}>
          新增场地
        </Button>
      </Space>
      <p className="venue-calendar__range">
        宣讲会审核通过时从这里选择场地；停用的场地保留已有的占用，不再安排新的宣讲会或占用。
      </p>
      <QueryState query={venues}>
        {(data) => (
          <Table
            rowKey="id"
            columns={columns}
            dataSource={data.items}
            pagination={false}
            locale={{ emptyText: '还没有场地，点击“新增场地”添加报告厅、教室等' }}
          />
        )}
      </QueryState>
      <VenueModal editing={editing} onClose={() => setEditing(undefined)} />
    </div>
  );
}

interface VenueValues {
  name: string;
  campus: string;
  capacity: number;
  equipment: string[];
}

function VenueModal({ editing, onClose }: { editing: Editing; onClose: () => void }) {
  const [form] = Form.useForm<VenueValues>();
  const save = useSaveVenue();
  const profile = useUniversityProfile();
  const { message } = App.useApp();
  const campuses = profile.data?.campuses.map((campus) => campus.name) ?? [];
  const venue = editing?.venue;

  useEffect(() => {
    if (!editing) return;
    form.setFieldsValue(
      venue
        ? { name: venue.name, campus: venue.campus, capacity: venue.capacity, equipment: venue.equipment }
        : { name: '', campus: campuses[0] ?? '', capacity: 100, equipment: ['投影仪', '麦克风'] },
    );
  }, [editing, venue, form, campuses[0]]);

  const submit = async () => {
    const values = await form.validateFields().catch(() => undefined);
    if (!values) return;
    save.mutate(
      {
        ...(venue ? { id: venue.id } : {}),
        input: {
          ...values,
          campus: values.campus ?? '',
          equipment: values.equipment as VenueInput['equipment'],
        },
      },
      {
        onSuccess: () => {
          message.success(venue ? '已保存' : '已新增场地');
          onClose();
        },
        onError: (error) => {
          if (!applyFieldErrors(form, error, ['name', 'campus', 'capacity', 'equipment']))
            message.error(messageOf(error));
        },
      },
    );
  };

  return (
    <Modal
      open={editing !== undefined}
      title={venue ? '编辑场地' : '新增场地'}
      okText="保存"
      cancelText="取消"
      onOk={submit}
      onCancel={onClose}
      okButtonProps={{ loading: save.isPending }}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" preserve={false}>
        <Form.Item name="name" label="场地名称" rules={[schemaRule(VenueInput, 'name')]} required>
          <Input maxLength={30} placeholder="如：图书馆报告厅" />
        </Form.Item>
        {campuses.length > 0 ? (
          <Form.Item name="campus" label="校区" rules={[{ required: true, message: '请选择校区' }]}>
            <Select options={campuses.map((name) => ({ value: name, label: name }))} />
          </Form.Item>
        ) : null}
        <Form.Item name="capacity" label="容纳人数" rules={[schemaRule(VenueInput, 'capacity')]} required>
          <InputNumber min={1} max={5000} precision={0} addonAfter="人" style={{ width: 200 }} />
        </Form.Item>
        <Form.Item name="equipment" label="设备">
          <Checkbox.Group options={VENUE_EQUIPMENT.map((item) => ({ value: item, label: item }))} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
