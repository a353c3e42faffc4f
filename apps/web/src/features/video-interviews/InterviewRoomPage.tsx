import type { EmployerVideoInterview, VideoInterviewRoom } from '@openrecruit/shared';
import { Alert, App, Button, Modal, Space } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { QueryState } from '../../components/console/QueryState';
import { messageOf } from '../../lib/api';
import { DeviceTest, type DeviceTestResult } from '../../lib/media';
import {
  useEnterRoom,
  useRecordDeviceTest,
  useRegistration,
  useRegistrationProcess,
  useRoom,
  useRoomInterviews,
} from './api';
import { CallStage } from './CallStage';
import { EvaluationModal } from './EvaluationModal';
import { ResumeInviteModal } from './ResumeInviteModal';
import { PendingList, QueueList } from './RoomQueues';
import { useServerClock } from './use-server-clock';
import { VideoFairProcess } from './VideoFairProcess';
import { FAIRS_PATH, hallPath } from './video-interview-paths';
import './video-interviews.css';

// 面试间 (seed 002 ③④⑥⑦⑧⑨; issue 13 §4): the interviewer's workplace. Entering records ③; the
// device test (④) comes before the first call; 待处理 and 排队中 follow `video-interviews.changed`;
// 开始面试 calls the next; 结束面试 opens the evaluation. Bottom left: 从人才大厅邀请 and 从简历管理邀请.

export function InterviewRoomPage() {
  const { registrationId = '', room: roomParam = '1' } = useParams();
  const room = Number(roomParam) || 1;
  const view = useRoom(registrationId, room);
  useEffect(() => {
    document.title = `面试间${room} - 开放招聘`;
  }, [room]);
  return (
    <div className="vi-room">
      <QueryState query={view}>
        {(data) => <RoomBody view={data} receivedAt={view.dataUpdatedAt} />}
      </QueryState>
    </div>
  );
}

function RoomBody({ view, receivedAt }: { view: VideoInterviewRoom; receivedAt: number }) {
  const { message } = App.useApp();
  const navigate = useNavigate();
  const registration = useRegistration(view.registrationId);
  const pending = useRoomInterviews(view.registrationId, 'applied');
  const queue = useRoomInterviews(view.registrationId, 'queued', view.room);
  const enter = useEnterRoom(view.registrationId, view.room);
  const deviceTest = useRecordDeviceTest(view.registrationId, view.room);
  const now = useServerClock(view.serverNow, receivedAt);
  const [testing, setTesting] = useState(false);
  const process = useRegistrationProcess(view.registrationId);
  const [testedHere, setTested] = useState(false);
  // ④ once done for the registration (this or another visit) is not asked again before a call.
  const tested = testedHere || Boolean(process.data?.steps.find((step) => step.step === 4)?.done);
  const [evaluating, setEvaluating] = useState<EmployerVideoInterview | null>(null);
  const [fromResumes, setFromResumes] = useState(false);
  const entered = useRef(false);

  // ③ 进入面试间, recorded once per visit; ④ 设备检测 is offered before the first call.
  useEffect(() => {
    if (entered.current) return;
    entered.current = true;
    enter.mutate();
  }, [enter]);

  // ④ 设备检测 is offered on entering a video room where it was never done.
  const offered = useRef(false);
  useEffect(() => {
    if (offered.current || view.mode !== 'video' || !process.data) return;
    offered.current = true;
    if (!tested) setTesting(true);
  }, [view.mode, process.data, tested]);

  // DeviceTest reports once measured and again when the speaker is answered: 完成检测 records the last.
  const [measured, setMeasured] = useState<DeviceTestResult | null>(null);
  const recordTest = (result: DeviceTestResult) =>
    deviceTest.mutate(
      { ...result, speaker: result.speaker ?? false },
      {
        onSuccess: () => {
          setTested(true);
          setTesting(false);
          message.success(
            result.camera && result.microphone ? '设备检测完成' : '检测结果已记录，请检查未通过的设备',
          );
        },
        onError: (error) => message.error(messageOf(error)),
      },
    );

  const fair = registration.data?.fair;
  return (
    <>
      <header className="vi-room__head">
        <div>
          <h1 className="console-page-title">
            面试间{view.room}
            <span className="vi-room__who">面试官：{view.interviewerName}</span>
          </h1>
          <p className="vi-muted">
            {fair ? `${fair.title} · ${fair.university.name} · ` : ''}
            {view.mode === 'video' ? '视频招聘' : '文字沟通'} · 每场{view.slotMinutes}分钟
          </p>
        </div>
        <Space>
          {view.mode === 'video' ? (
            <Button onClick={() => setTesting(true)}>{tested ? '重新检测' : '设备检测'}</Button>
          ) : null}
          <Link to={FAIRS_PATH}>返回视频双选会</Link>
        </Space>
      </header>
      <div className="vi-room__grid">
        <aside className="vi-room__side" aria-label="待处理与排队">
          <div className="vi-room__lists">
            <PendingList registrationId={view.registrationId} items={pending.data?.items ?? []} />
            <QueueList items={queue.data?.items ?? []} now={now} />
          </div>
          <div className="vi-room__invite">
            <Button
              block
              onClick={() =>
                navigate(hallPath(view.fairId, { registrationId: view.registrationId, room: view.room }))
              }
            >
              从人才大厅邀请
            </Button>
            <Button block onClick={() => setFromResumes(true)}>
              从简历管理邀请
            </Button>
          </div>
        </aside>
        <main className="vi-room__main">
          {view.mode === 'video' && process.data && !tested ? (
            <Alert
              type="info"
              showIcon
              title="首次面试前请先测试摄像头、麦克风、扬声器和网络"
              action={<Button onClick={() => setTesting(true)}>设备检测</Button>}
            />
          ) : null}
          <CallStage
            view={view}
            next={queue.data?.items.find((item) => item.present)}
            now={now}
            deviceTested={tested}
            onNeedDeviceTest={() => setTesting(true)}
            onEnded={setEvaluating}
          />
        </main>
        <aside className="vi-room__process" aria-labelledby="vi-process-title">
          <h2 id="vi-process-title" className="vi-panel__title">
            参与过程
          </h2>
          <VideoFairProcess registrationId={view.registrationId} />
        </aside>
      </div>
      <Modal
        open={testing}
        title="设备检测"
        width={640}
        okText="完成检测"
        cancelText="稍后检测"
        okButtonProps={{ disabled: !measured, loading: deviceTest.isPending }}
        onOk={() => measured && recordTest(measured)}
        onCancel={() => setTesting(false)}
        afterClose={() => setMeasured(null)}
        destroyOnHidden
      >
        <DeviceTest area="employer" onResult={setMeasured} />
      </Modal>
      {evaluating ? (
        <EvaluationModal
          registrationId={view.registrationId}
          interview={{
            id: evaluating.id,
            studentName: evaluating.student.displayName,
            jobId: evaluating.job?.id ?? null,
          }}
          onDone={() => setEvaluating(null)}
        />
      ) : null}
      {fromResumes ? (
        <ResumeInviteModal
          fairId={view.fairId}
          registrationId={view.registrationId}
          room={view.room}
          onClose={() => setFromResumes(false)}
        />
      ) : null}
    </>
  );
}
