import { type EmployerApplicationSummary, RESUME_TABS } from '@openrecruit/shared';
import { Button, Table, Tabs } from 'antd';
import { useEffect, useState } from 'react';
import { messageOf } from '../../lib/api';
import { useApplications, useJobOptions } from './api';
import { ResumeBulkActions } from './ResumeBulkActions';
import { ResumeDrawer } from './ResumeDrawer';
import { ResumeFilterBar } from './ResumeFilterBar';
import { resumeColumns } from './resume-columns';
import { PAGE_SIZES, useResumeFilters } from './use-resume-filters';
import { useResumeSelection } from './use-resume-selection';
import './employer-resumes.css';

/** Seed 002 简历管理: 未处理 / 合适 / 待定 / 不合适, 筛选, 标记, 下载 and each resume's conversation. */
export function ResumesPage() {
  const filters = useResumeFilters();
  const { query, tab, page, pageSize, filtering, go, open, openId } = filters;
  const [showFilters, setShowFilters] = useState(filtering);
  const list = useApplications(query);
  const jobs = useJobOptions();
  const selection = useResumeSelection(JSON.stringify(query));

  useEffect(() => {
    document.title = '简历管理 - 开放招聘';
  }, []);

  const counts = list.data?.counts;

  return (
    <div className="console-card">
      <div className="resumes-head">
        <h1 className="console-page-title">简历管理</h1>
        <Button
          type={filtering ? 'primary' : 'default'}
          ghost={filtering}
          aria-expanded={showFilters}
          aria-controls="resumes-filters"
          onClick={() => setShowFilters((value) => !value)}
        >
          筛选{filtering ? '（已启用）' : ''}
        </Button>
      </div>
      {showFilters ? (
        <ResumeFilterBar
          query={query}
          filtering={filtering}
          jobs={jobs}
          go={go}
          clearFilters={filters.clearFilters}
        />
      ) : null}
      <Tabs
        activeKey={tab}
        onChange={(key) => go({ tab: key })}
        items={RESUME_TABS.map((item) => ({
          key: item.code,
          label: `${item.label}${counts ? `（${counts[item.code]}）` : ''}`,
        }))}
      />
      <ResumeBulkActions selection={selection} />
      <Table<EmployerApplicationSummary>
        rowKey="id"
        columns={resumeColumns(open)}
        dataSource={list.data?.items ?? []}
        loading={list.isFetching}
        rowClassName={(row) => (row.withdrawn ? 'resumes-row--withdrawn' : '')}
        rowSelection={{
          selectedRowKeys: selection.selected,
          onChange: (keys) => selection.setSelected(keys as string[]),
          getCheckboxProps: (row) => ({ 'aria-label': `选择${row.seeker.name}的简历` }),
        }}
        locale={{
          emptyText: list.isError
            ? messageOf(list.error)
            : filtering
              ? '没有符合筛选条件的简历'
              : tab === 'unprocessed'
                ? '暂无未处理的简历'
                : `暂无标记为“${RESUME_TABS.find((item) => item.code === tab)?.label}”的简历`,
        }}
        pagination={{
          current: page,
          pageSize,
          total: list.data?.total ?? 0,
          showSizeChanger: true,
          pageSizeOptions: PAGE_SIZES,
          showTotal: (total) => `共 ${total} 份简历`,
          onChange: (next, size) =>
            go({ page: next === 1 ? undefined : next, pageSize: size === 20 ? undefined : size }, false),
        }}
      />
      {openId ? <ResumeDrawer applicationId={openId} onClose={() => open(undefined)} /> : null}
    </div>
  );
}
