import {
  CAMPUS_SIGNUP_STATE_LABELS,
  type CheckInResult,
  type CheckinPresentation,
  type StaffSignup,
} from '@openrecruit/shared';
import { Button, Empty, Input, Select, Space, Table, type TableColumnsType, Tag } from 'antd';
import jsQR from 'jsqr';
import { useCallback, useEffect, useRef, useState } from 'react';
import { QueryState } from '../../components/console/QueryState';
import { ApiError, messageOf } from '../../lib/api';
import { formatDateTime, formatTime } from '../../lib/format';
import { ExcelExportButton } from '../campus-statistics/ExcelExportButton';
import { useCheckIn, useCheckinPresentations, usePresentationSignups } from './api';
import './checkin.css';

type Outcome =
  | { kind: 'ok'; result: CheckInResult }
  | { kind: 'already'; result: CheckInResult }
  | { kind: 'invalid'; message: string }
  | { kind: 'refused'; message: string };

const STATE_COLORS: Record<StaffSignup['state'], string> = {
  signed_up: 'blue',
  checked_in: 'green',
  cancelled: 'default',
  ended: 'default',
};

/**
 * 签到 (issue 11 §9): at the door, on a phone or a laptop. Choose one of today's presentations, then
 * scan the student's QR with the camera (needs HTTPS or localhost) or type the code.
 */
export function CheckinPage() {
  useEffect(() => {
    document.title = '签到 - 开放招聘';
  }, []);
  const presentations = useCheckinPresentations();
  const [chosen, setChosen] = useState<string>();
  const [outcome, setOutcome] = useState<Outcome>();
  const checkIn = useCheckIn();
  const busy = useRef(false);
  // The presentation going on or next today is chosen to start with.
  useEffect(() => {
    const list = presentations.data;
    if (chosen || !list?.length) return;
    const now = Date.now();
    setChosen((list.find((p) => Date.parse(p.endsAt) > now) ?? list.at(-1))?.id);
  }, [presentations.data, chosen]);

  const submit = useCallback(
    (code: string) => {
      if (!chosen || busy.current) return;
      busy.current = true;
      checkIn.mutate(
        { code, presentationId: chosen },
        {
          onSuccess: (result) => setOutcome({ kind: result.alreadyCheckedIn ? 'already' : 'ok', result }),
          onError: (error) =>
            setOutcome(
              error instanceof ApiError && error.status === 404
                ? { kind: 'invalid', message: '无效签到码' }
                : { kind: 'refused', message: messageOf(error) },
            ),
          onSettled: () => {
            busy.current = false;
          },
        },
      );
    },
    [chosen, checkIn],
  );

  return (
    <div className="console-card checkin">
      <h1 className="console-page-title">签到</h1>
      <QueryState query={presentations}>
        {(list) =>
          list.length === 0 ? (
            <Empty description="今天没有本校的宣讲会" />
          ) : (
            <>
              <PresentationChooser list={list} chosen={chosen} onChoose={setChosen} />
              {chosen ? (
                <>
                  <div className="checkin__door">
                    <Scanner onCode={submit} />
                    <ManualCode onSubmit={submit} pending={checkIn.isPending} />
                  </div>
                  <OutcomeBox outcome={outcome} />
                  <SignupList presentationId={chosen} />
                </>
              ) : (
                <p className="checkin__hint">请先选择要签到的宣讲会。</p>
              )}
            </>
          )
        }
      </QueryState>
    </div>
  );
}

function PresentationChooser({
  list,
  chosen,
  onChoose,
}: {
  list: CheckinPresentation[];
  chosen: string | undefined;
  onChoose: (id: string) => void;
}) {
  const current = list.find((p) => p.id === chosen);
  return (
    <div className="checkin__choose">
      <label htmlFor="checkin-presentation" className="checkin__label">
        今天的宣讲会
      </label>
      <Select
        id="checkin-presentation"
        className="checkin__select"
        size="large"
        placeholder="选择宣讲会"
        value={chosen}
        onChange={onChoose}
        options={list.map((p) => ({
          value: p.id,
          label: `${formatTime(p.startsAt)}–${formatTime(p.endsAt)} ${p.title}（${p.companyName}）`,
        }))}
      />
      {current ? (
        <p className="checkin__counts" aria-live="polite">
          <span>
            签到 <strong>{current.checkedInCount}</strong>
          </span>
          <span>
            报名 <strong>{current.signupCount}</strong>
          </span>
          <span>容量 {current.capacity}</span>
          <span>{current.room}</span>
        </p>
      ) : null}
    </div>
  );
}

/** The camera, read with jsQR on a canvas; a code read is sent once, then the camera waits 2.5 s. */
function Scanner({ onCode }: { onCode: (code: string) => void }) {
  const video = useRef<HTMLVideoElement>(null);
  const canvas = useRef<HTMLCanvasElement>(null);
  const [on, setOn] = useState(false);
  const [problem, setProblem] = useState<string>();
  const onCodeRef = useRef(onCode);
  onCodeRef.current = onCode;

  useEffect(() => {
    if (!on) return;
    let stream: MediaStream | undefined;
    let frame = 0;
    let pausedUntil = 0;
    let stopped = false;
    const tick = () => {
      if (stopped) return;
      const v = video.current;
      const c = canvas.current;
      if (v && c && v.readyState >= 2 && Date.now() > pausedUntil) {
        c.width = v.videoWidth;
        c.height = v.videoHeight;
        const context = c.getContext('2d', { willReadFrequently: true });
        if (context) {
          context.drawImage(v, 0, 0, c.width, c.height);
          const image = context.getImageData(0, 0, c.width, c.height);
          const found = jsQR(image.data, image.width, image.height, { inversionAttempts: 'dontInvert' });
          if (found?.data) {
            pausedUntil = Date.now() + 2500;
            onCodeRef.current(found.data);
          }
        }
      }
      frame = requestAnimationFrame(tick);
    };
    (async () => {
      if (!navigator.mediaDevices?.getUserMedia) {
        setProblem('此浏览器无法使用摄像头（需通过 HTTPS 访问），请手动输入签到码');
        setOn(false);
        return;
      }
      try {
        stream = await navigator.mediaDevices.getUserMedia({
          video: { facingMode: 'environment' },
          audio: false,
        });
        if (stopped) {
          for (const track of stream.getTracks()) track.stop();
          return;
        }
        if (video.current) {
          video.current.srcObject = stream;
          await video.current.play();
        }
        frame = requestAnimationFrame(tick);
      } catch {
        setProblem('无法打开摄像头，请检查浏览器的摄像头权限，或手动输入签到码');
        setOn(false);
      }
    })();
    return () => {
      stopped = true;
      cancelAnimationFrame(frame);
      for (const track of stream?.getTracks() ?? []) track.stop();
    };
  }, [on]);

  return (
    <section className="checkin__scanner" aria-label="扫码签到">
      {on ? (
        <>
          <video ref={video} className="checkin__video" muted playsInline aria-label="摄像头画面" />
          <canvas ref={canvas} hidden />
          <Button size="large" block onClick={() => setOn(false)}>
            关闭摄像头
          </Button>
        </>
      ) : (
        <Button
          size="large"
          type="primary"
          block
          className="checkin__big"
          onClick={() => {
            setProblem(undefined);
            setOn(true);
          }}
        >
          扫码签到
        </Button>
      )}
      {problem ? <p className="checkin__problem">{problem}</p> : null}
    </section>
  );
}

function ManualCode({ onSubmit, pending }: { onSubmit: (code: string) => void; pending: boolean }) {
  const [code, setCode] = useState('');
  const send = () => {
    if (code.trim()) {
      onSubmit(code);
      setCode('');
    }
  };
  return (
    <section className="checkin__manual" aria-label="输入签到码">
      <label htmlFor="checkin-code" className="checkin__label">
        签到码
      </label>
      <Space.Compact block size="large">
        <Input
          id="checkin-code"
          value={code}
          autoComplete="off"
          placeholder="如 7KQ2M-X9P4A"
          maxLength={40}
          onChange={(event) => setCode(event.target.value)}
          onPressEnter={send}
        />
        <Button type="primary" loading={pending} onClick={send}>
          签到
        </Button>
      </Space.Compact>
    </section>
  );
}

function OutcomeBox({ outcome }: { outcome: Outcome | undefined }) {
  return (
    <div
      className={`checkin__outcome${outcome ? ` checkin__outcome--${outcome.kind}` : ''}`}
      role="status"
      aria-live="assertive"
    >
      {!outcome ? (
        <span className="checkin__outcome-wait">等待扫码或输入签到码</span>
      ) : outcome.kind === 'ok' || outcome.kind === 'already' ? (
        <>
          <span className="checkin__outcome-title">
            {outcome.kind === 'ok' ? '签到成功' : `已签到 ${formatTime(outcome.result.checkedInAt)}`}
          </span>
          <span className="checkin__outcome-line">
            {outcome.result.studentName} · {outcome.result.presentation.title}
          </span>
          <span className="checkin__outcome-line">
            签到 {outcome.result.checkedInCount} / 报名 {outcome.result.signupCount}
          </span>
        </>
      ) : (
        <>
          <span className="checkin__outcome-title">
            {outcome.kind === 'invalid' ? '无效签到码' : '不能签到'}
          </span>
          {outcome.kind === 'refused' ? (
            <span className="checkin__outcome-line">{outcome.message}</span>
          ) : null}
        </>
      )}
    </div>
  );
}

function SignupList({ presentationId }: { presentationId: string }) {
  const [page, setPage] = useState(1);
  const signups = usePresentationSignups(presentationId, page);
  const columns: TableColumnsType<StaffSignup> = [
    { title: '学生', dataIndex: 'studentName', key: 'name' },
    {
      title: '状态',
      dataIndex: 'state',
      key: 'state',
      render: (state: StaffSignup['state']) => (
        <Tag color={STATE_COLORS[state]}>{CAMPUS_SIGNUP_STATE_LABELS[state]}</Tag>
      ),
    },
    {
      title: '签到时间',
      dataIndex: 'checkedInAt',
      key: 'checkedInAt',
      render: (at: string | null) => formatTime(at) || '—',
    },
    {
      title: '报名时间',
      dataIndex: 'createdAt',
      key: 'createdAt',
      render: (at: string) => formatDateTime(at),
    },
  ];
  return (
    <section className="checkin__list" aria-labelledby="checkin-list-title">
      <div className="checkin__list-bar">
        <h2 id="checkin-list-title" className="checkin__list-title">
          报名名单
        </h2>
        <ExcelExportButton file="signups.xlsx" params={{ presentationId }} />
      </div>
      <p className="checkin__hint">学生姓名已脱敏显示（导出文件同样脱敏）。</p>
      <QueryState query={signups}>
        {(data) => (
          <Table<StaffSignup>
            rowKey="id"
            size="small"
            columns={columns}
            dataSource={data.items}
            scroll={{ x: 'max-content' }}
            pagination={{
              current: page,
              pageSize: data.pageSize,
              total: data.total,
              onChange: setPage,
              showTotal: (total) => `共 ${total} 人`,
            }}
          />
        )}
      </QueryState>
    </section>
  );
}
