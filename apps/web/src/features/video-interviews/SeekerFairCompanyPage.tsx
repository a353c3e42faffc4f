import { type SeekerFairCompany, VIDEO_FAIR_MODE_LABELS } from '@openrecruit/shared';
import { Button, Form, Selector, TextArea, Toast } from 'antd-mobile';
import { Link, useNavigate, useParams } from 'react-router';
import { LoadFailed, LoadingBlock } from '../../components/mobile/LoadState';
import { MobilePage } from '../../components/mobile/MobilePage';
import { SectionCard } from '../../components/mobile/SectionCard';
import { messageOf } from '../../lib/api';
import { useApplyToCompany, useSeekerFairCompany } from './api';
import { waitText } from './video-interview-labels';
import { seekerInterviewPath } from './video-interview-paths';
import './seeker-video-interviews.css';

/** /m/campus/video-fairs/:fairId/companies/:registrationId: a company at a video fair, and 申请视频面试. */
export function SeekerFairCompanyPage() {
  const { fairId = '', registrationId = '' } = useParams();
  const company = useSeekerFairCompany(fairId, registrationId);
  const back = { to: `/m/campus/video-fairs/${fairId}`, label: '双选会', history: true };
  if (company.isPending)
    return (
      <MobilePage title="参会单位" back={back}>
        <LoadingBlock />
      </MobilePage>
    );
  if (company.isError)
    return (
      <MobilePage title="参会单位" back={back}>
        <LoadFailed error={company.error} retry={() => company.refetch()} />
      </MobilePage>
    );
  return (
    <MobilePage title="参会单位" back={back}>
      <CompanyBody company={company.data} />
    </MobilePage>
  );
}

function CompanyBody({ company }: { company: SeekerFairCompany }) {
  const waiting = company.rooms.reduce((sum, room) => sum + room.queueLength, 0);
  return (
    <>
      <section className="m-card" aria-labelledby="vi-company">
        <h2 id="vi-company" className="m-vi__heading">
          {company.company.name}
        </h2>
        <dl className="m-facts">
          <dt>面试方式</dt>
          <dd>{VIDEO_FAIR_MODE_LABELS[company.mode]}</dd>
          <dt>面试间</dt>
          <dd>
            {company.rooms.length}个，当前排队{waiting}人
          </dd>
        </dl>
      </section>
      <SectionCard id="vi-needs" title="招聘需求">
        <p className="m-vi__text">{company.requirements}</p>
      </SectionCard>
      <SectionCard id="vi-jobs" title="招聘职位">
        {company.jobs.length ? (
          <ul className="m-vi__jobs">
            {company.jobs.map((job) => (
              <li key={job.id}>
                <Link to={`/m/jobs/${job.id}`}>{job.title}</Link>
              </li>
            ))}
          </ul>
        ) : (
          <p className="m-muted">暂无指定职位</p>
        )}
      </SectionCard>
      <ApplySection company={company} />
    </>
  );
}

function ApplySection({ company }: { company: SeekerFairCompany }) {
  const navigate = useNavigate();
  const apply = useApplyToCompany(company.fairId, company.registrationId);
  const [form] = Form.useForm<{ jobId?: string[]; message?: string }>();
  const interview = company.interview;

  if (interview)
    return (
      <SectionCard id="vi-mine" title="我的面试">
        <p className="m-vi__state">{interview.stateLabel}</p>
        {interview.place ? (
          <p>
            您前面还有 {interview.place.ahead} 人，预计等待{waitText(interview.place.estimatedWaitSeconds)}
          </p>
        ) : null}
        <Link className="m-vi__go" to={seekerInterviewPath(interview.id)}>
          查看面试
        </Link>
      </SectionCard>
    );
  if (!company.signedUp)
    return (
      <SectionCard id="vi-apply" title="申请视频面试">
        <p className="m-muted">报名参加本场视频双选会后，即可向该单位申请视频面试。</p>
        <Link className="m-vi__go" to={`/m/campus/video-fairs/${company.fairId}`}>
          去报名参加
        </Link>
      </SectionCard>
    );
  return (
    <SectionCard id="vi-apply" title="申请视频面试">
      <Form
        form={form}
        layout="vertical"
        onFinish={(values) =>
          apply.mutate(
            { jobId: values.jobId?.[0] ?? null, message: values.message?.trim() ?? '' },
            {
              onSuccess: (created) => {
                Toast.show({ content: '已申请，等待企业处理' });
                navigate(seekerInterviewPath(created.id));
              },
              onError: (error) => Toast.show({ content: messageOf(error) }),
            },
          )
        }
        footer={
          <Button block color="primary" type="submit" loading={apply.isPending}>
            申请视频面试
          </Button>
        }
      >
        {company.jobs.length ? (
          <Form.Item name="jobId" label="应聘职位（可不选）">
            <Selector options={company.jobs.map((job) => ({ value: job.id, label: job.title }))} />
          </Form.Item>
        ) : null}
        <Form.Item name="message" label="留言（可不填）">
          <TextArea maxLength={200} showCount rows={2} placeholder="简单介绍自己，最多200字" />
        </Form.Item>
      </Form>
    </SectionCard>
  );
}
