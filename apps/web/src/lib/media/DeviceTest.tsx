import { useEffect, useRef, useState } from 'react';
import { type MediaArea, mediaApi } from './media-api';
import { openLocalMedia, stopMedia } from './media-support';
import './device-test.css';

export interface DeviceTestResult {
  camera: boolean;
  microphone: boolean;
  /** null until the person says whether they heard the test sound. */
  speaker: boolean | null;
  rttMs: number | null;
}

const PINGS = 5;

/** The median of a few GET …/media/ping round trips (the first warms the connection and is dropped). */
async function measureRoundTrip(area: MediaArea): Promise<number | null> {
  const times: number[] = [];
  for (let i = 0; i <= PINGS; i += 1) {
    const started = performance.now();
    try {
      await mediaApi.ping(area);
    } catch {
      return null;
    }
    if (i > 0) times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return Math.round(times[Math.floor(times.length / 2)]!);
}

/** A one-second 440 Hz tone through the speaker (a test sound that needs no file). */
function playTestSound() {
  const audio = new AudioContext();
  const tone = audio.createOscillator();
  const gain = audio.createGain();
  tone.frequency.value = 440;
  gain.gain.value = 0.2;
  tone.connect(gain).connect(audio.destination);
  tone.start();
  tone.stop(audio.currentTime + 1);
  tone.addEventListener('ended', () => void audio.close());
}

/**
 * 设备检测: the camera's picture, a microphone level meter, a test sound for the speaker and the
 * measured round trip to the server. Plain elements with their own CSS, so it sits in antd and
 * antd-mobile pages alike.
 */
export function DeviceTest(props: { area: MediaArea; onResult(result: DeviceTestResult): void }) {
  const { area, onResult } = props;
  const videoRef = useRef<HTMLVideoElement>(null);
  const [result, setResult] = useState<DeviceTestResult>({
    camera: false,
    microphone: false,
    speaker: null,
    rttMs: null,
  });
  const [level, setLevel] = useState(0);
  const [checking, setChecking] = useState(true);
  const [problem, setProblem] = useState<string | null>(null);
  const onResultRef = useRef(onResult);
  onResultRef.current = onResult;

  useEffect(() => {
    let stream: MediaStream | null = null;
    let audio: AudioContext | null = null;
    let frame = 0;
    let cancelled = false;
    const run = async () => {
      let camera = false;
      let microphone = false;
      try {
        stream = await openLocalMedia({ video: true, audio: true });
      } catch {
        // No camera: the microphone alone may still work.
        stream = await openLocalMedia({ video: false, audio: true }).catch(() => null);
        if (!stream) setProblem('无法打开摄像头和麦克风，请在浏览器设置中允许本网站使用');
      }
      if (cancelled) {
        stopMedia(stream);
        return;
      }
      if (stream) {
        camera = stream.getVideoTracks().length > 0;
        microphone = stream.getAudioTracks().length > 0;
        if (videoRef.current) videoRef.current.srcObject = stream;
        if (microphone) {
          audio = new AudioContext();
          const analyser = audio.createAnalyser();
          analyser.fftSize = 512;
          audio.createMediaStreamSource(stream).connect(analyser);
          const samples = new Uint8Array(analyser.fftSize);
          const draw = () => {
            analyser.getByteTimeDomainData(samples);
            let peak = 0;
            for (const sample of samples) peak = Math.max(peak, Math.abs(sample - 128));
            setLevel(Math.min(1, peak / 64));
            frame = requestAnimationFrame(draw);
          };
          draw();
        }
      }
      const rttMs = await measureRoundTrip(area);
      if (cancelled) return;
      setChecking(false);
      setResult((previous) => {
        const next = { ...previous, camera, microphone, rttMs };
        onResultRef.current(next);
        return next;
      });
    };
    void run();
    return () => {
      cancelled = true;
      cancelAnimationFrame(frame);
      void audio?.close();
      stopMedia(stream);
    };
  }, [area]);

  const answerSpeaker = (heard: boolean) =>
    setResult((previous) => {
      const next = { ...previous, speaker: heard };
      onResultRef.current(next);
      return next;
    });

  const mark = (ok: boolean) => (
    <span className={ok ? 'media-device-test__ok' : 'media-device-test__bad'}>{ok ? '正常' : '不可用'}</span>
  );

  return (
    <section className="media-device-test" aria-label="设备检测">
      <video ref={videoRef} autoPlay muted playsInline aria-label="摄像头画面" />
      {problem && <p className="media-device-test__bad">{problem}</p>}
      <div className="media-device-test__row">
        <span>摄像头：</span>
        {checking ? '检测中…' : mark(result.camera)}
      </div>
      <div className="media-device-test__row">
        <span id="media-device-test-mic">麦克风：</span>
        <meter
          className="media-device-test__meter"
          aria-labelledby="media-device-test-mic"
          min={0}
          max={100}
          value={Math.round(level * 100)}
        />
        {!checking && mark(result.microphone)}
      </div>
      <div className="media-device-test__row">
        <span>扬声器：</span>
        <button type="button" onClick={playTestSound}>
          播放测试音
        </button>
        <button type="button" onClick={() => answerSpeaker(true)} aria-pressed={result.speaker === true}>
          听得到
        </button>
        <button type="button" onClick={() => answerSpeaker(false)} aria-pressed={result.speaker === false}>
          听不到
        </button>
      </div>
      <div className="media-device-test__row">
        <span>网络延迟：</span>
        {checking ? '检测中…' : result.rttMs === null ? mark(false) : `${result.rttMs} 毫秒`}
      </div>
    </section>
  );
}
