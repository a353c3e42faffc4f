import type { MallPackage } from '@openrecruit/shared';
import { App, Button, Space, Table, type TableColumnsType, Tag } from 'antd';
import { useEffect, useState } from 'react';
import { messageOf } from '../../lib/api';
import { formatDateTime } from '../../lib/format';
import { useOpsPackages, useSavePackage } from './api';
import { PackageFormModal } from './PackageFormModal';

/** /ops 套餐与价格 (issue 12 §8): the mall's packages, 新增/编辑 and 上架/下架. */
export function OpsPackagesPage() {
  const { message } = App.useApp();
  const packages = useOpsPackages();
  const save = useSavePackage();
  const [editing, setEditing] = useState<MallPackage | 'new' | null>(null);

  useEffect(() => {
    document.title = '套餐与价格 - 开放招聘';
  }, []);

  const toggle = (item: MallPackage) =>
    save
      .mutateAsync({
        id: item.id,
        input: {
          name: item.name,
          description: item.description,
          pricePoints: item.pricePoints,
          contents: item.contents.map(({ right, quantity }) => ({ right, quantity })),
          validityDays: item.validityDays,
          sortOrder: item.sortOrder,
          active: !item.active,
        },
      })
      .then(
        () => {
          message.success(item.active ? `“${item.name}”已下架` : `“${item.name}”已上架`);
        },
        (error: unknown) => {
          message.error(messageOf(error));
        },
      );

  const columns: TableColumnsType<MallPackage> = [
    { title: '排序', dataIndex: 'sortOrder', key: 'sortOrder', width: 70 },
    { title: '套餐名称', dataIndex: 'name', key: 'name', width: 160 },
    {
      title: '道具内容',
      key: 'contents',
      render: (_, item) => item.contents.map((c) => `${c.label}${c.quantity}${c.unit}`).join('，'),
    },
    { title: '价格', key: 'price', width: 120, render: (_, item) => `${item.pricePoints} 快点` },
    { title: '有效期', key: 'validity', width: 90, render: (_, item) => `${item.validityDays} 天` },
    {
      title: '状态',
      key: 'active',
      width: 90,
      render: (_, item) => (item.active ? <Tag color="green">已上架</Tag> : <Tag>已下架</Tag>),
    },
    { title: '更新时间', key: 'updatedAt', width: 170, render: (_, item) => formatDateTime(item.updatedAt) },
    {
      title: '操作',
      key: 'actions',
      render: (_, item) => (
        <Space>
          <Button type="link" onClick={() => setEditing(item)} aria-label={`编辑${item.name}`}>
            编辑
          </Button>
          <Button
            type="link"
            onClick={() => toggle(item)}
            aria-label={`${item.active ? '下架' : '上架'}${item.name}`}
          >
            {item.active ? '下架' : '上架'}
          </Button>
        </Space>
      ),
    },
  ];

  return (
    <div className="console-card">
      <Space style={{ width: '100%', justifyContent: 'space-between' }}>
        <h1 className="console-page-title">套餐与价格</h1>
        <Button type="primary" onClick={() => setEditing('new')}>
          新增
        </Button>
      </Space>
      <Table
        rowKey="id"
        columns={columns}
        dataSource={packages.data?.items}
        loading={packages.isPending}
        locale={{ emptyText: packages.isError ? messageOf(packages.error) : '暂无道具包' }}
        pagination={false}
      />
      {editing ? (
        <PackageFormModal item={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />
      ) : null}
    </div>
  );
}
