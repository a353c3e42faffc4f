import { EDUCATION_LEVELS, type HallStudent } from '@openrecruit/shared';
import { Button, Form, Input, Select, Space, Table, type TableColumnsType, Tag } from 'antd';
import { useEffect, useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { messageOf } from '../../lib/api';
import { type HallFilters, useCandidateHall, useFairRegistrationId } from './api';
import { InviteModal } from './InviteModal';
import { HALL_RELATION_LABELS } from './video-interview-labels';
import { FAIRS_PATH, roomPath } from './video-interview-paths';
import './video-interviews.css';

// 求职者大厅 (seed 002 三、方式一 and 方式二): the fair's students, searchable by 专业, 学历, 求职意向 and
// a keyword, each with 邀请面试. Opened from the 面试间's 从人才大厅邀请 (`?from=room&registration=
// &room=`), the invitation's origin is `room` and 返回面试间 leads back.

const RELATION_COLOURS: Record<HallStudent['relation'], string> = {
  none: 'default',
  invited: 'processing',
  applied: 'gold',
  queued: 'blue',
  in_progress: 'green',
  interviewed: 'success',
};

/** An invitation, application, queue place or call under way: no second invitation meanwhile. */
const OPEN_RELATIONS: HallStudent['relation'][] = ['invited', 'applied', 'queued', 'in_progress'];

export function CandidateHallPage() {
  const { fairId = '' } = useParams();
  const [params] = useSearchParams();
  const fromRoom =
    params.get('from') === 'room' && params.get('registration')
      ? { registrationId: params.get('registration') ?? '', room: Number(params.get('room') ?? 1) || 1 }
      : null;
  const [filters, setFilters] = useState<HallFilters>({});
  const [page, setPage] = useState(1);
  const lookup = useFairRegistrationId(fairId, !fromRoom);
  const registrationId = fromRoom?.registrationId ?? lookup.data;
  const hall = useCandidateHall(registrationId, filters, page);
  const [inviting, setInviting] = useState<HallStudent | null>(null);
  const [form] = Form.useForm<HallFilters>();

  useEffect(() => {
    document.title = '求职者大厅 - 开放招聘';
  }, []);

  const columns: TableColumnsType<HallStudent> = [
    { title: '姓名', dataIndex: 'displayName', key: 'name', width: 100 },
    { title: '学校', dataIndex: 'school', key: 'school', width: 170 },
    { title: '专业', key: 'major', width: 160, render: (_, s) => s.major || '未填写' },
    { title: '学历', key: 'education', width: 90, render: (_, s) => s.educationLabel ?? '未填写' },
    { title: '求职意向', key: 'intention', render: (_, s) => s.intentions.join('、') || '未填写' },
    {
      title: '状态',
      key: 'relation',
      width: 100,
      render: (_, s) =>
        s.relation === 'none' ? (
          <span className="vi-muted">{HALL_RELATION_LABELS.none}</span>
        ) : (
          <Tag color={RELATION_COLOURS[s.relation]}>{HALL_RELATION_LABELS[s.relation]}</Tag>
        ),
    },
    {
      title: '操作',
      key: 'action',
      width: 110,
      render: (_, s) => (
        <Button
          type="link"
          disabled={OPEN_RELATIONS.includes(s.relation)}
          onClick={() => setInviting(s)}
          aria-label={`邀请面试：${s.displayName}`}
        >
          邀请面试
        </Button>
      ),
    },
  ];

  return (
    <div className="console-card">
      <div className="vi-toolbar">
        <h1 className="console-page-title">求职者大厅</h1>
        <Space>
          {fromRoom ? <Link to={roomPath(fromRoom.registrationId, fromRoom.room)}>返回面试间</Link> : null}
          <Link to={FAIRS_PATH}>返回视频双选会</Link>
        </Space>
      </div>
      <p className="vi-intro">
        报名参加本场视频双选会的学生。选择合适的求职者点击“邀请面试”，求职者接受后将在面试间排队。
      </p>
      <Form
        form={form}
        layout="inline"
        className="vi-filters"
        onFinish={(values) => {
          setFilters(values);
          setPage(1);
        }}
      >
        <Form.Item name="major" label="专业">
          <Input allowClear placeholder="如：计算机" style={{ width: 160 }} />
        </Form.Item>
        <Form.Item name="education" label="学历">
          <Select
            allowClear
            placeholder="不限"
            style={{ width: 120 }}
            options={EDUCATION_LEVELS.map((e) => ({ value: e.code, label: e.label }))}
          />
        </Form.Item>
        <Form.Item name="intention" label="求职意向">
          <Input allowClear placeholder="如：软件开发" style={{ width: 160 }} />
        </Form.Item>
        <Form.Item name="keyword" label="关键词">
          <Input allowClear placeholder="学校、专业或意向" style={{ width: 180 }} />
        </Form.Item>
        <Form.Item>
          <Space>
            <Button type="primary" htmlType="submit">
              搜索
            </Button>
            <Button
              onClick={() => {
                form.resetFields();
                setFilters({});
                setPage(1);
              }}
            >
              重置
            </Button>
          </Space>
        </Form.Item>
      </Form>
      <Table<HallStudent>
        rowKey="seekerAccountId"
        columns={columns}
        dataSource={hall.data?.items ?? []}
        loading={(Boolean(registrationId) && hall.isPending) || hall.isFetching || lookup.isFetching}
        locale={{
          emptyText: lookup.isError
            ? messageOf(lookup.error)
            : registrationId === null
              ? '贵单位尚未通过本场双选会的报名审核，通过后可查看求职者大厅'
              : hall.isError
                ? messageOf(hall.error)
                : '暂无符合条件的求职者',
        }}
        pagination={{
          current: page,
          pageSize: 20,
          total: hall.data?.total ?? 0,
          hideOnSinglePage: true,
          showSizeChanger: false,
          onChange: setPage,
        }}
      />
      {inviting ? (
        <InviteModal
          fairId={fairId}
          student={{ seekerAccountId: inviting.seekerAccountId, name: inviting.displayName }}
          origin={fromRoom ? 'room' : 'hall'}
          defaultRegistrationId={registrationId ?? undefined}
          defaultRoom={fromRoom?.room}
          onClose={() => setInviting(null)}
        />
      ) : null}
    </div>
  );
}
