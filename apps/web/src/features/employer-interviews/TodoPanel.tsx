import { EMPLOYER_TODO_KIND_LABELS, type EmployerTodo, type EmployerTodoKind } from '@openrecruit/shared';
import { App, Button, Card, Flex, List, Popconfirm, Segmented, Select, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { messageOf } from '../../lib/api';
import { formatDateTime } from '../../lib/format';
import { useCompleteTodo, useDeleteTodo, useTodos } from './api';
import { TODO_COLOURS } from './calendar-colours';
import { TodoModal } from './TodoModal';

const KIND_OPTIONS = [
  { value: 'all', label: '全部类型' },
  ...Object.entries(EMPLOYER_TODO_KIND_LABELS).map(([value, label]) => ({ value, label })),
];

/** 待办事项: 宣讲会 and 双选会 arrive from 校园招聘; 招聘活动 are added with “新增”. */
export function TodoPanel() {
  const { message } = App.useApp();
  const [kind, setKind] = useState<EmployerTodoKind | 'all'>('all');
  const [status, setStatus] = useState<'open' | 'completed'>('open');
  const [page, setPage] = useState(1);
  const [editing, setEditing] = useState<EmployerTodo | 'new'>();
  const todos = useTodos(kind, status, page);
  const complete = useCompleteTodo();
  const remove = useDeleteTodo();

  const act = (promise: Promise<unknown>, done: string) =>
    promise.then(
      () => message.success(done),
      (error) => message.error(messageOf(error)),
    );

  const todoActions = (todo: EmployerTodo) => [
    !todo.completedAt && (
      <Button
        key="complete"
        type="link"
        size="small"
        onClick={() => act(complete.mutateAsync(todo.id), '已完成')}
      >
        完成
      </Button>
    ),
    !todo.fromCampus && !todo.completedAt && (
      <Button key="edit" type="link" size="small" onClick={() => setEditing(todo)}>
        编辑
      </Button>
    ),
    !todo.fromCampus && (
      <Popconfirm
        key="delete"
        title={`删除“${todo.title}”？`}
        okText="删除"
        cancelText="取消"
        onConfirm={() => act(remove.mutateAsync(todo.id), '已删除')}
      >
        <Button type="link" size="small" danger>
          删除
        </Button>
      </Popconfirm>
    ),
  ];

  return (
    <Card
      size="small"
      title={<h2 style={{ fontSize: 16, margin: 0 }}>待办事项</h2>}
      extra={
        <Button type="primary" size="small" onClick={() => setEditing('new')}>
          新增
        </Button>
      }
    >
      <Flex gap={8} wrap style={{ marginBottom: 8 }}>
        <Select
          aria-label="提醒类型"
          size="small"
          style={{ width: 120 }}
          value={kind}
          options={KIND_OPTIONS}
          onChange={(value) => {
            setKind(value);
            setPage(1);
          }}
        />
        <Segmented
          size="small"
          aria-label="完成状态"
          value={status}
          onChange={(value) => {
            setStatus(value as 'open' | 'completed');
            setPage(1);
          }}
          options={[
            { value: 'open', label: '未完成' },
            { value: 'completed', label: '已完成' },
          ]}
        />
      </Flex>
      <List
        size="small"
        loading={todos.isFetching}
        dataSource={todos.data?.items}
        locale={{ emptyText: todos.isError ? messageOf(todos.error) : '暂无待办事项' }}
        pagination={
          (todos.data?.total ?? 0) > 8
            ? { current: page, pageSize: 8, total: todos.data?.total, onChange: setPage, size: 'small' }
            : false
        }
        renderItem={(todo) => (
          <List.Item>
            <List.Item.Meta
              title={
                <Space size={4} wrap>
                  <Tag color={TODO_COLOURS[todo.kind]}>{todo.kindLabel}</Tag>
                  <span>{todo.title}</span>
                </Space>
              }
              description={
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {formatDateTime(todo.startsAt)}
                  {todo.location ? ` · ${todo.location}` : ''}
                  {todo.fromCampus ? ' · 校园招聘同步' : ''}
                  <br />
                  <Space size={0}>{todoActions(todo)}</Space>
                </Typography.Text>
              }
            />
          </List.Item>
        )}
      />
      <TodoModal todo={editing} onClose={() => setEditing(undefined)} />
    </Card>
  );
}
