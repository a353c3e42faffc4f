import {
  type CampusTalent,
  CreateInvitationInput,
  type EmployerInvitation,
  INVITATION_MESSAGE_MAX,
  INVITATION_STATE_LABELS,
  INVITATION_STATES,
  type InvitationState,
} from '@openrecruit/shared';
import { App, Button, Form, Input, Modal, Radio, Select, Table, type TableColumnsType, Tag } from 'antd';
import { useState } from 'react';
import { ApiError, applyFieldErrors, messageOf } from '../../lib/api';
import { formatDateTime } from '../../lib/format';
import { schemaRule } from '../../lib/schema-rules';
import { RightBalance } from '../mall/RightBalance';
import { useCampusTalents, useInvitations, useInviteTalent, useTalentOptions } from './api';
import { TalentCard } from './TalentCard';
import { TalentListing, TalentTabsPage, tablePagination } from './TalentListing';

const STATE_COLOURS: Record<InvitationState, string> = {
  pending: 'gold',
  accepted: 'green',
  declined: 'default',
};

/** 人才中心 > 高校人才 (seed 002 高校人才邀约): students and new graduates, 邀约, and the 邀约记录. */
export function CampusTalentPage() {
  return (
    <TalentTabsPage
      title="高校人才"
      tabs={[
        { key: 'campus', label: '高校人才', children: <CampusPanel /> },
        { key: 'invitations', label: '邀约记录', children: <InvitationsPanel /> },
      ]}
    />
  );
}

function CampusPanel() {
  const options = useTalentOptions();
  const [universityId, setUniversityId] = useState('');
  const [page, setPage] = useState(1);
  const list = useCampusTalents(universityId || undefined, page);
  const [inviting, setInviting] = useState<CampusTalent>();

  return (
    <>
      <TalentListing
        filter={{
          id: 'campus-university',
          label: '高校',
          width: 240,
          value: universityId,
          loading: options.isPending,
          options: [
            { value: '', label: '不限（含应届毕业生）' },
            ...(options.data?.universities ?? []).map((u) => ({ value: u.id, label: u.name })),
          ],
          onChange: setUniversityId,
        }}
        list={list}
        page={page}
        onPageChange={setPage}
        empty="暂无符合条件的高校人才"
        renderTalent={(talent) => (
          <TalentCard
            key={talent.seekerAccountId}
            talent={talent}
            extra={
              <>
                <Tag color="purple">{talent.university?.name ?? talent.school}</Tag>
                <span style={{ fontWeight: 400 }}>
                  {talent.graduationMonth ? `${talent.graduationMonth}毕业` : '在读'}
                </span>
                {talent.invitedJobIds.length > 0 ? <Tag color="gold">已邀约</Tag> : null}
              </>
            }
            actions={
              <Button
                type="primary"
                onClick={() => setInviting(talent)}
                aria-label={`邀约：${talent.displayName}（${talent.school}）`}
              >
                邀约
              </Button>
            }
          />
        )}
      />
      {inviting ? (
        <InviteModal
          talent={inviting}
          jobs={options.data?.jobs ?? []}
          onClose={() => setInviting(undefined)}
        />
      ) : null}
    </>
  );
}

type InviteForm = { jobId: string; message: string };

function InviteModal({
  talent,
  jobs,
  onClose,
}: {
  talent: CampusTalent;
  jobs: Array<{ id: string; title: string }>;
  onClose: () => void;
}) {
  const { message } = App.useApp();
  const [form] = Form.useForm<InviteForm>();
  const invite = useInviteTalent();
  const [refused, setRefused] = useState<string>();

  const submit = (values: InviteForm) => {
    setRefused(undefined);
    invite.mutate(
      { seekerAccountId: talent.seekerAccountId, jobId: values.jobId, message: values.message ?? '' },
      {
        onSuccess: () => {
          message.success(`已向${talent.displayName}发出邀约，对方接受后简历将转入简历管理`);
          onClose();
        },
        onError: (error) => {
          // Decision 018: without 人才邀约 the modal says so and offers 去购买.
          if (error instanceof ApiError && error.code === 'RIGHT_EXHAUSTED') setRefused(error.message);
          else if (!applyFieldErrors(form, error, ['jobId', 'message'])) message.error(messageOf(error));
        },
      },
    );
  };

  return (
    <Modal
      open
      title={`邀约${talent.displayName}（${talent.school}）`}
      okText="发送邀约"
      cancelText="取消"
      confirmLoading={invite.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <RightBalance right="talent_invitation" refused={refused}>
        发送邀约将使用 1 次人才邀约；同一职位已发出、待对方确认的邀约不会重复发送。
      </RightBalance>
      <Form<InviteForm> form={form} layout="vertical" onFinish={submit} initialValues={{ message: '' }}>
        <Form.Item name="jobId" label="邀约职位" rules={[{ required: true, message: '请选择邀约职位' }]}>
          <Select
            placeholder={jobs.length ? '请选择招聘中的职位' : '暂无招聘中的职位'}
            options={jobs.map((job) => ({
              value: job.id,
              label: talent.invitedJobIds.includes(job.id) ? `${job.title}（已邀约）` : job.title,
            }))}
          />
        </Form.Item>
        <Form.Item name="message" label="邀约留言" rules={[schemaRule(CreateInvitationInput, 'message')]}>
          <Input.TextArea
            rows={4}
            maxLength={INVITATION_MESSAGE_MAX}
            showCount
            placeholder="介绍岗位亮点或面试安排，学生将在“我的邀约”中看到"
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function InvitationsPanel() {
  const [state, setState] = useState<InvitationState | ''>('');
  const [page, setPage] = useState(1);
  const list = useInvitations(state || undefined, page);
  const columns: TableColumnsType<EmployerInvitation> = [
    {
      title: '人才',
      key: 'talent',
      render: (_, row) =>
        `${row.talent.displayName}（${row.talent.sex === 'M' ? '男' : '女'}，${row.talent.age}岁${
          row.talent.educationLabel ? `，${row.talent.educationLabel}` : ''
        }）`,
    },
    { title: '学校', key: 'school', render: (_, row) => row.talent.school ?? '—' },
    { title: '邀约职位', key: 'job', render: (_, row) => row.job.title },
    {
      title: '邀约留言',
      dataIndex: 'message',
      key: 'message',
      ellipsis: true,
      render: (v: string) => v || '—',
    },
    {
      title: '状态',
      key: 'state',
      render: (_, row) => <Tag color={STATE_COLOURS[row.state]}>{row.stateLabel}</Tag>,
    },
    { title: '邀约人', dataIndex: 'invitedBy', key: 'by', render: (v: string | null) => v ?? '—' },
    {
      title: '邀约时间',
      dataIndex: 'createdAt',
      key: 'createdAt',
      render: (v: string) => formatDateTime(v),
    },
    {
      title: '答复时间',
      dataIndex: 'answeredAt',
      key: 'answeredAt',
      render: (v: string | null) => (v ? formatDateTime(v) : '—'),
    },
  ];
  return (
    <>
      <Radio.Group
        aria-label="邀约状态"
        optionType="button"
        value={state}
        onChange={(event) => {
          setState(event.target.value);
          setPage(1);
        }}
        options={[
          { value: '', label: '全部' },
          ...INVITATION_STATES.map((s) => ({ value: s, label: INVITATION_STATE_LABELS[s] })),
        ]}
        style={{ marginBottom: 16 }}
      />
      <Table<EmployerInvitation>
        rowKey="id"
        loading={list.isFetching}
        columns={columns}
        dataSource={list.data?.items ?? []}
        locale={{ emptyText: list.isError ? messageOf(list.error) : '暂无邀约记录' }}
        pagination={tablePagination(list, page, setPage, '条')}
      />
    </>
  );
}
