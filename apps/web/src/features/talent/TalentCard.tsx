import type { TalentProfile } from '@openrecruit/shared';
import { Card, Descriptions, Space, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';

const SEX = { M: '男', F: '女' } as const;

function salaryText(min: number | null, max: number | null): string {
  if (min !== null && max !== null) return `${min}-${max}元/月`;
  if (min !== null) return `${min}元/月以上`;
  if (max !== null) return `${max}元/月以内`;
  return '面议';
}

/** One seeker as the talent pages show them: no name or mobile until the resume is downloaded. */
export function TalentCard({
  talent,
  extra,
  reasons,
  children,
  actions,
}: {
  talent: TalentProfile;
  extra?: ReactNode;
  reasons?: string[];
  children?: ReactNode;
  actions: ReactNode;
}) {
  const { intention, latestEducation, latestExperience } = talent;
  return (
    <Card
      size="small"
      title={
        <Space wrap>
          <span>{talent.displayName}</span>
          <Typography.Text type="secondary" style={{ fontWeight: 400 }}>
            {SEX[talent.sex]} · {talent.age}岁{talent.educationLabel ? ` · ${talent.educationLabel}` : ''}
          </Typography.Text>
          {talent.downloaded ? <Tag color="green">已下载</Tag> : null}
          {extra}
        </Space>
      }
      extra={<Space>{actions}</Space>}
    >
      <Descriptions size="small" column={2}>
        <Descriptions.Item label="求职意向">
          {intention ? intention.occupations.join('、') : '未填写'}
        </Descriptions.Item>
        <Descriptions.Item label="期望地区">
          {intention?.workAreaLabels.length ? intention.workAreaLabels.join('、') : '不限'}
        </Descriptions.Item>
        <Descriptions.Item label="期望薪资">
          {intention ? salaryText(intention.salaryMin, intention.salaryMax) : '面议'}
        </Descriptions.Item>
        <Descriptions.Item label="联系方式">
          {talent.contact
            ? `${talent.contact.name} ${talent.contact.mobile}`
            : `${talent.mobileMasked}（下载后可见）`}
        </Descriptions.Item>
        {latestEducation ? (
          <Descriptions.Item label="教育经历">
            {latestEducation.school} {latestEducation.major} {latestEducation.educationLabel ?? ''}
            {latestEducation.endMonth ? `（${latestEducation.endMonth}毕业）` : '（在读）'}
          </Descriptions.Item>
        ) : null}
        {latestExperience ? (
          <Descriptions.Item label="最近工作">
            {latestExperience.company} · {latestExperience.title}
          </Descriptions.Item>
        ) : null}
        {talent.skills.length > 0 ? (
          <Descriptions.Item label="技能" span={2}>
            {talent.skills.join('、')}
          </Descriptions.Item>
        ) : null}
      </Descriptions>
      {reasons && reasons.length > 0 ? (
        <div style={{ marginTop: 4 }}>
          <Typography.Text type="secondary">推荐理由：</Typography.Text>
          {reasons.map((reason) => (
            <Tag key={reason} color="blue" style={{ marginBottom: 4 }}>
              {reason}
            </Tag>
          ))}
        </div>
      ) : null}
      {children}
    </Card>
  );
}
