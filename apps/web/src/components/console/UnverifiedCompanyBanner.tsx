import type { SessionAccount } from '@openrecruit/shared';
import { Alert } from 'antd';
import { Link } from 'react-router';

/**
 * Every employer page says so while the company is not verified (平台认证): its jobs are hidden from
 * seekers and none can be published, and the banner says what to do about it.
 */
export function UnverifiedCompanyBanner({ account }: { account: SessionAccount }) {
  const state = account.organisation?.kind === 'company' ? account.organisation.verificationState : null;
  if (!state || state === 'verified') return null;
  const verificationLink = <Link to="/employer/company/verification">公司设置 &gt; 认证信息</Link>;
  return (
    <Alert
      type="warning"
      showIcon
      banner
      className="console-unverified-banner"
      title={
        state === 'rejected'
          ? '本单位未通过平台认证，职位不会对求职者展示，也不能发布职位。'
          : '本单位尚未通过平台认证，职位不会对求职者展示，也不能发布职位。'
      }
      description={
        state === 'rejected' ? (
          <>请在{verificationLink}中核对并修改认证信息后重新提交认证；如有疑问请联系平台。</>
        ) : (
          <>
            平台将在1~3个工作日内完成审核，请耐心等待；可在{verificationLink}
            中查看提交的认证信息，如有疑问请联系平台。
          </>
        )
      }
    />
  );
}
