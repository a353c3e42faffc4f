import { Badge, Toast } from 'antd-mobile';
import { LinkList } from '../../components/mobile/LinkList';
import { MobilePage } from '../../components/mobile/MobilePage';
import { SurnameAvatar } from '../../components/mobile/SeekerAvatar';
import { useCampusEntry } from '../../features/campus-students/campus-entry';
import { usePendingInvitationCount } from '../../features/talent/api';
import { messageOf } from '../../lib/api';
import { useLogout, useSignedInSession } from '../../lib/session';
import './seeker-home.css';

/** Seed 000 §八.1: 点击首页左上角按钮，进入用户页面. */
export function UserPage() {
  const { account } = useSignedInSession('seeker');
  const logout = useLogout('seeker', '/m');
  const pending = usePendingInvitationCount();
  const campusEntry = useCampusEntry(true);

  const onLogout = () =>
    logout.mutate(undefined, {
      onSuccess: () => Toast.show({ content: '已退出登录' }),
      onError: (error) => Toast.show({ content: messageOf(error), icon: 'fail' }),
    });

  return (
    <MobilePage title="用户页面" back={{ to: '/m', label: '首页' }}>
      <section className="m-user" aria-label="账号信息">
        <SurnameAvatar surname={account.surname ?? Array.from(account.displayName)[0] ?? ''} size={60} />
        <div>
          <p className="m-user__name">{account.displayName}</p>
          {account.idNumberMasked ? <p className="m-user__id">身份证号：{account.idNumberMasked}</p> : null}
        </div>
      </section>
      <LinkList
        items={[
          { label: '个人信息', description: '学历、政治面貌', to: '/m/profile' },
          { label: '我的简历', to: '/m/resume' },
          {
            label: '我的邀约',
            to: '/m/invitations',
            ...(pending > 0
              ? { description: `${pending}条邀约待确认`, extra: <Badge content={pending} /> }
              : { description: '用人单位的应聘邀约' }),
          },
          ...(campusEntry ? [campusEntry] : []),
          { label: '修改密码', to: '/m/password' },
          { label: '退出登录', onClick: onLogout, danger: true },
        ]}
      />
    </MobilePage>
  );
}
