import {
  APPLICATION_MARKS,
  type ApplicationMark,
  type EmployerApplicationDetail,
  labelOf,
  WORK_AREAS,
  WORK_NATURES,
} from '@openrecruit/shared';
import { App, Button, Descriptions, Drawer, Empty, Space, Tag } from 'antd';
import { useState } from 'react';
import { QueryState } from '../../components/console/QueryState';
import { messageOf } from '../../lib/api';
import { educationLabel, formatDateTime, formatMonth } from '../../lib/format';
import { VideoFairEvaluations } from '../video-interviews/VideoFairEvaluations';
import { useApplication, useMarkApplication } from './api';
import { ConversationPanel } from './ConversationPanel';
import { downloadFile } from './download';
import { MarkTag, SourceTag } from './tags';

const period = (start: string, end: string | null) =>
  `${formatMonth(start)} - ${end ? formatMonth(end) : '至今'}`;

function ResumeBody({ detail }: { detail: EmployerApplicationDetail }) {
  const { seeker, resume } = detail;
  const intention = resume?.jobIntention;
  return (
    <div className="resume-body">
      <Descriptions
        size="small"
        column={2}
        title="基本信息"
        items={[
          { key: 'name', label: '姓名', children: seeker.name },
          { key: 'sex', label: '性别', children: seeker.sex === 'M' ? '男' : '女' },
          { key: 'age', label: '年龄', children: `${seeker.age}岁` },
          { key: 'education', label: '学历', children: seeker.educationLabel ?? '未填写' },
          { key: 'household', label: '户籍', children: seeker.householdRegistration || '未填写' },
          { key: 'political', label: '政治面貌', children: seeker.politicalStatusLabel ?? '未填写' },
          { key: 'mobile', label: '手机号码', children: seeker.mobile },
        ]}
      />
      <Descriptions
        size="small"
        column={2}
        title="应聘信息"
        items={[
          { key: 'job', label: '应聘职位', children: detail.job.title },
          { key: 'applied', label: '投递时间', children: formatDateTime(detail.appliedAt) },
          { key: 'source', label: '来源', children: detail.sourceLabel },
          { key: 'state', label: '状态', children: detail.stateLabel },
        ]}
      />
      <VideoFairEvaluations applicationId={detail.id} />
      {!resume ? (
        <Empty description="求职者尚未填写简历详情" />
      ) : (
        <>
          {intention ? (
            <Descriptions
              size="small"
              column={2}
              title="求职意向"
              items={[
                { key: 'occupations', label: '期望职位', children: intention.occupations.join('、') },
                {
                  key: 'areas',
                  label: '期望地区',
                  children:
                    intention.workAreas.map((code) => labelOf(WORK_AREAS, code) ?? code).join('、') || '不限',
                },
                {
                  key: 'nature',
                  label: '工作性质',
                  children: labelOf(WORK_NATURES, intention.workNature) ?? '不限',
                },
                {
                  key: 'salary',
                  label: '期望薪资',
                  children:
                    intention.salaryMin !== null || intention.salaryMax !== null
                      ? `${intention.salaryMin ?? '面议'} - ${intention.salaryMax ?? '面议'} 元/月`
                      : '面议',
                },
              ]}
            />
          ) : null}
          <h3 className="resume-section-title">教育经历</h3>
          {resume.educations.length === 0 ? <p className="resume-muted">未填写</p> : null}
          <ul className="resume-entries">
            {resume.educations.map((item) => (
              <li key={`${item.school}-${item.startMonth}`}>
                <strong>{item.school}</strong>
                <span>{[item.major, educationLabel(item.education)].filter(Boolean).join(' · ')}</span>
                <span className="resume-muted">{period(item.startMonth, item.endMonth)}</span>
              </li>
            ))}
          </ul>
          <h3 className="resume-section-title">工作经历</h3>
          {resume.experiences.length === 0 ? <p className="resume-muted">未填写</p> : null}
          <ul className="resume-entries">
            {resume.experiences.map((item) => (
              <li key={`${item.company}-${item.startMonth}`}>
                <strong>{item.company}</strong>
                <span>{item.title}</span>
                <span className="resume-muted">{period(item.startMonth, item.endMonth)}</span>
                {item.description ? <p className="resume-entries__text">{item.description}</p> : null}
              </li>
            ))}
          </ul>
          <h3 className="resume-section-title">专业技能</h3>
          {resume.skills.length === 0 ? (
            <p className="resume-muted">未填写</p>
          ) : (
            <div>
              {resume.skills.map((skill) => (
                <Tag key={skill}>{skill}</Tag>
              ))}
            </div>
          )}
          <h3 className="resume-section-title">证书</h3>
          {resume.certificates.length === 0 ? <p className="resume-muted">未填写</p> : null}
          <ul className="resume-entries">
            {resume.certificates.map((item) => (
              <li key={item.name}>
                <strong>{item.name}</strong>
                <span className="resume-muted">{item.issuedMonth ? formatMonth(item.issuedMonth) : ''}</span>
              </li>
            ))}
          </ul>
          <h3 className="resume-section-title">自我介绍</h3>
          <p className="resume-entries__text">{resume.selfIntroduction || '未填写'}</p>
        </>
      )}
    </div>
  );
}

/** 标记 buttons: the current mark is pressed; pressing it again puts the resume back in 未处理. */
function MarkButtons({ detail }: { detail: EmployerApplicationDetail }) {
  const { message } = App.useApp();
  const mark = useMarkApplication();
  const [current, setCurrent] = useState<ApplicationMark | null>(detail.mark);
  const choose = (next: ApplicationMark | null) =>
    mark.mutate(
      { id: detail.id, mark: next },
      {
        onSuccess: (row) => {
          setCurrent(row.mark);
          message.success(row.mark ? `已标记为“${row.markLabel}”` : '已取消标记，简历回到“未处理”');
        },
        onError: (error) => message.error(messageOf(error)),
      },
    );
  return (
    <Space.Compact aria-label="标记简历">
      {APPLICATION_MARKS.map((item) => (
        <Button
          key={item.code}
          type={current === item.code ? 'primary' : 'default'}
          aria-pressed={current === item.code}
          disabled={mark.isPending}
          onClick={() => choose(current === item.code ? null : item.code)}
        >
          {item.label}
        </Button>
      ))}
    </Space.Compact>
  );
}

/** One resume of 简历管理: opening it marks it viewed; 标记, 下载PDF and the conversation beside it. */
export function ResumeDrawer({ applicationId, onClose }: { applicationId: string; onClose: () => void }) {
  const { message } = App.useApp();
  const detail = useApplication(applicationId);
  const [downloading, setDownloading] = useState(false);
  const data = detail.data;

  const downloadPdf = async () => {
    setDownloading(true);
    try {
      await downloadFile(`/api/employer/applications/${applicationId}/resume.pdf`, {
        fallbackName: `${data?.seeker.name ?? '简历'}.pdf`,
      });
    } catch (error) {
      message.error(messageOf(error));
    } finally {
      setDownloading(false);
    }
  };

  return (
    <Drawer
      open
      size={1080}
      onClose={onClose}
      destroyOnHidden
      title={
        data ? (
          <Space size={8} wrap>
            <span>{data.seeker.name}的简历</span>
            <span className="resume-muted" style={{ fontWeight: 400 }}>
              应聘：{data.job.title}
            </span>
            <SourceTag row={data} />
            <MarkTag row={data} />
            {data.withdrawn ? <Tag>已撤销</Tag> : null}
          </Space>
        ) : (
          '简历'
        )
      }
      extra={
        data ? (
          <Space>
            <MarkButtons key={data.id} detail={data} />
            <Button onClick={downloadPdf} loading={downloading}>
              下载PDF
            </Button>
          </Space>
        ) : null
      }
    >
      <QueryState query={detail} loading="spin">
        {(loaded) => (
          <div className="resume-drawer">
            <ResumeBody detail={loaded} />
            <aside className="resume-drawer__thread">
              <h2 className="resume-drawer__heading">沟通记录</h2>
              <ConversationPanel key={applicationId} applicationId={applicationId} />
            </aside>
          </div>
        )}
      </QueryState>
    </Drawer>
  );
}
