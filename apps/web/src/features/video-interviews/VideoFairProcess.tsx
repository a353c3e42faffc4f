import { CheckCircleFilled, ClockCircleOutlined } from '@ant-design/icons';
import { Steps } from 'antd';
import { Link } from 'react-router';
import { QueryState } from '../../components/console/QueryState';
import { formatDateTime } from '../../lib/format';
import { useRegistrationProcess } from './api';
import { hallPath, roomPath } from './video-interview-paths';
import './video-interviews.css';

// Seed 002 四、视频双选会参与过程: ①选择视频双选会报名→②高校审批，同意入驻→③进入面试间→④测试视频设备→
// ⑤求职者选择公司申请视频面试→⑥收到来自求职者的视频面试申请，接受申请→⑦求职者进入面试间排队→⑧点击开始面试→
// ⑨面试结束对求职者进行评价. Each step says 已完成, or what to do next with the page that does it.

const CIRCLED = ['①', '②', '③', '④', '⑤', '⑥', '⑦', '⑧', '⑨'];

type NextAction = {
  text: string;
  to?: (ids: { registrationId: string; fairId: string; room: number }) => string;
};

/** What to do for each step that is not done yet (by the step's number). */
const NEXT: Record<number, NextAction> = {
  1: { text: '在视频双选会列表点击“去报名”', to: () => '/employer/cloud/video-fairs' },
  2: { text: '等待高校审核，审核结果将通知您' },
  3: { text: '进入面试间', to: ({ registrationId, room }) => roomPath(registrationId, room) },
  4: { text: '在面试间测试视频设备', to: ({ registrationId, room }) => roomPath(registrationId, room) },
  5: { text: '等待求职者申请，或到求职者大厅邀请面试', to: ({ fairId }) => hallPath(fairId) },
  6: {
    text: '在面试间的“待处理”中接受申请',
    to: ({ registrationId, room }) => roomPath(registrationId, room),
  },
  7: { text: '求职者接受后将在面试间排队', to: ({ registrationId, room }) => roomPath(registrationId, room) },
  8: { text: '在面试间点击“开始面试”', to: ({ registrationId, room }) => roomPath(registrationId, room) },
  9: { text: '面试结束后对求职者进行评价', to: ({ registrationId, room }) => roomPath(registrationId, room) },
};

/** The ①–⑨ checklist of one registration (我的报名, the 面试间's side panel). */
export function VideoFairProcess({ registrationId }: { registrationId: string }) {
  const process = useRegistrationProcess(registrationId);
  return (
    <QueryState query={process} loading="spin">
      {(data) => {
        const ids = { registrationId, fairId: data.fairId, room: data.room ?? 1 };
        const current = data.steps.findIndex((step) => !step.done);
        return (
          <Steps
            className="vi-process"
            orientation="vertical"
            size="small"
            current={current === -1 ? data.steps.length : current}
            aria-label="视频双选会参与过程"
            items={data.steps.map((step, index) => {
              const next = NEXT[step.step];
              return {
                title: `${CIRCLED[index] ?? ''}${step.label}`,
                status: step.done ? 'finish' : index === current ? 'process' : 'wait',
                icon: step.done ? (
                  <CheckCircleFilled aria-hidden="true" />
                ) : index === current ? (
                  <ClockCircleOutlined aria-hidden="true" />
                ) : undefined,
                content: step.done ? (
                  <span className="vi-process__done">
                    已完成{step.at ? `　${formatDateTime(step.at)}` : ''}
                  </span>
                ) : next?.to ? (
                  <Link to={next.to(ids)}>{next.text}</Link>
                ) : (
                  <span>{next?.text ?? '未完成'}</span>
                ),
              };
            })}
          />
        );
      }}
    </QueryState>
  );
}
