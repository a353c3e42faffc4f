import type { JobDetail } from '@openrecruit/shared';
import { Button } from 'antd-mobile';
import { useNavigate } from 'react-router';

const QUOTA_NOTE = '您已有10条当前应聘记录，需要撤销部分应聘记录后才可继续投递。';

function StoppedButton() {
  return (
    <Button block color="primary" size="large" disabled>
      该岗位已停止招聘
    </Button>
  );
}

/** Logged out: 登录后应聘, unless the job stopped recruiting. */
export function PublicApplyBar({ stopped, onLogin }: { stopped: boolean; onLogin: () => void }) {
  return (
    <div className="m-bottom-bar m-apply-bar">
      {stopped ? (
        <StoppedButton />
      ) : (
        <Button block color="primary" size="large" onClick={onLogin}>
          登录后应聘
        </Button>
      )}
    </div>
  );
}

type SeekerApplyBarProps = {
  detail: JobDetail;
  applied: boolean;
  quotaFull: boolean;
  applying: boolean;
  onApply: () => void;
  onMyApplications: () => void;
};

/** Seed 000 §四: 我要应聘 at the bottom; 已应聘 with the record; with 10 records, 我的应聘 first. */
export function SeekerApplyBar({
  detail,
  applied,
  quotaFull,
  applying,
  onApply,
  onMyApplications,
}: SeekerApplyBarProps) {
  const navigate = useNavigate();
  return (
    <div className="m-bottom-bar m-apply-bar">
      {detail.state === 'offline' ? (
        <StoppedButton />
      ) : applied ? (
        <div className="m-apply-bar__row">
          <Button color="primary" size="large" disabled>
            已应聘
          </Button>
          <Button
            color="primary"
            fill="outline"
            size="large"
            onClick={() =>
              navigate(detail.application ? `/m/applications/${detail.application.id}` : '/m/applications')
            }
          >
            查看应聘记录
          </Button>
        </div>
      ) : (
        <>
          {quotaFull ? <p className="m-apply-bar__note">{QUOTA_NOTE}</p> : null}
          <div className="m-apply-bar__row">
            {quotaFull ? (
              <Button color="primary" fill="outline" size="large" onClick={onMyApplications}>
                我的应聘
              </Button>
            ) : null}
            <Button color="primary" size="large" loading={applying} onClick={onApply}>
              我要应聘
            </Button>
          </div>
        </>
      )}
    </div>
  );
}
