import { useCallback, useEffect, useState } from 'react';
import { openLocalMedia } from '../../lib/media';

/**
 * The own camera and microphone while `wanted`: video and sound, else sound only when the camera
 * is refused or missing (the call then goes on as 仅语音). Stopped when no longer wanted. 静音 and
 * 关闭摄像头 switch the tracks off without renegotiating the call.
 */
export function useLocalMedia(wanted: boolean) {
  const [stream, setStream] = useState<MediaStream | null>(null);
  const [failed, setFailed] = useState(false);
  const [micOn, setMicOn] = useState(true);
  const [cameraOn, setCameraOn] = useState(true);

  useEffect(() => {
    if (!wanted) return;
    let cancelled = false;
    let opened: MediaStream | null = null;
    const keep = (media: MediaStream) => {
      if (cancelled) {
        for (const track of media.getTracks()) track.stop();
        return;
      }
      opened = media;
      setFailed(false);
      setStream(media);
    };
    openLocalMedia({ video: true, audio: true })
      .catch(() => openLocalMedia({ video: false, audio: true }))
      .then(keep, () => {
        if (!cancelled) setFailed(true);
      });
    return () => {
      cancelled = true;
      for (const track of opened?.getTracks() ?? []) track.stop();
      setStream(null);
    };
  }, [wanted]);

  const toggleMic = useCallback(() => {
    setMicOn((on) => {
      for (const track of stream?.getAudioTracks() ?? []) track.enabled = !on;
      return !on;
    });
  }, [stream]);

  const toggleCamera = useCallback(() => {
    setCameraOn((on) => {
      for (const track of stream?.getVideoTracks() ?? []) track.enabled = !on;
      return !on;
    });
  }, [stream]);

  return {
    stream,
    failed,
    micOn,
    cameraOn,
    hasCamera: (stream?.getVideoTracks().length ?? 0) > 0,
    toggleMic,
    toggleCamera,
  };
}
