import { CheckCircleFilled, ClockCircleOutlined } from '@ant-design/icons';
import { Badge, Steps } from 'antd';
import { Link } from 'react-router';
import { QueryState } from '../../components/console/QueryState';
import { useRegistration, useRegistrationProcess } from './api';
import { FAIRS_PATH, hallPath, roomPath } from './video-interview-paths';
import './video-interviews.css';

// Seed 002 四、视频双选会参与过程: ①选择视频双选会报名→②高校审批，同意入驻→③进入面试间→④测试视频设备→
// ⑤求职者选择公司申请视频面试→⑥收到来自求职者的视频面试申请，接受申请→⑦求职者进入面试间排队→⑧点击开始面试→
// ⑨面试结束对求职者进行评价. Each step says 已完成, or what to do next with the page that does it.

const CIRCLED = ['①', '②', '③', '④', '⑤', '⑥', '⑦', '⑧', '⑨'];

type Ids = { registrationId: string; fairId: string | undefined; room: number };

/** The page that does each step (by its number); ② is the university's. */
const STEP_LINKS: Record<number, { text: string; to: (ids: Ids) => string | null }> = {
  1: { text: '去报名', to: () => FAIRS_PATH },
  3: { text: '进入面试间', to: (ids) => roomPath(ids.registrationId, ids.room) },
  4: { text: '去测试设备', to: (ids) => roomPath(ids.registrationId, ids.room) },
  5: { text: '去求职者大厅邀请', to: (ids) => (ids.fairId ? hallPath(ids.fairId) : null) },
  6: { text: '去处理申请', to: (ids) => roomPath(ids.registrationId, ids.room) },
  7: { text: '查看排队', to: (ids) => roomPath(ids.registrationId, ids.room) },
  8: { text: '去开始面试', to: (ids) => roomPath(ids.registrationId, ids.room) },
  9: { text: '去评价', to: (ids) => roomPath(ids.registrationId, ids.room) },
};

/** The ①–⑨ checklist of one registration (我的报名, the 面试间's side panel). */
export function VideoFairProcess({ registrationId }: { registrationId: string }) {
  const process = useRegistrationProcess(registrationId);
  const registration = useRegistration(registrationId);
  const ids: Ids = {
    registrationId,
    fairId: registration.data?.fair.id,
    room: registration.data?.interviewers[0]?.room ?? 1,
  };
  return (
    <QueryState query={process} loading="spin">
      {(data) => {
        const current = data.steps.findIndex((step) => !step.done);
        return (
          <Steps
            className="vi-process"
            orientation="vertical"
            size="small"
            current={current === -1 ? data.steps.length : current}
            aria-label="视频双选会参与过程"
            items={data.steps.map((step, index) => {
              const link = STEP_LINKS[step.step];
              const to = link?.to(ids) ?? null;
              return {
                title: (
                  <span>
                    {CIRCLED[index] ?? ''}
                    {step.label}
                    {step.count ? <Badge className="vi-process__count" count={step.count} /> : null}
                  </span>
                ),
                status: step.done ? 'finish' : index === current ? 'process' : 'wait',
                icon: step.done ? (
                  <CheckCircleFilled aria-hidden="true" />
                ) : index === current ? (
                  <ClockCircleOutlined aria-hidden="true" />
                ) : undefined,
                content: step.done ? (
                  <span className="vi-process__done">已完成</span>
                ) : (
                  <span className="vi-process__next">
                    {step.next ?? '未完成'}
                    {to && link ? (
                      <Link to={to} aria-label={`${link.text}（第${step.step}步）`}>
                        {link.text}
                      </Link>
                    ) : null}
                  </span>
                ),
              };
            })}
          />
        );
      }}
    </QueryState>
  );
}
