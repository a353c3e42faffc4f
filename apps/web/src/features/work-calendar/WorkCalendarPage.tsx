import type { WorkCalendarOverride } from '@openrecruit/shared';
import { Alert, App, Button, DatePicker, Form, Input, Popconfirm, Select, Space, Table, Tag } from 'antd';
import type { Dayjs } from 'dayjs';
import { useEffect } from 'react';
import { messageOf } from '../../lib/api';
import { useSaveWorkCalendar, useWorkCalendar } from './api';

// 工作日历 (campus issue §2): reviews are due in working days. The official holidays and 调休 come
// from the maintained calendar package; a date entered here wins, and a year the package does not
// know yet is counted Monday to Friday until its holidays are entered.

type AddForm = { date: Dayjs; working: boolean; note?: string };

export function WorkCalendarPage() {
  const calendar = useWorkCalendar();
  const save = useSaveWorkCalendar();
  const { message } = App.useApp();
  const [form] = Form.useForm<AddForm>();

  useEffect(() => {
    document.title = '工作日历 - 开放招聘';
  }, []);

  const overrides = calendar.data?.overrides ?? [];
  const uncovered = (calendar.data?.years ?? []).filter((y) => !y.covered);

  const saveList = (list: WorkCalendarOverride[], done: string) =>
    save.mutateAsync({ overrides: list }).then(
      () => {
        message.success(done);
      },
      (error: unknown) => {
        message.error(messageOf(error));
      },
    );

  const add = (values: AddForm) => {
    const date = values.date.format('YYYY-MM-DD');
    const rest = overrides.filter((o) => o.date !== date);
    return saveList([...rest, { date, working: values.working, note: values.note ?? '' }], '已保存').then(
      () => form.resetFields(),
    );
  };

  return (
    <div className="console-card">
      <h1 className="console-page-title">工作日历</h1>
      {uncovered.length ? (
        <Alert
          type="warning"
          showIcon
          className="work-calendar__warning"
          title={`${uncovered.map((y) => `${y.year}年`).join('、')}的法定节假日尚未公布或未录入`}
          description="审核截止时间暂按周一至周五计算。国务院公布节假日安排后，请在下方逐日录入放假和调休上班日期。"
        />
      ) : null}
      <Form<AddForm>
        form={form}
        layout="inline"
        onFinish={add}
        initialValues={{ working: false }}
        className="work-calendar__form"
      >
        <Form.Item name="date" label="日期" rules={[{ required: true, message: '请选择日期' }]}>
          <DatePicker />
        </Form.Item>
        <Form.Item name="working" label="类型">
          <Select
            style={{ width: 120 }}
            options={[
              { value: false, label: '放假' },
              { value: true, label: '上班（调休）' },
            ]}
          />
        </Form.Item>
        <Form.Item name="note" label="备注" rules={[{ max: 50, message: '备注不能超过50个字' }]}>
          <Input placeholder="如：国庆节" style={{ width: 200 }} />
        </Form.Item>
        <Form.Item>
          <Button type="primary" htmlType="submit" loading={save.isPending}>
            添加
          </Button>
        </Form.Item>
      </Form>
      <Table<WorkCalendarOverride>
        rowKey="date"
        loading={calendar.isPending}
        dataSource={overrides}
        pagination={false}
        locale={{ emptyText: calendar.isError ? messageOf(calendar.error) : '暂无调整日期' }}
        columns={[
          { title: '日期', dataIndex: 'date', key: 'date', width: 160 },
          {
            title: '类型',
            key: 'working',
            width: 140,
            render: (_, row) =>
              row.working ? <Tag color="processing">上班（调休）</Tag> : <Tag color="success">放假</Tag>,
          },
          { title: '备注', dataIndex: 'note', key: 'note' },
          {
            title: '操作',
            key: 'actions',
            width: 100,
            render: (_, row) => (
              <Space>
                <Popconfirm
                  title={`删除${row.date}的调整？`}
                  okText="删除"
                  cancelText="取消"
                  onConfirm={() =>
                    saveList(
                      overrides.filter((o) => o.date !== row.date),
                      '已删除',
                    )
                  }
                >
                  <Button type="link" danger aria-label={`删除：${row.date}`}>
                    删除
                  </Button>
                </Popconfirm>
              </Space>
            ),
          },
        ]}
      />
    </div>
  );
}
