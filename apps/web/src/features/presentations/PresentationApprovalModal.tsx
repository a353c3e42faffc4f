import { type ReviewRequest, VENUE_BOOKING_SOURCE_LABELS } from '@openrecruit/shared';
import { Alert, Empty, Form, List, Modal, Select, Space, Tag, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { messageOf } from '../../lib/api';
import { formatDateTime, formatTime, fromPickerValue, toPickerValue } from '../../lib/format';
import { useVenueBookings, useVenues } from '../venues/api';
import { SlotTimeFields, slotInstant } from '../venues/SlotTimeFields';
import { useUniversityPresentation } from './api';

// 宣讲会审核 > 通过: the university assigns a room and a time from its venue calendar (seed 002:
// 学校将会在三个工作日内进行审核并进行电话联系确定您的宣讲会场地以及时间). The form starts on the
// company's first preferred time; the room's bookings that day show what is free.

interface Values {
  venueId: string;
  day: Dayjs;
  start: Dayjs;
  end: Dayjs;
}

export interface ApprovalFormProps {
  request: ReviewRequest;
  open: boolean;
  submitting: boolean;
  onCancel: () => void;
  /** Sends the decision with its details; rejects with the server's error. */
  onApprove: (details: Record<string, unknown>) => Promise<unknown>;
}

export function PresentationApprovalModal({
  request,
  open,
  submitting,
  onCancel,
  onApprove,
}: ApprovalFormProps) {
  const [form] = Form.useForm<Values>();
  const presentation = useUniversityPresentation(open ? request.subjectId : undefined);
  const venues = useVenues();
  const [failure, setFailure] = useState<string | null>(null);
  const venueId = Form.useWatch('venueId', form);
  const day = Form.useWatch('day', form);
  const dayStart = day ? fromPickerValue(day.startOf('day')) : '';
  const dayEnd = day ? fromPickerValue(day.add(1, 'day').startOf('day')) : '';
  const bookings = useVenueBookings(dayStart, dayEnd, undefined, open && Boolean(day));
  const audience = presentation.data?.expectedAudience ?? 0;

  useEffect(() => {
    const first = presentation.data?.preferredSlots[0];
    if (!open || !first) return;
    const start = toPickerValue(first.startsAt);
    form.setFieldsValue({ day: start.startOf('day'), start, end: toPickerValue(first.endsAt) });
  }, [open, presentation.data, form]);

  const activeVenues = (venues.data?.items ?? []).filter((venue) => !venue.retired);
  const dayBookings = (bookings.data?.items ?? []).filter(
    (booking) => !venueId || booking.venue.id === venueId,
  );

  const submit = async () => {
    const values = await form.validateFields().catch(() => undefined);
    if (!values) return;
    setFailure(null);
    await onApprove({
      venueId: values.venueId,
      startsAt: slotInstant(values.day, values.start),
      endsAt: slotInstant(values.day, values.end),
    }).catch((error: unknown) => {
      // A taken slot (VENUE_DOUBLE_BOOKED) or a smaller room: the drawer stays open to pick again.
      setFailure(messageOf(error));
    });
  };

  return (
    <Modal
      open={open}
      title="通过并安排场地和时间"
      okText="通过"
      cancelText="取消"
      onOk={submit}
      onCancel={onCancel}
      okButtonProps={{ loading: submitting }}
      width={640}
      destroyOnHidden
    >
      {presentation.data ? (
        <Typography.Paragraph>
          期望时间：
          {presentation.data.preferredSlots
            .map((slot) => `${formatDateTime(slot.startsAt)}-${formatTime(slot.endsAt)}`)
            .join('；')}
          。预计人数：{audience}人
        </Typography.Paragraph>
      ) : null}
      {failure ? <Alert type="error" showIcon title={failure} style={{ marginBottom: 16 }} /> : null}
      <Form form={form} layout="vertical" preserve={false} requiredMark>
        <Form.Item
          name="venueId"
          label="场地"
          rules={[{ required: true, message: '请选择场地' }]}
          extra={
            activeVenues.length === 0 ? (
              <span>
                本校还没有场地，请先在<Link to="/university/venues">场地管理</Link>中添加。
              </span>
            ) : undefined
          }
        >
          <Select
            placeholder="请选择场地"
            loading={venues.isPending}
            options={activeVenues.map((venue) => ({
              value: venue.id,
              label: `${venue.campus ? `${venue.campus} ` : ''}${venue.name}（${venue.capacity}人${
                venue.capacity < audience ? '，小于预计人数' : ''
              }）`,
            }))}
          />
        </Form.Item>
        <SlotTimeFields />
      </Form>
      <Typography.Title level={5}>{venueId ? '该场地当天的占用' : '当天各场地的占用'}</Typography.Title>
      {dayBookings.length === 0 ? (
        <Empty
          image={Empty.PRESENTED_IMAGE_SIMPLE}
          description={day ? '当天没有占用，可以安排' : '请选择日期'}
        />
      ) : (
        <List
          size="small"
          bordered
          dataSource={dayBookings}
          renderItem={(booking) => (
            <List.Item>
              <Space>
                <span>
                  {formatTime(booking.startsAt)}-{formatTime(booking.endsAt)}
                </span>
                <Tag>{VENUE_BOOKING_SOURCE_LABELS[booking.sourceKind]}</Tag>
                {venueId ? null : <span>{booking.venue.name}</span>}
                <span>
                  {booking.companyName ? `${booking.companyName}：${booking.title}` : booking.title}
                </span>
              </Space>
            </List.Item>
          )}
        />
      )}
    </Modal>
  );
}
