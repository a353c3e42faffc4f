import type { CompanySettings, CompanyVerificationFields } from '@openrecruit/shared';
import { Alert, Button, Descriptions, Space, Tag } from 'antd';
import { type ReactNode, useState } from 'react';
import { formatDateTime } from '../../lib/format';
import { SettingsFrame } from './SettingsFrame';
import { VerificationChangeModal } from './VerificationChangeModal';
import { displayValue, VERIFICATION_LABELS } from './verification-labels';

const STATE_TAGS: Record<CompanySettings['verification']['state'], [string, string]> = {
  verified: ['success', '已认证'],
  pending: ['processing', '认证中'],
  rejected: ['error', '认证未通过'],
};

/**
 * 公司设置 > 认证信息 (seed 002): 认证信息修改后需重新发起认证，一个工作日审核完毕. The verified data
 * stay in force while a change waits; the last refusal's reason is shown.
 */
export function CompanyVerificationPage() {
  const [editing, setEditing] = useState(false);
  return (
    <SettingsFrame title="认证信息">
      {(settings) => {
        const { verification } = settings;
        const pending = verification.pendingChange;
        const [color, label] = STATE_TAGS[verification.state];
        return (
          <Space orientation="vertical" size="large" style={{ width: '100%', maxWidth: 960 }}>
            {pending ? (
              <Alert
                type="warning"
                showIcon
                title={`认证信息修改审核中（提交于 ${formatDateTime(pending.submittedAt)}）`}
                description="平台将在一个工作日内审核完毕。审核通过前，当前认证信息继续有效。"
              />
            ) : null}
            {!pending && verification.lastRejection ? (
              <Alert
                type="error"
                showIcon
                title={`上次认证信息修改未通过审核（${formatDateTime(verification.lastRejection.decidedAt)}）`}
                description={`驳回原因：${verification.lastRejection.reason ?? '未说明'}。当前认证信息继续有效，您可以修改后重新提交。`}
              />
            ) : null}
            <FieldsTable
              title={
                <Space>
                  当前认证信息
                  <Tag color={color}>{label}</Tag>
                </Space>
              }
              fields={verification.current}
              extra={
                settings.canEdit ? (
                  <Button type="primary" disabled={pending !== null} onClick={() => setEditing(true)}>
                    修改认证信息
                  </Button>
                ) : null
              }
            />
            {pending ? (
              <FieldsTable
                title={
                  <Space>
                    提交的修改
                    <Tag color="processing">审核中</Tag>
                  </Space>
                }
                fields={pending.data}
                compareWith={verification.current}
              />
            ) : null}
            {editing ? (
              <VerificationChangeModal current={verification.current} onClose={() => setEditing(false)} />
            ) : null}
          </Space>
        );
      }}
    </SettingsFrame>
  );
}

function FieldsTable({
  title,
  fields,
  extra,
  compareWith,
}: {
  title: ReactNode;
  fields: CompanyVerificationFields;
  extra?: ReactNode;
  compareWith?: CompanyVerificationFields;
}) {
  return (
    <Descriptions
      title={title}
      extra={extra}
      column={2}
      bordered
      size="middle"
      styles={{ label: { width: 140 } }}
      items={VERIFICATION_LABELS.map(([field, label]) => {
        const changed =
          compareWith !== undefined &&
          displayValue(field, compareWith[field]) !== displayValue(field, fields[field]);
        return {
          key: field,
          label,
          children: (
            <span>
              {displayValue(field, fields[field])}
              {changed ? (
                <Tag color="orange" style={{ marginLeft: 8 }}>
                  已修改
                </Tag>
              ) : null}
            </span>
          ),
        };
      })}
    />
  );
}
