import {
  AddUniversityStaffInput,
  ResetUniversityStaffPasswordInput,
  type UniversityStaffMember,
} from '@openrecruit/shared';
import { App, Button, Form, Input, Result, Space, Table, type TableColumnsType, Tag } from 'antd';
import { useEffect, useState } from 'react';
import { QueryState } from '../../components/console/QueryState';
import { ResetPasswordModal, STAFF_PASSWORD_HINT } from '../../components/console/ResetPasswordModal';
import {
  AccountSwitch,
  type AccountSwitchWords,
  NewStaffAccountModal,
} from '../../components/console/StaffAccountParts';
import { messageOf } from '../../lib/api';
import { formatDateTime } from '../../lib/format';
import { schemaRule } from '../../lib/schema-rules';
import { useSignedInSession } from '../../lib/session';
import {
  STAFF_PAGE_SIZE,
  useAddUniversityStaff,
  useResetUniversityStaffPassword,
  useSetUniversityStaffEnabled,
  useUniversityProfile,
  useUniversityStaff,
} from './api';

const STAFF_SWITCH: AccountSwitchWords = {
  off: { label: '停用', question: (name) => `停用${name}的账号？`, note: '停用后该老师立即下线且无法登录。' },
  on: { label: '启用', question: (name) => `启用${name}的账号？`, note: '启用后该老师可重新登录。' },
};

const FIRST_LOGIN_NOTE = '请将登录账号和初始密码告知该老师，首次登录时须修改密码后才能使用系统。';

type Dialog = { kind: 'add' } | { kind: 'reset'; staff: UniversityStaffMember };

/** 账号管理 (issue 11 §1): the university's admin adds staff, resets passwords, disables and enables. */
export function UniversityStaffPage() {
  const profile = useUniversityProfile();
  useEffect(() => {
    document.title = '账号管理 - 开放招聘';
  }, []);
  return (
    <div className="console-card">
      <h1 className="console-page-title">账号管理</h1>
      <QueryState query={profile}>
        {(data) =>
          data.canEdit ? (
            <StaffPanel />
          ) : (
            <Result
              status="warning"
              title="仅本校管理员可管理账号"
              subTitle="如需新增账号、重置密码或停用账号，请联系本校的管理员。"
            />
          )
        }
      </QueryState>
    </div>
  );
}

function StaffPanel() {
  const { account } = useSignedInSession('university');
  const { message } = App.useApp();
  const [page, setPage] = useState(1);
  const staff = useUniversityStaff(page, true);
  const setEnabled = useSetUniversityStaffEnabled();
  const [dialog, setDialog] = useState<Dialog>();
  const resetPassword = useResetUniversityStaffPassword();

  const toggle = (member: UniversityStaffMember) => {
    const enabled = member.status !== 'active';
    setEnabled.mutate(
      { id: member.id, enabled },
      {
        onSuccess: () =>
          message.success(enabled ? `已启用${member.name}的账号` : `已停用${member.name}的账号`),
        onError: (error) => message.error(messageOf(error)),
      },
    );
  };

  const columns: TableColumnsType<UniversityStaffMember> = [
    { title: '姓名', dataIndex: 'name', key: 'name' },
    { title: '登录账号', dataIndex: 'loginName', key: 'loginName' },
    {
      title: '角色',
      dataIndex: 'role',
      key: 'role',
      render: (role: UniversityStaffMember['role']) =>
        role === 'admin' ? <Tag color="blue">管理员</Tag> : <Tag>工作人员</Tag>,
    },
    {
      title: '状态',
      dataIndex: 'status',
      key: 'status',
      render: (status: UniversityStaffMember['status']) =>
        status === 'active' ? <Tag color="success">正常</Tag> : <Tag>已停用</Tag>,
    },
    {
      title: '首次登录需改密',
      dataIndex: 'mustChangePassword',
      key: 'mustChangePassword',
      render: (value: boolean) => (value ? '是' : '否'),
    },
    {
      title: '创建时间',
      dataIndex: 'createdAt',
      key: 'createdAt',
      render: (iso: string) => formatDateTime(iso),
    },
    {
      title: '操作',
      key: 'actions',
      render: (_, member) =>
        member.id === account.id ? null : (
          <Space size={0}>
            <Button
              type="link"
              onClick={() => setDialog({ kind: 'reset', staff: member })}
              aria-label={`重置密码：${member.name}`}
            >
              重置密码
            </Button>
            <AccountSwitch
              name={member.name}
              active={member.status === 'active'}
              words={STAFF_SWITCH}
              onConfirm={() => toggle(member)}
            />
          </Space>
        ),
    },
  ];

  return (
    <>
      <div style={{ marginBottom: 16 }}>
        <Button type="primary" onClick={() => setDialog({ kind: 'add' })}>
          新增账号
        </Button>
      </div>
      <Table<UniversityStaffMember>
        rowKey="id"
        columns={columns}
        dataSource={staff.data?.items ?? []}
        loading={staff.isPending}
        locale={{ emptyText: staff.isError ? messageOf(staff.error) : '暂无账号' }}
        pagination={{
          current: page,
          pageSize: STAFF_PAGE_SIZE,
          total: staff.data?.total ?? 0,
          hideOnSinglePage: true,
          onChange: setPage,
        }}
      />
      {dialog?.kind === 'add' ? <AddStaffModal onClose={() => setDialog(undefined)} /> : null}
      {dialog?.kind === 'reset' ? (
        <ResetPasswordModal
          name={dialog.staff.name}
          note={FIRST_LOGIN_NOTE}
          rule={schemaRule(ResetUniversityStaffPasswordInput, 'initialPassword')}
          submit={(initialPassword) => resetPassword.mutateAsync({ id: dialog.staff.id, initialPassword })}
          onClose={() => setDialog(undefined)}
        />
      ) : null}
    </>
  );
}

function AddStaffModal({ onClose }: { onClose: () => void }) {
  const add = useAddUniversityStaff();
  return (
    <NewStaffAccountModal<AddUniversityStaffInput>
      title="新增账号"
      note={FIRST_LOGIN_NOTE}
      fields={['name', 'loginName', 'initialPassword']}
      pending={add.isPending}
      submit={add.mutateAsync}
      success={(name) => `已新增账号：${name}`}
      onClose={onClose}
    >
      <Form.Item name="name" label="姓名" rules={[schemaRule(AddUniversityStaffInput, 'name')]}>
        <Input maxLength={30} autoComplete="off" />
      </Form.Item>
      <Form.Item
        name="loginName"
        label="登录账号"
        extra="邮箱或字母、数字组成的账号，该老师用它登录"
        rules={[schemaRule(AddUniversityStaffInput, 'loginName')]}
      >
        <Input maxLength={60} autoComplete="off" />
      </Form.Item>
      <Form.Item
        name="initialPassword"
        label="初始密码"
        extra={STAFF_PASSWORD_HINT}
        rules={[schemaRule(AddUniversityStaffInput, 'initialPassword')]}
      >
        <Input.Password maxLength={64} autoComplete="new-password" />
      </Form.Item>
    </NewStaffAccountModal>
  );
}
