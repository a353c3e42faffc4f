import {
  AddCompanyMemberInput,
  type CompanyMember,
  ResetMemberPasswordInput,
  UpdateCompanyMemberInput,
} from '@openrecruit/shared';
import {
  App,
  Button,
  Form,
  Input,
  Modal,
  Result,
  Space,
  Table,
  type TableColumnsType,
  Tabs,
  Tag,
} from 'antd';
import { useEffect, useState } from 'react';
import { ResetPasswordModal, STAFF_PASSWORD_HINT } from '../../components/console/ResetPasswordModal';
import {
  AccountSwitch,
  type AccountSwitchWords,
  NewStaffAccountModal,
} from '../../components/console/StaffAccountParts';
import { applyFieldErrors, messageOf } from '../../lib/api';
import { schemaRule } from '../../lib/schema-rules';
import { useSignedInSession } from '../../lib/session';
import { JoinRequestsPanel } from '../join-requests/JoinRequestsPanel';
import {
  MEMBERS_PAGE_SIZE,
  useAddMember,
  useCompanyMembers,
  useResetMemberPassword,
  useSetMemberActive,
  useUpdateMember,
} from './api';

const MEMBER_SWITCH: AccountSwitchWords = {
  off: {
    label: '注销账户',
    question: (name) => `注销${name}的账户？`,
    note: '注销后该成员立即下线且无法登录，其招聘记录保留。',
  },
  on: { label: '恢复账户', question: (name) => `恢复${name}的账户？`, note: '恢复后该成员可重新登录。' },
};

const FIRST_LOGIN_NOTE = '请将初始密码告知该成员，成员首次登录时须修改密码后才能使用系统。';

type Dialog =
  | { kind: 'add' }
  | { kind: 'edit'; member: CompanyMember }
  | { kind: 'reset'; member: CompanyMember };

/** 公司设置 > 公司成员: the 单位管理员 adds HR members, edits, resets passwords, (de)activates, and decides join requests. */
export function CompanyMembersPage() {
  const { account } = useSignedInSession('employer');
  const isAdmin = account.companyRole === 'admin';

  useEffect(() => {
    document.title = '公司成员 - 开放招聘';
  }, []);

  return (
    <div className="console-card">
      <h1 className="console-page-title">公司成员</h1>
      {isAdmin ? (
        <Tabs
          items={[
            { key: 'members', label: '成员列表', children: <MembersPanel selfId={account.id} /> },
            { key: 'join-requests', label: '加入申请', children: <JoinRequestsPanel /> },
          ]}
        />
      ) : (
        <Result
          status="warning"
          title="仅单位管理员可管理公司成员"
          subTitle="如需新增HR、重置密码或注销账户，请联系本单位的单位管理员。"
        />
      )}
    </div>
  );
}

function MembersPanel({ selfId }: { selfId: string }) {
  const { message } = App.useApp();
  const [page, setPage] = useState(1);
  const members = useCompanyMembers(page);
  const setActive = useSetMemberActive();
  const [dialog, setDialog] = useState<Dialog>();
  const resetPassword = useResetMemberPassword();

  const toggle = (member: CompanyMember) => {
    const active = member.status !== 'active';
    setActive.mutate(
      { id: member.id, active },
      {
        onSuccess: () =>
          message.success(active ? `已恢复${member.name}的账户` : `已注销${member.name}的账户`),
        onError: (error) => message.error(messageOf(error)),
      },
    );
  };

  const columns: TableColumnsType<CompanyMember> = [
    { title: '姓名', dataIndex: 'name', key: 'name' },
    { title: '手机', dataIndex: 'mobileMasked', key: 'mobile' },
    {
      title: '角色',
      dataIndex: 'role',
      key: 'role',
      render: (role: CompanyMember['role']) =>
        role === 'admin' ? <Tag color="blue">单位管理员</Tag> : <Tag>单位成员</Tag>,
    },
    {
      title: '状态',
      dataIndex: 'status',
      key: 'status',
      render: (status: CompanyMember['status']) =>
        status === 'active' ? <Tag color="success">正常</Tag> : <Tag color="default">已注销</Tag>,
    },
    {
      title: '首次登录需改密',
      dataIndex: 'mustChangePassword',
      key: 'mustChangePassword',
      render: (value: boolean) => (value ? '是' : '否'),
    },
    {
      title: '操作',
      key: 'actions',
      render: (_, member) => {
        const self = member.id === selfId;
        return (
          <Space size={0}>
            <Button
              type="link"
              onClick={() => setDialog({ kind: 'edit', member })}
              aria-label={`修改：${member.name}`}
            >
              修改
            </Button>
            <Button
              type="link"
              onClick={() => setDialog({ kind: 'reset', member })}
              aria-label={`重置密码：${member.name}`}
            >
              重置密码
            </Button>
            {self ? null : (
              <AccountSwitch
                name={member.name}
                active={member.status === 'active'}
                words={MEMBER_SWITCH}
                onConfirm={() => toggle(member)}
              />
            )}
          </Space>
        );
      },
    },
  ];

  return (
    <>
      <div style={{ marginBottom: 16 }}>
        <Button type="primary" onClick={() => setDialog({ kind: 'add' })}>
          新增HR
        </Button>
      </div>
      <Table<CompanyMember>
        rowKey="id"
        columns={columns}
        dataSource={members.data?.items ?? []}
        loading={members.isPending}
        locale={{ emptyText: members.isError ? messageOf(members.error) : '暂无成员' }}
        pagination={{
          current: page,
          pageSize: MEMBERS_PAGE_SIZE,
          total: members.data?.total ?? 0,
          hideOnSinglePage: true,
          onChange: setPage,
        }}
      />
      {dialog?.kind === 'add' ? <AddMemberModal onClose={() => setDialog(undefined)} /> : null}
      {dialog?.kind === 'edit' ? (
        <EditMemberModal member={dialog.member} onClose={() => setDialog(undefined)} />
      ) : null}
      {dialog?.kind === 'reset' ? (
        <ResetPasswordModal
          name={dialog.member.name}
          note={FIRST_LOGIN_NOTE}
          rule={schemaRule(ResetMemberPasswordInput, 'initialPassword')}
          submit={(initialPassword) => resetPassword.mutateAsync({ id: dialog.member.id, initialPassword })}
          onClose={() => setDialog(undefined)}
        />
      ) : null}
    </>
  );
}

function AddMemberModal({ onClose }: { onClose: () => void }) {
  const add = useAddMember();
  return (
    <NewStaffAccountModal<AddCompanyMemberInput>
      title="新增HR"
      note={FIRST_LOGIN_NOTE}
      fields={['name', 'mobile', 'initialPassword']}
      pending={add.isPending}
      submit={add.mutateAsync}
      success={(name) => `已新增HR${name}`}
      onClose={onClose}
    >
      <Form.Item name="name" label="姓名" rules={[schemaRule(AddCompanyMemberInput, 'name')]}>
        <Input maxLength={20} autoComplete="off" />
      </Form.Item>
      <Form.Item
        name="mobile"
        label="手机"
        extra="成员用该手机号登录"
        rules={[schemaRule(AddCompanyMemberInput, 'mobile')]}
      >
        <Input maxLength={11} inputMode="numeric" autoComplete="off" />
      </Form.Item>
      <Form.Item
        name="initialPassword"
        label="初始密码"
        extra={STAFF_PASSWORD_HINT}
        rules={[schemaRule(AddCompanyMemberInput, 'initialPassword')]}
      >
        <Input.Password maxLength={64} autoComplete="new-password" />
      </Form.Item>
    </NewStaffAccountModal>
  );
}

function EditMemberModal({ member, onClose }: { member: CompanyMember; onClose: () => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<{ name: string }>();
  const update = useUpdateMember();

  const onFinish = (values: { name: string }) =>
    update.mutate(
      { id: member.id, ...values },
      {
        onSuccess: () => {
          message.success('已保存');
          onClose();
        },
        onError: (error) => {
          if (!applyFieldErrors(form, error, ['name'])) message.error(messageOf(error));
        },
      },
    );

  return (
    <Modal
      title={`修改成员：${member.name}`}
      open
      onCancel={onClose}
      onOk={() => form.submit()}
      okText="保存"
      cancelText="取消"
      okButtonProps={{ loading: update.isPending }}
    >
      <Form form={form} layout="vertical" onFinish={onFinish} initialValues={{ name: member.name }}>
        <Form.Item name="name" label="姓名" rules={[schemaRule(UpdateCompanyMemberInput, 'name')]}>
          <Input maxLength={20} autoComplete="off" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
