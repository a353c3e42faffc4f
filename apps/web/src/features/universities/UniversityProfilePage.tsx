import {
  UNIVERSITY_PROFILE_LIMITS,
  UniversityCampus,
  type UniversityProfile,
  UpdateUniversityProfileInput,
} from '@openrecruit/shared';
import { Alert, App, Button, Descriptions, Form, Image, Input, Space, Upload } from 'antd';
import { useEffect } from 'react';
import { QueryState } from '../../components/console/QueryState';
import { applyFieldErrors, messageOf } from '../../lib/api';
import { formatDateTime } from '../../lib/format';
import { schemaRule } from '../../lib/schema-rules';
import { useUniversityProfile, useUpdateUniversityProfile, useUploadUniversityLogo } from './api';

type Values = UpdateUniversityProfileInput;

const FIELDS = [
  'address',
  'contactName',
  'contactPhone',
  'contactEmail',
  'introduction',
  'campuses',
] as const;

/** 高校信息 (issue 11 §1): every staff member reads the profile; the university's admin edits it. */
export function UniversityProfilePage() {
  const profile = useUniversityProfile();
  useEffect(() => {
    document.title = '高校信息 - 开放招聘';
  }, []);
  return (
    <div className="console-card">
      <h1 className="console-page-title">高校信息</h1>
      <QueryState query={profile}>
        {(data) => (
          <div style={{ maxWidth: 880 }}>
            {data.canEdit ? null : (
              <Alert
                type="info"
                showIcon
                style={{ marginBottom: 24 }}
                title="仅本校管理员可修改高校信息，您可以查看。如需修改请联系本校的管理员。"
              />
            )}
            <Descriptions column={2} style={{ marginBottom: 24 }}>
              <Descriptions.Item label="学校名称">{data.name}</Descriptions.Item>
              <Descriptions.Item label="学校标识码">{data.code}</Descriptions.Item>
              <Descriptions.Item label="所在城市">{data.city}</Descriptions.Item>
              <Descriptions.Item label="最近更新">{formatDateTime(data.updatedAt)}</Descriptions.Item>
            </Descriptions>
            <LogoField profile={data} />
            <ProfileForm profile={data} />
          </div>
        )}
      </QueryState>
    </div>
  );
}

function LogoField({ profile }: { profile: UniversityProfile }) {
  const { message } = App.useApp();
  const upload = useUploadUniversityLogo();
  return (
    <Form layout="horizontal" labelCol={{ flex: '140px' }}>
      <Form.Item label="校徽/Logo" extra="JPG或PNG，不超过2MB，建议正方形">
        <Space align="center" size="large">
          {profile.logoUrl ? (
            <Image src={profile.logoUrl} alt="校徽" width={96} height={96} style={{ objectFit: 'contain' }} />
          ) : (
            <span>暂无校徽</span>
          )}
          {profile.canEdit ? (
            <Upload
              accept="image/jpeg,image/png"
              showUploadList={false}
              beforeUpload={(file) => {
                if (file.size > UNIVERSITY_PROFILE_LIMITS.logoMaxBytes) {
                  message.error('图片不能超过2MB');
                  return Upload.LIST_IGNORE;
                }
                return true;
              }}
              customRequest={({ file }) =>
                upload.mutate(file as File, {
                  onSuccess: () => message.success('校徽已更新'),
                  onError: (error) => message.error(messageOf(error)),
                })
              }
            >
              <Button loading={upload.isPending}>{profile.logoUrl ? '更换校徽' : '上传校徽'}</Button>
            </Upload>
          ) : null}
        </Space>
      </Form.Item>
    </Form>
  );
}

function ProfileForm({ profile }: { profile: UniversityProfile }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const update = useUpdateUniversityProfile();
  const onFinish = (values: Values) =>
    update.mutate(values, {
      onSuccess: () => message.success('高校信息已保存'),
      onError: (error) => {
        const campusFields = (values.campuses ?? []).flatMap((_, i) =>
          (['name', 'address'] as const).map((key): ['campuses', number, 'name' | 'address'] => [
            'campuses',
            i,
            key,
          ]),
        );
        if (!applyFieldErrors(form, error, [...FIELDS, ...campusFields])) message.error(messageOf(error));
      },
    });
  return (
    <Form<Values>
      form={form}
      layout="horizontal"
      labelCol={{ flex: '140px' }}
      disabled={!profile.canEdit}
      onFinish={onFinish}
      initialValues={{
        address: profile.address,
        campuses: profile.campuses.length ? profile.campuses : [{ name: '', address: '' }],
        contactName: profile.contactName,
        contactPhone: profile.contactPhone,
        contactEmail: profile.contactEmail,
        introduction: profile.introduction,
      }}
    >
      <Form.Item
        name="address"
        label="学校地址"
        rules={[schemaRule(UpdateUniversityProfileInput, 'address')]}
      >
        <Input maxLength={100} />
      </Form.Item>
      <Form.Item label="校区" required>
        <Form.List name="campuses">
          {(fields, { add, remove }) => (
            <>
              {fields.map((field, index) => (
                <Space key={field.key} align="start" style={{ display: 'flex' }}>
                  <Form.Item
                    name={[field.name, 'name']}
                    rules={[schemaRule(UniversityCampus, 'name', ['campuses', field.name])]}
                  >
                    <Input placeholder="校区名称" aria-label={`校区${index + 1}名称`} maxLength={30} />
                  </Form.Item>
                  <Form.Item
                    name={[field.name, 'address']}
                    rules={[schemaRule(UniversityCampus, 'address', ['campuses', field.name])]}
                  >
                    <Input
                      placeholder="校区地址"
                      aria-label={`校区${index + 1}地址`}
                      maxLength={100}
                      style={{ width: 380 }}
                    />
                  </Form.Item>
                  {fields.length > 1 && profile.canEdit ? (
                    <Button type="link" danger onClick={() => remove(field.name)}>
                      删除
                    </Button>
                  ) : null}
                </Space>
              ))}
              {profile.canEdit && fields.length < UNIVERSITY_PROFILE_LIMITS.campusesMax ? (
                <Button onClick={() => add({ name: '', address: '' })}>添加校区</Button>
              ) : null}
            </>
          )}
        </Form.List>
      </Form.Item>
      <Form.Item
        name="contactName"
        label="就业中心联系人"
        rules={[schemaRule(UpdateUniversityProfileInput, 'contactName')]}
      >
        <Input maxLength={30} />
      </Form.Item>
      <Form.Item
        name="contactPhone"
        label="联系电话"
        rules={[schemaRule(UpdateUniversityProfileInput, 'contactPhone')]}
      >
        <Input maxLength={20} placeholder="手机号或座机号，如021-12345678" />
      </Form.Item>
      <Form.Item
        name="contactEmail"
        label="联系邮箱"
        rules={[schemaRule(UpdateUniversityProfileInput, 'contactEmail')]}
      >
        <Input maxLength={100} />
      </Form.Item>
      <Form.Item
        name="introduction"
        label="学校简介"
        rules={[schemaRule(UpdateUniversityProfileInput, 'introduction')]}
      >
        <Input.TextArea rows={6} maxLength={UNIVERSITY_PROFILE_LIMITS.introductionMaxChars} showCount />
      </Form.Item>
      {profile.canEdit ? (
        <Form.Item label=" " colon={false}>
          <Button type="primary" htmlType="submit" loading={update.isPending}>
            保存
          </Button>
        </Form.Item>
      ) : null}
    </Form>
  );
}
