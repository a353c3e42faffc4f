import { DatePicker, Form, Space, TimePicker } from 'antd';
import type { Dayjs } from 'dayjs';
import { fromPickerValue, shanghaiNow } from '../../lib/format';

/** 日期, 开始时间 and 结束时间 of a booking (form fields `day`, `start`, `end`); no day in the past. */
export function SlotTimeFields() {
  return (
    <Space size="middle" wrap>
      <Form.Item name="day" label="日期" rules={[{ required: true, message: '请选择日期' }]}>
        <DatePicker disabledDate={(value) => value.isBefore(shanghaiNow().startOf('day'))} />
      </Form.Item>
      <Form.Item name="start" label="开始时间" rules={[{ required: true, message: '请选择开始时间' }]}>
        <TimePicker format="HH:mm" minuteStep={5} needConfirm={false} />
      </Form.Item>
      <Form.Item
        name="end"
        label="结束时间"
        dependencies={['start']}
        rules={[
          { required: true, message: '请选择结束时间' },
          ({ getFieldValue }) => ({
            validator: async (_rule, value: Dayjs | undefined) => {
              const start = getFieldValue('start') as Dayjs | undefined;
              if (value && start && !value.isAfter(start)) throw new Error('结束时间须晚于开始时间');
            },
          }),
        ]}
      >
        <TimePicker format="HH:mm" minuteStep={5} needConfirm={false} />
      </Form.Item>
    </Space>
  );
}

/** The instant of a picked day at a picked time of day (Shanghai), as ISO. */
export const slotInstant = (day: Dayjs, time: Dayjs) =>
  fromPickerValue(day.hour(time.hour()).minute(time.minute()).second(0));
