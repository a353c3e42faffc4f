import { Layout, Menu, type MenuProps, Skeleton } from 'antd';
import { Suspense, useEffect, useMemo, useState } from 'react';
import { Outlet, useLocation, useNavigate } from 'react-router';
import { useSignedInSession } from '../../lib/session';
import { ConsoleHeader } from './ConsoleHeader';
import { basePath, type ConsoleConfig, isGroup, navKeyOf } from './console-config';
import { UnverifiedCompanyBanner } from './UnverifiedCompanyBanner';

/** A console page: header across the top, the area's navigation on the left, the page on the right. */
export function ConsoleLayout({ config }: { config: ConsoleConfig }) {
  const session = useSignedInSession(config.area);
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const home = basePath(config.area);
  const current = navKeyOf(
    config.nav,
    pathname.startsWith(`${home}/`) ? pathname.slice(home.length + 1) : '',
  );

  const groupOfCurrent = config.nav
    .filter(isGroup)
    .find((group) => group.children.some((leaf) => leaf.path === current))?.key;
  const [openKeys, setOpenKeys] = useState<string[]>(() =>
    [groupOfCurrent ?? (current === '' ? config.homeGroupKey : undefined)].filter(
      (key): key is string => key !== undefined,
    ),
  );
  useEffect(() => {
    if (groupOfCurrent)
      setOpenKeys((keys) => (keys.includes(groupOfCurrent) ? keys : [...keys, groupOfCurrent]));
  }, [groupOfCurrent]);

  const items = useMemo<MenuProps['items']>(
    () =>
      config.nav.map((entry) =>
        isGroup(entry)
          ? {
              key: entry.key,
              label: entry.label,
              onTitleClick: entry.key === config.homeGroupKey ? () => navigate(home) : undefined,
              children: entry.children.map((leaf) => ({ key: leaf.path, label: leaf.label })),
            }
          : { key: entry.path, label: entry.label },
      ),
    [config, navigate, home],
  );

  return (
    <div className="console-shell">
      <ConsoleHeader config={config} session={session} />
      <Layout className="console-body" hasSider>
        <Layout.Sider width={224} theme="light" className="console-sider">
          <nav aria-label={`${config.name}导航`}>
            <Menu
              mode="inline"
              style={{ borderInlineEnd: 0 }}
              items={items}
              selectedKeys={[current]}
              openKeys={openKeys}
              onOpenChange={setOpenKeys}
              onClick={({ key }) => navigate(`${home}/${key}`)}
            />
          </nav>
        </Layout.Sider>
        <Layout.Content className="console-content">
          {config.area === 'employer' ? <UnverifiedCompanyBanner account={session.account} /> : null}
          {/* A page's chunk loads on its first visit (React.lazy): the header and navigation stay. */}
          <Suspense fallback={<Skeleton active />}>
            <Outlet />
          </Suspense>
        </Layout.Content>
      </Layout>
    </div>
  );
}
