import { Tabs } from 'antd';
import { useEffect, useState } from 'react';
import { FolderPanel } from './FolderPanel';
import { NewInterviewDrawer } from './NewInterviewDrawer';
import { SessionDetailDrawer } from './SessionDetailDrawer';
import { SessionsPanel } from './SessionsPanel';

/**
 * 首页>面试安排 (seed 002): “新增面试” (线下面试 or 学校远程面试) imports students from the 面试夹,
 * then 一键通知 sends each of them the interview notice.
 */
export function InterviewsPage() {
  const [tab, setTab] = useState('folder');
  const [creating, setCreating] = useState<string[]>();
  const [openSession, setOpenSession] = useState<string>();
  useEffect(() => {
    document.title = '面试安排 - 开放招聘';
  }, []);

  return (
    <div className="console-card">
      <h1 className="console-page-title">面试安排</h1>
      <Tabs
        activeKey={tab}
        onChange={setTab}
        items={[
          {
            key: 'folder',
            label: '面试夹',
            children: <FolderPanel onCreate={(ids) => setCreating(ids)} />,
          },
          {
            key: 'sessions',
            label: '面试安排',
            children: <SessionsPanel onCreate={() => setCreating([])} onOpen={setOpenSession} />,
          },
        ]}
      />
      <NewInterviewDrawer
        open={creating !== undefined}
        preselected={creating ?? []}
        onClose={() => setCreating(undefined)}
        onCreated={(id) => {
          setCreating(undefined);
          setTab('sessions');
          setOpenSession(id);
        }}
      />
      <SessionDetailDrawer sessionId={openSession} onClose={() => setOpenSession(undefined)} />
    </div>
  );
}
