import type { EmployerApplicationSummary } from '@openrecruit/shared';
import { App, Modal, Table, type TableColumnsType, Tag } from 'antd';
import { useState } from 'react';
import { messageOf } from '../../lib/api';
import { formatDateTime } from '../../lib/format';
import { useAddToFolder, useCompanyApplications } from './api';

const columns: TableColumnsType<EmployerApplicationSummary> = [
  { title: '姓名', key: 'name', render: (_, row) => row.seeker.name },
  { title: '应聘职位', key: 'job', render: (_, row) => row.job.title },
  { title: '学历', key: 'education', render: (_, row) => row.seeker.educationLabel ?? '未填写' },
  { title: '标记', key: 'mark', render: (_, row) => <Tag>{row.markLabel}</Tag> },
  { title: '投递时间', key: 'appliedAt', render: (_, row) => formatDateTime(row.appliedAt) },
];

/** 从简历管理添加: tick the company's resumes and put them in the 面试夹 (twice adds once). */
export function AddFromResumesModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { message } = App.useApp();
  const [page, setPage] = useState(1);
  const [selected, setSelected] = useState<string[]>([]);
  const list = useCompanyApplications(page, open);
  const add = useAddToFolder();

  const close = () => {
    setSelected([]);
    onClose();
  };
  const submit = async () => {
    if (selected.length === 0) {
      message.warning('请至少选择一份简历');
      return;
    }
    try {
      const result = await add.mutateAsync({ applicationIds: selected });
      message.success(
        result.alreadyInFolder > 0
          ? `已加入 ${result.added} 份，${result.alreadyInFolder} 份已在面试夹中`
          : `已加入 ${result.added} 份简历`,
      );
      close();
    } catch (error) {
      message.error(messageOf(error));
    }
  };

  return (
    <Modal
      title="从简历管理添加"
      open={open}
      width={820}
      okText="加入面试夹"
      cancelText="取消"
      onOk={submit}
      confirmLoading={add.isPending}
      onCancel={close}
      destroyOnHidden
    >
      <Table
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={list.data?.items}
        loading={list.isFetching}
        locale={{ emptyText: list.isError ? messageOf(list.error) : '暂无简历' }}
        rowSelection={{
          selectedRowKeys: selected,
          preserveSelectedRowKeys: true,
          onChange: (keys) => setSelected(keys as string[]),
          getCheckboxProps: (row) => ({ disabled: row.withdrawn, 'aria-label': `选择${row.seeker.name}` }),
        }}
        pagination={{ current: page, pageSize: 10, total: list.data?.total ?? 0, onChange: setPage }}
      />
    </Modal>
  );
}
