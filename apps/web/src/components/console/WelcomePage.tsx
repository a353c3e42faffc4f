import { Button, Card, Descriptions, Flex, Typography } from 'antd';
import { useEffect } from 'react';
import { useNavigate } from 'react-router';
import { formatChineseDateTime } from '../../lib/format';
import { useSignedInSession } from '../../lib/session';
import { roleLabel } from './account-labels';
import { basePath, type ConsoleConfig, isGroup } from './console-config';

const ORGANISATION_KIND = { company: '用人单位', university: '高校', district: '区就业促进中心' } as const;

/** The console home: who is logged in, for which organisation, and where the navigation leads. */
export function WelcomePage({ config }: { config: ConsoleConfig }) {
  const { account, expiresAt } = useSignedInSession(config.area);
  const navigate = useNavigate();
  useEffect(() => {
    document.title = `${config.name} - 开放招聘`;
  }, [config.name]);

  return (
    <Flex vertical gap={16}>
      <Card>
        <Typography.Title level={1} style={{ marginTop: 0, fontSize: 24 }}>
          欢迎，{account.displayName}
        </Typography.Title>
        <Descriptions
          column={3}
          items={[
            { key: 'name', label: '姓名', children: account.displayName },
            { key: 'role', label: '角色', children: roleLabel(account) },
            {
              key: 'organisation',
              label: account.organisation ? ORGANISATION_KIND[account.organisation.kind] : '所属',
              children: account.organisation?.name ?? config.fallbackOrganisation,
            },
            {
              key: 'expires',
              label: '本次登录有效期至',
              children: formatChineseDateTime(expiresAt),
            },
          ]}
        />
      </Card>
      <Card title="功能导航">
        <Descriptions
          column={1}
          styles={{ label: { width: 88, justifyContent: 'flex-end' } }}
          items={config.nav.map((entry) => {
            const leaves = isGroup(entry) ? entry.children : [entry];
            return {
              key: isGroup(entry) ? entry.key : entry.path,
              label: entry.label,
              children: (
                <Flex wrap gap={8}>
                  {leaves.map((leaf) => (
                    <Button
                      key={leaf.path}
                      size="small"
                      onClick={() => navigate(`${basePath(config.area)}/${leaf.path}`)}
                    >
                      {leaf.label}
                    </Button>
                  ))}
                </Flex>
              ),
            };
          })}
        />
      </Card>
    </Flex>
  );
}
