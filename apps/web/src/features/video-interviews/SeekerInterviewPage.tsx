import { type SeekerVideoInterview, VIDEO_FAIR_MODE_LABELS } from '@openrecruit/shared';
import { Button, Dialog, Popup, Toast } from 'antd-mobile';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { LoadFailed, LoadingBlock } from '../../components/mobile/LoadState';
import { MobilePage } from '../../components/mobile/MobilePage';
import { NoticeBox } from '../../components/mobile/NoticeBox';
import { SectionCard } from '../../components/mobile/SectionCard';
import { messageOf } from '../../lib/api';
import { formatDateTime } from '../../lib/format';
import { DeviceTest, type DeviceTestResult, mediaSupport } from '../../lib/media';
import { useMyInterview, useSeekerInterviewAction } from './api';
import { SeekerCallScreen } from './SeekerCallScreen';
import { usePresence } from './use-presence';
import { useServerClock } from './use-server-clock';
import { waitText } from './video-interview-labels';
import { MY_INTERVIEWS_PATH, seekerCompanyPath } from './video-interview-paths';
import './seeker-video-interviews.css';

/** /m/campus/video-interviews/:id: one interview — the invitation, the queue, the call. */
export function SeekerInterviewPage() {
  const { id = '' } = useParams();
  const interview = useMyInterview(id);
  const active = interview.data?.state === 'queued' || interview.data?.state === 'in_progress';
  usePresence(id, active);
  const back = { to: MY_INTERVIEWS_PATH, label: '我的面试', history: true };
  if (interview.isPending)
    return (
      <MobilePage title="视频面试" back={back}>
        <LoadingBlock />
      </MobilePage>
    );
  if (interview.isError)
    return (
      <MobilePage title="视频面试" back={back}>
        <LoadFailed error={interview.error} retry={() => interview.refetch()} />
      </MobilePage>
    );
  return (
    <MobilePage title="视频面试" back={back}>
      <InterviewBody interview={interview.data} receivedAt={interview.dataUpdatedAt} />
    </MobilePage>
  );
}

function InterviewBody({ interview, receivedAt }: { interview: SeekerVideoInterview; receivedAt: number }) {
  const now = useServerClock(interview.serverNow, receivedAt);
  const support = mediaSupport();
  const textOnly = interview.mode === 'text' || !support.video;
  return (
    <>
      <section className="m-card" aria-labelledby="vi-title">
        <h2 id="vi-title" className="m-vi__heading">
          {interview.company.name}
        </h2>
        <dl className="m-facts">
          <dt>双选会</dt>
          <dd>{interview.fair.title}</dd>
          <dt>面试方式</dt>
          <dd>{VIDEO_FAIR_MODE_LABELS[interview.mode]}</dd>
          <dt>面试间</dt>
          <dd>
            面试间{interview.room}（{interview.interviewerName}）
          </dd>
          {interview.job ? (
            <>
              <dt>职位</dt>
              <dd>{interview.job.title}</dd>
            </>
          ) : null}
          <dt>状态</dt>
          <dd className="m-vi__state">{interview.stateLabel}</dd>
        </dl>
        {interview.message ? <p className="m-vi__note">留言：{interview.message}</p> : null}
        <Link className="m-vi__go" to={seekerCompanyPath(interview.fair.id, interview.registrationId)}>
          查看单位
        </Link>
      </section>
      {interview.mode === 'video' && !support.video ? (
        <NoticeBox title="当前浏览器无法进行视频面试" tone="warning">
          <p>{support.reason}</p>
          <p>您仍可通过文字沟通参加面试：轮到您时，本页将打开文字面试。</p>
        </NoticeBox>
      ) : null}
      <StateSection interview={interview} now={now} textOnly={textOnly} />
    </>
  );
}

function StateSection({
  interview,
  now,
  textOnly,
}: {
  interview: SeekerVideoInterview;
  now: number;
  textOnly: boolean;
}) {
  const action = useSeekerInterviewAction();
  const run = (name: 'accept' | 'decline' | 'leave', done: string) =>
    action.mutate(
      { interviewId: interview.id, action: name },
      {
        onSuccess: () => Toast.show({ content: done }),
        onError: (error) => Toast.show({ content: messageOf(error) }),
      },
    );

  switch (interview.state) {
    case 'invited':
      return (
        <SectionCard id="vi-answer" title="面试邀请">
          <p>{interview.company.name}邀请您参加视频面试，接受后将进入面试间排队。</p>
          <div className="m-vi__actions">
            <Button
              color="primary"
              loading={action.isPending}
              onClick={() => run('accept', '已接受，已进入排队')}
            >
              接受
            </Button>
            <Button onClick={() => run('decline', '已拒绝邀请')}>拒绝</Button>
          </div>
        </SectionCard>
      );
    case 'applied':
      return (
        <SectionCard id="vi-wait" title="待企业处理">
          <p>已向企业申请视频面试（{formatDateTime(interview.createdAt)}），企业接受后您将进入面试间排队。</p>
        </SectionCard>
      );
    case 'queued':
      return (
        <QueueSection
          interview={interview}
          textOnly={textOnly}
          leave={() =>
            Dialog.confirm({
              content: '离开后将失去排队位置，确定离开队列吗？',
              confirmText: '离开队列',
              cancelText: '继续排队',
              onConfirm: () => run('leave', '已离开队列'),
            })
          }
        />
      );
    case 'in_progress':
      return <SeekerCallScreen interview={interview} now={now} textOnly={textOnly} />;
    default:
      return (
        <SectionCard id="vi-result" title="面试结果">
          <p>{RESULT_TEXT[interview.state] ?? interview.stateLabel}</p>
          {interview.endedAt ? (
            <p className="m-muted">结束时间：{formatDateTime(interview.endedAt)}</p>
          ) : null}
        </SectionCard>
      );
  }
}

const RESULT_TEXT: Partial<Record<SeekerVideoInterview['state'], string>> = {
  completed: '面试已结束，企业将通过消息通知您后续安排。',
  no_show: '轮到您时未在规定时间内进入面试间，已被跳过。如仍有意向，可再次向该单位申请。',
  declined: '您已拒绝该邀请。',
  refused: '企业暂未接受您的申请。',
  left: '您已离开队列。',
};

function QueueSection({
  interview,
  textOnly,
  leave,
}: {
  interview: SeekerVideoInterview;
  textOnly: boolean;
  leave: () => void;
}) {
  const [testing, setTesting] = useState(false);
  const [tested, setTested] = useState<string | null>(null);
  const [measured, setMeasured] = useState<DeviceTestResult | null>(null);
  const place = interview.place;
  return (
    <>
      <section className="m-card m-vi__queue" aria-labelledby="vi-queue" aria-live="polite">
        <h2 id="vi-queue" className="m-card__title">
          排队中
        </h2>
        {place ? (
          <>
            <p className="m-vi__ahead">
              您前面还有 <strong>{place.ahead}</strong> 人
            </p>
            <p>预计等待{waitText(place.estimatedWaitSeconds)}</p>
            <p className="m-muted">排队第{place.position}位。请保持本页打开，轮到您时将自动进入面试。</p>
          </>
        ) : (
          <p>正在获取排队位置…</p>
        )}
        {interview.holdUntil && interview.droppedAt ? (
          <p className="m-muted">您曾暂时离开，位置保留至{formatDateTime(interview.holdUntil)}</p>
        ) : null}
      </section>
      {textOnly ? null : (
        <SectionCard id="vi-device" title="设备检测">
          <p>{tested ?? '轮到您之前，请先检测摄像头、麦克风、扬声器和网络。'}</p>
          <Button onClick={() => setTesting(true)}>{tested ? '重新检测' : '开始检测'}</Button>
        </SectionCard>
      )}
      <div className="m-vi__leave">
        <Button block onClick={leave}>
          离开队列
        </Button>
      </div>
      <Popup
        visible={testing}
        onMaskClick={() => setTesting(false)}
        bodyClassName="m-vi__popup"
        destroyOnClose
      >
        <div className="m-vi__popup-head">
          <h2 className="m-card__title">设备检测</h2>
          <Button size="small" fill="none" onClick={() => setTesting(false)}>
            关闭
          </Button>
        </div>
        <DeviceTest area="seeker" onResult={setMeasured} />
        <Button
          block
          color="primary"
          disabled={!measured}
          onClick={() => {
            if (measured) setTested(summary(measured));
            setTesting(false);
          }}
        >
          完成检测
        </Button>
      </Popup>
    </>
  );
}

function summary(result: DeviceTestResult): string {
  if (!result.camera || !result.microphone) {
    const broken = [result.camera ? '' : '摄像头', result.microphone ? '' : '麦克风']
      .filter(Boolean)
      .join('和');
    return `${broken}不可用，请在浏览器设置中允许使用；仍可使用文字沟通`;
  }
  const network = result.rttMs !== null ? `，网络延迟 ${result.rttMs} 毫秒` : '';
  const speaker = result.speaker === false ? '；未听到测试音，请调高音量' : '';
  return `摄像头和麦克风正常${network}${speaker}`;
}
