import type { SessionResult } from '@openrecruit/shared';
import { App, Avatar, Button, Dropdown } from 'antd';
import { Suspense } from 'react';
import { Link, useNavigate } from 'react-router';
import { messageOf } from '../../lib/api';
import { useLogout } from '../../lib/session';
import { firstCharacter, roleLabel } from './account-labels';
import { basePath, CHANGE_PASSWORD, type ConsoleConfig } from './console-config';

/** The console header: product and console name, the organisation, the person, and the avatar menu. */
export function ConsoleHeader({
  config,
  session,
  passwordChangeOnly = false,
}: {
  config: ConsoleConfig;
  session: SessionResult;
  /** An initial password must be replaced first: the server refuses everything else, so nothing else loads. */
  passwordChangeOnly?: boolean;
}) {
  const { account } = session;
  const { message } = App.useApp();
  const navigate = useNavigate();
  const home = basePath(config.area);
  const logout = useLogout(config.area, `${home}/login`);

  const onMenuClick = ({ key }: { key: string }) => {
    if (key.startsWith('page:')) navigate(`${home}/${key.slice('page:'.length)}`);
    if (key === 'password') navigate(`${home}/${CHANGE_PASSWORD.path}`);
    if (key === 'logout') {
      logout.mutate(undefined, {
        onSuccess: () => message.success('已退出登录'),
        onError: (error) => message.error(messageOf(error)),
      });
    }
  };

  return (
    <header className="console-header">
      <Link to={home} className="console-header__brand">
        <span className="console-header__logo" aria-hidden="true">
          聘
        </span>
        <span>开放招聘</span>
        <span className="console-header__area">{config.name}</span>
      </Link>
      <span className="console-header__org" title="所属单位">
        {account.organisation?.name ?? config.fallbackOrganisation}
      </span>
      {passwordChangeOnly ? null : <Suspense fallback={null}>{config.headerExtra}</Suspense>}
      <Dropdown
        trigger={['click']}
        placement="bottomRight"
        menu={{
          onClick: onMenuClick,
          items: [
            ...(passwordChangeOnly ? [] : (config.avatarMenu ?? [])).map((entry) => ({
              key: `page:${entry.path}`,
              label: entry.label,
            })),
            { key: 'password', label: '修改密码' },
            { type: 'divider' },
            { key: 'logout', label: '退出登录', danger: true },
          ],
        }}
      >
        <Button type="text" className="console-header__user" aria-label={`账号菜单：${account.displayName}`}>
          <Avatar size={30} className="console-header__avatar" src={account.avatarUrl ?? undefined}>
            {firstCharacter(account.displayName)}
          </Avatar>
          <span className="console-header__name">{account.displayName}</span>
          <span className="console-header__role">{roleLabel(account)}</span>
        </Button>
      </Dropdown>
    </header>
  );
}
