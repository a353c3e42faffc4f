import type { EmployerTodo } from '@openrecruit/shared';
import { App, DatePicker, Form, Input, Modal } from 'antd';
import type { Dayjs } from 'dayjs';
import { useEffect } from 'react';
import { applyFieldErrors, messageOf } from '../../lib/api';
import { fromPickerValue, toPickerValue } from '../../lib/format';
import { useSaveTodo } from './api';

type Values = { title: string; startsAt?: Dayjs; endsAt?: Dayjs | null; location?: string; note?: string };
const FIELDS = ['title', 'startsAt', 'endsAt', 'location', 'note'] as const;

/** 待办事项>新增 (or 编辑) a 招聘活动. */
export function TodoModal({ todo, onClose }: { todo?: EmployerTodo | 'new'; onClose: () => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const save = useSaveTodo();
  const editing = todo && todo !== 'new' ? todo : undefined;

  useEffect(() => {
    if (!todo) return;
    form.resetFields();
    if (editing) {
      form.setFieldsValue({
        title: editing.title,
        startsAt: toPickerValue(editing.startsAt),
        endsAt: editing.endsAt ? toPickerValue(editing.endsAt) : null,
        location: editing.location,
        note: editing.note,
      });
    }
  }, [todo, editing, form]);

  const submit = async (values: Values) => {
    try {
      await save.mutateAsync({
        id: editing?.id,
        title: values.title,
        startsAt: values.startsAt ? fromPickerValue(values.startsAt) : '',
        endsAt: values.endsAt ? fromPickerValue(values.endsAt) : null,
        location: values.location ?? '',
        note: values.note ?? '',
      });
      message.success(editing ? '已保存' : '已新增招聘活动');
      onClose();
    } catch (error) {
      if (!applyFieldErrors(form, error, FIELDS)) message.error(messageOf(error));
    }
  };

  return (
    <Modal
      title={editing ? '编辑招聘活动' : '新增招聘活动'}
      open={todo !== undefined}
      okText="保存"
      cancelText="取消"
      confirmLoading={save.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
      forceRender
    >
      <Form form={form} layout="vertical" onFinish={submit}>
        <Form.Item name="title" label="活动名称" rules={[{ required: true, message: '请填写活动名称' }]}>
          <Input maxLength={60} placeholder="如：张江人才市场周末专场招聘" />
        </Form.Item>
        <Form.Item name="startsAt" label="开始时间" rules={[{ required: true, message: '请选择开始时间' }]}>
          <DatePicker showTime={{ format: 'HH:mm', minuteStep: 5 }} format="YYYY-MM-DD HH:mm" />
        </Form.Item>
        <Form.Item name="endsAt" label="结束时间">
          <DatePicker showTime={{ format: 'HH:mm', minuteStep: 5 }} format="YYYY-MM-DD HH:mm" />
        </Form.Item>
        <Form.Item name="location" label="地点">
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="note" label="备注">
          <Input.TextArea rows={2} maxLength={500} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
