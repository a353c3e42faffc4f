import {
  type AccountProfile,
  AVATAR_CONTENT_TYPES,
  AVATAR_MAX_BYTES,
  UpdateAccountProfileInput,
} from '@openrecruit/shared';
import { App, Avatar, Button, Form, Input, Upload } from 'antd';
import { useEffect } from 'react';
import { QueryState } from '../../components/console/QueryState';
import { applyFieldErrors, messageOf } from '../../lib/api';
import { schemaRule } from '../../lib/schema-rules';
import { useAccountProfile, useUpdateProfile, useUploadAvatar } from './api';

type ProfileValues = { name: string; nickname: string; department: string };
const FIELDS = ['name', 'nickname', 'department'] as const;

/** 账号设置 > 个人资料 (seed 002): 头像、姓名、昵称、部门; seekers see the nickname only. */
export function ProfilePage() {
  const profile = useAccountProfile();
  useEffect(() => {
    document.title = '个人资料 - 开放招聘';
  }, []);
  return (
    <div className="console-card">
      <h1 className="console-page-title">个人资料</h1>
      <QueryState query={profile}>{(data) => <ProfileForm profile={data} />}</QueryState>
    </div>
  );
}

function ProfileForm({ profile }: { profile: AccountProfile }) {
  const [form] = Form.useForm<ProfileValues>();
  const { message } = App.useApp();
  const save = useUpdateProfile();
  const onFinish = (values: ProfileValues) =>
    save.mutate(values, {
      onSuccess: () => message.success('个人资料已保存'),
      onError: (error) => {
        if (!applyFieldErrors(form, error, FIELDS)) message.error(messageOf(error));
      },
    });
  return (
    <Form
      form={form}
      layout="horizontal"
      labelCol={{ flex: '96px' }}
      style={{ maxWidth: 560 }}
      initialValues={{ name: profile.name, nickname: profile.nickname, department: profile.department }}
      onFinish={onFinish}
    >
      <Form.Item label="头像" extra="支持 JPG、PNG，不超过2MB">
        <AvatarField profile={profile} />
      </Form.Item>
      <Form.Item name="name" label="姓名" rules={[schemaRule(UpdateAccountProfileInput, 'name')]} required>
        <Input maxLength={30} autoComplete="name" />
      </Form.Item>
      <Form.Item
        name="nickname"
        label="昵称"
        rules={[schemaRule(UpdateAccountProfileInput, 'nickname')]}
        required
        extra="对求职者不展示姓名，仅展示昵称，如“王老师”“人事部小李”"
      >
        <Input maxLength={20} placeholder="请输入昵称" />
      </Form.Item>
      <Form.Item name="department" label="部门" rules={[schemaRule(UpdateAccountProfileInput, 'department')]}>
        <Input maxLength={50} placeholder="请输入所属部门" />
      </Form.Item>
      <Form.Item label="联系手机">
        <span>{profile.mobileMasked || '—'}</span>
      </Form.Item>
      <Form.Item label=" " colon={false}>
        <Button type="primary" htmlType="submit" loading={save.isPending}>
          保存
        </Button>
      </Form.Item>
    </Form>
  );
}

function AvatarField({ profile }: { profile: AccountProfile }) {
  const { message } = App.useApp();
  const uploadAvatar = useUploadAvatar();
  return (
    <div style={{ display: 'flex', alignItems: 'center', gap: 16 }}>
      <Avatar size={64} src={profile.avatarUrl ?? undefined} alt="当前头像">
        {Array.from(profile.name)[0] ?? '我'}
      </Avatar>
      <Upload
        accept=".jpg,.jpeg,.png,image/jpeg,image/png"
        showUploadList={false}
        beforeUpload={(file) => {
          if (!(AVATAR_CONTENT_TYPES as readonly string[]).includes(file.type)) {
            message.error('头像只能上传JPG或PNG图片');
            return Upload.LIST_IGNORE;
          }
          if (file.size > AVATAR_MAX_BYTES) {
            message.error('头像图片不能超过2MB');
            return Upload.LIST_IGNORE;
          }
          return true;
        }}
        customRequest={({ file, onSuccess, onError }) => {
          uploadAvatar.mutate(file as File, {
            onSuccess: (result) => {
              message.success('头像已更新');
              onSuccess?.(result);
            },
            onError: (error) => {
              message.error(messageOf(error));
              onError?.(error);
            },
          });
        }}
      >
        <Button loading={uploadAvatar.isPending}>{profile.avatarUrl ? '更换头像' : '上传头像'}</Button>
      </Upload>
    </div>
  );
}
