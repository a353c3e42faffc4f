import { type AdminApplicationStatus, UPLOAD_MAX_BYTES } from '@openrecruit/shared';
import { Alert, App, Button, Descriptions, Form, Result, Tag } from 'antd';
import { useEffect } from 'react';
import { DocumentUpload } from '../../components/console/DocumentUpload';
import { QueryState } from '../../components/console/QueryState';
import { applyFieldErrors, messageOf } from '../../lib/api';
import { formatDateTime } from '../../lib/format';
import { uploadAuthorisationLetter, useAdminApplication, useSubmitAdminApplication } from './api';
import './account-settings.css';

const STATE_TAGS = {
  pending: <Tag color="processing">平台审核中</Tag>,
  approved: <Tag color="success">已通过</Tag>,
  rejected: <Tag color="error">未通过</Tag>,
} as const;

/**
 * 申请管理员 (seed 002 公司设置 三): download the 账号授权书 template, upload it stamped, and ask the
 * platform (1~3 个工作日) to make you the company's one admin.
 */
export function AdminApplicationPage() {
  const status = useAdminApplication();
  useEffect(() => {
    document.title = '申请管理员 - 开放招聘';
  }, []);
  return (
    <div className="console-card">
      <h1 className="console-page-title">申请管理员</h1>
      <QueryState query={status}>
        {(data) =>
          data.isAdmin ? (
            <Result
              status="success"
              title="您已是单位管理员"
              subTitle="可在“公司设置 > 公司成员”中管理本单位的成员。"
            />
          ) : (
            <ApplicationBody status={data} />
          )
        }
      </QueryState>
    </div>
  );
}

function ApplicationBody({ status }: { status: AdminApplicationStatus }) {
  const latest = status.latest;
  return (
    <>
      <Descriptions column={1} bordered size="small" style={{ marginBottom: 24, maxWidth: 640 }}>
        <Descriptions.Item label="当前管理员">{status.currentAdminName ?? '暂无'}</Descriptions.Item>
        {latest ? (
          <>
            <Descriptions.Item label="我的申请">
              {STATE_TAGS[latest.state]} 提交于 {formatDateTime(latest.submittedAt)}
            </Descriptions.Item>
            {latest.decidedAt ? (
              <Descriptions.Item label="审核时间">{formatDateTime(latest.decidedAt)}</Descriptions.Item>
            ) : null}
            {latest.state === 'rejected' && latest.reason ? (
              <Descriptions.Item label="未通过原因">{latest.reason}</Descriptions.Item>
            ) : null}
          </>
        ) : null}
      </Descriptions>
      {latest?.state === 'pending' ? (
        <Alert
          type="info"
          showIcon
          title="您的申请已提交，平台将在1~3个工作日内审核完成"
          description="审核结果会通过站内消息和短信通知您；如已在“账号绑定”中绑定微信，也会发送到微信。"
        />
      ) : (
        <ApplicationForm />
      )}
    </>
  );
}

function ApplicationForm() {
  const [form] = Form.useForm<{ authorisationFileId: string }>();
  const { message } = App.useApp();
  const submit = useSubmitAdminApplication();
  const onFinish = (values: { authorisationFileId: string }) =>
    submit.mutate(values, {
      onSuccess: () => message.success('申请已提交，请等待平台审核'),
      onError: (error) => {
        if (!applyFieldErrors(form, error, ['authorisationFileId'] as const)) message.error(messageOf(error));
      },
    });
  return (
    <Form form={form} layout="vertical" onFinish={onFinish} style={{ maxWidth: 640 }}>
      <Alert
        type="warning"
        showIcon
        title="单位管理员只有一个，申请后可替代之前管理员，由平台认证，非管理员请勿申请。"
        style={{ marginBottom: 16 }}
      />
      <Form.Item label="账号授权书">
        <a href="/api/public/employer-registration/authorisation-template" download>
          下载管理员授权书模板
        </a>
        <div className="account-muted">下载后填写完整并加盖单位公章，拍照或扫描后上传。</div>
      </Form.Item>
      <Form.Item
        name="authorisationFileId"
        label="盖章的授权书"
        rules={[{ required: true, message: '请上传盖章的账号授权书' }]}
        extra={`支持 JPG、PNG、PDF，不超过${UPLOAD_MAX_BYTES / 1024 / 1024}MB`}
      >
        <DocumentUpload upload={uploadAuthorisationLetter} subject="授权书" buttonText="上传授权书" />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={submit.isPending}>
        申请成为管理员
      </Button>
    </Form>
  );
}
