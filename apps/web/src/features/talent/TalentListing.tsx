import type { TalentProfile } from '@openrecruit/shared';
import type { UseQueryResult } from '@tanstack/react-query';
import { Empty, Form, Pagination, Select, Space, Tabs, type TabsProps } from 'antd';
import { type ReactNode, useEffect } from 'react';
import { QueryState } from '../../components/console/QueryState';

type Paged<T> = { items: T[]; pageSize: number; total: number };

/** A 人才中心 page: its title, then tabs of which only the open one is mounted. */
export function TalentTabsPage({ title, tabs }: { title: string; tabs: TabsProps['items'] }) {
  useEffect(() => {
    document.title = `${title} - 开放招聘`;
  }, [title]);
  return (
    <div className="console-card">
      <h1 className="console-page-title">{title}</h1>
      <Tabs destroyInactiveTabPane items={tabs} />
    </div>
  );
}

/** The pagination of a paged table of the talent pages, `共N人/条/份`. */
export function tablePagination<T>(
  list: UseQueryResult<Paged<T>>,
  page: number,
  onChange: (page: number) => void,
  unit: string,
) {
  return {
    current: page,
    pageSize: list.data?.pageSize ?? 10,
    total: list.data?.total ?? 0,
    showSizeChanger: false,
    showTotal: (total: number) => `共${total}${unit}`,
    onChange,
  };
}

/**
 * One filter picker above a paged list of talent cards; changing the filter goes back to page 1.
 * `filter.options` starts with the '' (不限) choice.
 */
export function TalentListing<T extends TalentProfile>({
  filter,
  list,
  page,
  onPageChange,
  empty,
  renderTalent,
}: {
  filter: {
    id: string;
    label: string;
    width: number;
    value: string;
    loading: boolean;
    options: Array<{ value: string; label: string }>;
    onChange: (value: string) => void;
  };
  list: UseQueryResult<Paged<T>>;
  page: number;
  onPageChange: (page: number) => void;
  empty: string;
  renderTalent: (talent: T) => ReactNode;
}) {
  return (
    <>
      <Form layout="inline" style={{ marginBottom: 16 }}>
        <Form.Item label={filter.label} htmlFor={filter.id}>
          <Select
            id={filter.id}
            style={{ width: filter.width }}
            value={filter.value}
            loading={filter.loading}
            onChange={(value) => {
              filter.onChange(value);
              onPageChange(1);
            }}
            options={filter.options}
          />
        </Form.Item>
      </Form>
      <QueryState query={list} loading="spin">
        {(data) =>
          data.items.length === 0 ? (
            <Empty description={empty} />
          ) : (
            <Space direction="vertical" size={12} style={{ width: '100%' }}>
              {data.items.map(renderTalent)}
              <Pagination
                align="end"
                current={page}
                pageSize={data.pageSize}
                total={data.total}
                showTotal={(total) => `共${total}人`}
                showSizeChanger={false}
                onChange={onPageChange}
              />
            </Space>
          )
        }
      </QueryState>
    </>
  );
}
