import type { CheckinCode } from '@openrecruit/shared';
import { Tag } from 'antd-mobile';
import QRCode from 'qrcode';
import { useEffect, useState } from 'react';
import { Link, useParams } from 'react-router';
import { LoadFailed, LoadingBlock } from '../../components/mobile/LoadState';
import { MobilePage } from '../../components/mobile/MobilePage';
import { formatTime } from '../../lib/format';
import { useCheckinCode } from './api';
import { presentationTime, SIGNUP_TAG_COLORS, signupLabel } from './campus-labels';
import './campus.css';

/**
 * /m/campus/signups/:id: 签到码 — the QR the staff scan at the door, and the code in text to read
 * out. It turns to 已签到 by itself (the campus-signups.changed live event refetches it).
 */
export function CheckinCodePage() {
  const { id = '' } = useParams();
  const code = useCheckinCode(id);
  const back = { to: '/m/campus?tab=signups', label: '我的报名', history: true };
  return (
    <MobilePage title="签到码" back={back}>
      {code.isPending ? (
        <LoadingBlock />
      ) : code.isError ? (
        <LoadFailed error={code.error} retry={() => code.refetch()} />
      ) : (
        <CodeBody code={code.data} />
      )}
    </MobilePage>
  );
}

function CodeBody({ code }: { code: CheckinCode }) {
  const [image, setImage] = useState<string | null>(null);
  useEffect(() => {
    let current = true;
    void QRCode.toDataURL(code.qrPayload, { width: 480, margin: 2, errorCorrectionLevel: 'M' }).then(
      (url) => {
        if (current) setImage(url);
      },
    );
    return () => {
      current = false;
    };
  }, [code.qrPayload]);
  const checkedIn = code.state === 'checked_in';
  return (
    <>
      <section className="m-card m-checkin" aria-labelledby="checkin-title">
        <h2 id="checkin-title" className="m-campus-detail__title">
          {code.presentation.title}
        </h2>
        <p className="m-campus-item__line">{code.presentation.companyName}</p>
        <p className="m-campus-item__line">
          {presentationTime(code.presentation.startsAt, code.presentation.endsAt)}　{code.presentation.room}
        </p>
        <div className="m-checkin__state" aria-live="polite">
          <Tag color={SIGNUP_TAG_COLORS[code.state]} fill="solid">
            {signupLabel(code.state)}
          </Tag>
          {checkedIn && code.checkedInAt ? <span>　{formatTime(code.checkedInAt)} 签到</span> : null}
        </div>
        {checkedIn ? (
          <p className="m-checkin__done">签到成功，欢迎参加宣讲会</p>
        ) : code.state === 'signed_up' ? (
          <>
            {image ? (
              <img className="m-checkin__qr" src={image} alt={`签到二维码，签到码 ${code.code}`} />
            ) : (
              <div className="m-checkin__qr" aria-hidden="true" />
            )}
            <p className="m-checkin__code">
              <span className="visually-hidden">签到码 </span>
              {code.code}
            </p>
            <p className="m-muted m-checkin__hint">入场时请向就业中心老师出示二维码，或报出上方签到码。</p>
          </>
        ) : (
          <p className="m-muted">该报名{signupLabel(code.state)}，无需签到。</p>
        )}
      </section>
      <p className="m-campus__more">
        <Link to={`/m/campus/presentations/${code.presentation.id}`}>查看宣讲会详情 ›</Link>
      </p>
    </>
  );
}
