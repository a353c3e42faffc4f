import {
  VENUE_BOOKING_SOURCE_LABELS,
  type Venue,
  type VenueBooking,
  VenueBookingInput,
} from '@openrecruit/shared';
import {
  Alert,
  App,
  Button,
  Calendar,
  Descriptions,
  Form,
  Input,
  Modal,
  Popconfirm,
  Popover,
  Segmented,
  Select,
  Space,
  Tag,
} from 'antd';
import type { Dayjs } from 'dayjs';
import { type DragEvent, useEffect, useMemo, useRef, useState } from 'react';
import { QueryState } from '../../components/console/QueryState';
import { messageOf } from '../../lib/api';
import {
  formatDate,
  formatDayHeading,
  formatDayName,
  formatTime,
  formatWeekRange,
  fromPickerValue,
  shanghaiNow,
  toPickerValue,
} from '../../lib/format';
import { schemaRule } from '../../lib/schema-rules';
import {
  useCreateVenueBooking,
  useDeleteVenueBooking,
  useMoveVenueBooking,
  useVenueBookings,
  useVenues,
} from './api';
import { SlotTimeFields, slotInstant } from './SlotTimeFields';
import './venues.css';

// 场地日历 (issue 11 item 9): every booking of the university's rooms — 宣讲会, 双选会 and 其他占用 —
// by week (days × hours, 08:00-22:00) and by month. A booking is dragged to another free slot (or
// moved with 调整, the keyboard's way); the database refuses a taken slot and the page says so.

const FIRST_HOUR = 8;
const LAST_HOUR = 22;
const HOUR_PX = 48;
const HOURS = Array.from({ length: LAST_HOUR - FIRST_HOUR }, (_, i) => FIRST_HOUR + i);

const SOURCE_COLORS: Record<VenueBooking['sourceKind'], string> = {
  presentation: 'blue',
  job_fair: 'purple',
  other: 'default',
};

type View = 'week' | 'month';

const mondayOf = (day: Dayjs) => day.subtract((day.day() + 6) % 7, 'day').startOf('day');

export function VenueCalendarPage() {
  const [view, setView] = useState<View>('week');
  const [anchor, setAnchor] = useState<Dayjs>(() => shanghaiNow().startOf('day'));
  const [venueId, setVenueId] = useState<string | undefined>();
  const [adjusting, setAdjusting] = useState<VenueBooking | undefined>();
  const [adding, setAdding] = useState<{ day: Dayjs; hour: number } | undefined>();
  const venues = useVenues();
  const { message } = App.useApp();
  const move = useMoveVenueBooking();
  useEffect(() => {
    document.title = '场地日历 - 开放招聘';
  }, []);

  const first = view === 'week' ? mondayOf(anchor) : anchor.startOf('month');
  const last = view === 'week' ? first.add(7, 'day') : first.add(1, 'month');
  const bookings = useVenueBookings(fromPickerValue(first), fromPickerValue(last), venueId);

  const shift = (direction: 1 | -1) => setAnchor(anchor.add(direction, view === 'week' ? 'week' : 'month'));

  /** A drop on a free slot: same length, same room; the server decides whether it is free. */
  const moveTo = (booking: VenueBooking, day: Dayjs, hour: number) => {
    const start = toPickerValue(booking.startsAt);
    const length = toPickerValue(booking.endsAt).diff(start, 'minute');
    const newStart = day.hour(hour).minute(start.minute()).second(0);
    move.mutate(
      {
        id: booking.id,
        input: {
          venueId: booking.venue.id,
          startsAt: fromPickerValue(newStart),
          endsAt: fromPickerValue(newStart.add(length, 'minute')),
        },
      },
      {
        onSuccess: () =>
          message.success(booking.sourceKind === 'presentation' ? '已调整，已通知宣讲单位' : '已调整'),
        onError: (error) => message.error(messageOf(error)),
      },
    );
  };

  return (
    <div className="console-card venue-calendar">
      <Space style={{ width: '100%', justifyContent: 'space-between' }} align="center" wrap>
        <h1 className="console-page-title">场地日历</h1>
        <Space wrap>
          <Select
            aria-label="场地"
            style={{ width: 220 }}
            allowClear
            placeholder="全部场地"
            value={venueId}
            onChange={setVenueId}
            options={(venues.data?.items ?? []).map((venue) => ({
              value: venue.id,
              label: `${venue.campus ? `${venue.campus} ` : ''}${venue.name}${venue.retired ? '（已停用）' : ''}`,
            }))}
          />
          <Segmented<View>
            aria-label="视图"
            value={view}
            onChange={setView}
            options={[
              { value: 'week', label: '周' },
              { value: 'month', label: '月' },
            ]}
          />
          <Button onClick={() => shift(-1)}>{view === 'week' ? '上一周' : '上个月'}</Button>
          <Button onClick={() => setAnchor(shanghaiNow().startOf('day'))}>今天</Button>
          <Button onClick={() => shift(1)}>{view === 'week' ? '下一周' : '下个月'}</Button>
          <Button type="primary" onClick={() => setAdding({ day: anchor, hour: 9 })}>
            新增占用
          </Button>
        </Space>
      </Space>
      <p className="venue-calendar__range" aria-live="polite">
        {view === 'week' ? formatWeekRange(first, first.add(6, 'day')) : first.format('YYYY年M月')}
        {view === 'week'
          ? '　拖动占用到空闲时段即可调整，或点击占用后选择“调整”。'
          : '　点击日期查看当周安排。'}
      </p>
      <QueryState query={bookings}>
        {(data) =>
          view === 'week' ? (
            <WeekGrid
              first={first}
              bookings={data.items}
              onDrop={moveTo}
              onAdjust={setAdjusting}
              onAdd={(day, hour) => setAdding({ day, hour })}
            />
          ) : (
            <Calendar
              value={anchor}
              fullscreen
              headerRender={() => null}
              onSelect={(value, info) => {
                if (info.source !== 'date') return;
                setAnchor(value.startOf('day'));
                setView('week');
              }}
              cellRender={(value, info) =>
                info.type === 'date' ? <MonthCell day={value} bookings={data.items} /> : info.originNode
              }
            />
          )
        }
      </QueryState>
      <AdjustModal
        booking={adjusting}
        venues={venues.data?.items ?? []}
        onClose={() => setAdjusting(undefined)}
      />
      <AddModal
        slot={adding}
        venues={venues.data?.items ?? []}
        venueId={venueId}
        onClose={() => setAdding(undefined)}
      />
    </div>
  );
}

function bookingsOn(day: Dayjs, bookings: VenueBooking[]) {
  const start = day.startOf('day');
  const end = start.add(1, 'day');
  return bookings.filter(
    (booking) =>
      toPickerValue(booking.startsAt).isBefore(end) && toPickerValue(booking.endsAt).isAfter(start),
  );
}

function MonthCell({ day, bookings }: { day: Dayjs; bookings: VenueBooking[] }) {
  const list = bookingsOn(day, bookings);
  return (
    <ul className="venue-calendar__month-list" aria-label={`${formatDayName(day)}：${list.length}项占用`}>
      {list.slice(0, 3).map((booking) => (
        <li
          key={booking.id}
          className={`venue-calendar__month-item venue-calendar__month-item--${booking.sourceKind}`}
          title={`${formatTime(booking.startsAt)}-${formatTime(booking.endsAt)} ${booking.venue.name} ${booking.companyName ?? ''} ${booking.title}`}
        >
          {formatTime(booking.startsAt)} {booking.companyName ?? booking.title}
        </li>
      ))}
      {list.length > 3 ? <li className="venue-calendar__more">还有{list.length - 3}项</li> : null}
    </ul>
  );
}

/** Side-by-side lanes for bookings of one day that overlap (different rooms). */
function lanesOf(list: VenueBooking[]) {
  const sorted = [...list].sort((a, b) => a.startsAt.localeCompare(b.startsAt));
  const laneEnds: string[] = [];
  const lane = new Map<string, number>();
  for (const booking of sorted) {
    let index = laneEnds.findIndex((end) => end <= booking.startsAt);
    if (index === -1) index = laneEnds.push(booking.endsAt) - 1;
    else laneEnds[index] = booking.endsAt;
    lane.set(booking.id, index);
  }
  return { lane, count: Math.max(1, laneEnds.length) };
}

function WeekGrid({
  first,
  bookings,
  onDrop,
  onAdjust,
  onAdd,
}: {
  first: Dayjs;
  bookings: VenueBooking[];
  onDrop: (booking: VenueBooking, day: Dayjs, hour: number) => void;
  onAdjust: (booking: VenueBooking) => void;
  onAdd: (day: Dayjs, hour: number) => void;
}) {
  const days = Array.from({ length: 7 }, (_, i) => first.add(i, 'day'));
  const [dragged, setDragged] = useState<VenueBooking | undefined>();
  const [over, setOver] = useState<string | undefined>();
  const now = shanghaiNow();
  return (
    <section className="venue-week" aria-label="场地周视图">
      <div className="venue-week__head">
        <div className="venue-week__corner" />
        {days.map((day) => (
          <div
            key={day.valueOf()}
            title={formatDayName(day)}
            className={
              day.isSame(now, 'day')
                ? 'venue-week__day-head venue-week__day-head--today'
                : 'venue-week__day-head'
            }
          >
            {formatDayHeading(day)}
          </div>
        ))}
      </div>
      <div className="venue-week__body">
        <div className="venue-week__hours" aria-hidden>
          {HOURS.map((hour) => (
            <div key={hour} className="venue-week__hour-label" style={{ height: HOUR_PX }}>
              {String(hour).padStart(2, '0')}:00
            </div>
          ))}
        </div>
        {days.map((day) => {
          const list = bookingsOn(day, bookings);
          const { lane, count } = lanesOf(list);
          return (
            <div key={day.valueOf()} className="venue-week__day">
              {HOURS.map((hour) => {
                const key = `${day.valueOf()}-${hour}`;
                const past = day.hour(hour + 1).isBefore(now);
                return (
                  // biome-ignore lint/a11y/noStaticElementInteractions: a drop target of the mouse's drag; the keyboard moves a booking with 调整
                  <div
                    key={hour}
                    className={`venue-week__slot${over === key ? ' venue-week__slot--over' : ''}${past ? ' venue-week__slot--past' : ''}`}
                    style={{ height: HOUR_PX }}
                    onDoubleClick={() => !past && onAdd(day, hour)}
                    onDragOver={(event: DragEvent) => {
                      if (!dragged || past) return;
                      event.preventDefault();
                      setOver(key);
                    }}
                    onDragLeave={() => setOver(undefined)}
                    onDrop={(event: DragEvent) => {
                      event.preventDefault();
                      setOver(undefined);
                      if (dragged) onDrop(dragged, day, hour);
                      setDragged(undefined);
                    }}
                  />
                );
              })}
              {list.map((booking) => {
                const start = toPickerValue(booking.startsAt);
                const end = toPickerValue(booking.endsAt);
                const dayStart = day.hour(FIRST_HOUR).minute(0);
                const dayEnd = day.hour(LAST_HOUR).minute(0);
                const from = start.isBefore(dayStart) ? dayStart : start;
                const to = end.isAfter(dayEnd) ? dayEnd : end;
                if (!to.isAfter(from)) return null;
                const top = (from.diff(dayStart, 'minute') / 60) * HOUR_PX;
                const height = Math.max(20, (to.diff(from, 'minute') / 60) * HOUR_PX - 2);
                const width = 100 / count;
                return (
                  <BookingBlock
                    key={booking.id}
                    booking={booking}
                    style={{
                      top,
                      height,
                      left: `calc(${(lane.get(booking.id) ?? 0) * width}% + 2px)`,
                      width: `calc(${width}% - 4px)`,
                    }}
                    onDragStart={() => setDragged(booking)}
                    onDragEnd={() => {
                      setDragged(undefined);
                      setOver(undefined);
                    }}
                    onAdjust={() => onAdjust(booking)}
                  />
                );
              })}
            </div>
          );
        })}
      </div>
    </section>
  );
}

function BookingBlock({
  booking,
  style,
  onDragStart,
  onDragEnd,
  onAdjust,
}: {
  booking: VenueBooking;
  style: React.CSSProperties;
  onDragStart: () => void;
  onDragEnd: () => void;
  onAdjust: () => void;
}) {
  const [open, setOpen] = useState(false);
  const trigger = useRef<HTMLButtonElement>(null);
  const remove = useDeleteVenueBooking();
  const { message } = App.useApp();
  const label = `${VENUE_BOOKING_SOURCE_LABELS[booking.sourceKind]}：${booking.companyName ? `${booking.companyName} ` : ''}${booking.title}，${booking.venue.name}，${formatTime(booking.startsAt)}-${formatTime(booking.endsAt)}`;
  return (
    <Popover
      open={open}
      onOpenChange={setOpen}
      trigger="click"
      title={booking.title}
      content={
        // biome-ignore lint/a11y/noStaticElementInteractions: Escape closes the popover and returns to its booking
        <div
          className="venue-booking-popover"
          onKeyDown={(event) => {
            if (event.key !== 'Escape') return;
            setOpen(false);
            trigger.current?.focus();
          }}
        >
          <Descriptions
            column={1}
            size="small"
            items={[
              {
                key: 'source',
                label: '来源',
                children: (
                  <Tag color={SOURCE_COLORS[booking.sourceKind]}>
                    {VENUE_BOOKING_SOURCE_LABELS[booking.sourceKind]}
                  </Tag>
                ),
              },
              ...(booking.companyName
                ? [{ key: 'company', label: '单位', children: booking.companyName }]
                : []),
              {
                key: 'venue',
                label: '场地',
                children: `${booking.venue.campus} ${booking.venue.name}`.trim(),
              },
              {
                key: 'time',
                label: '时间',
                children: `${formatDate(booking.startsAt)} ${formatTime(booking.startsAt)}-${formatTime(booking.endsAt)}`,
              },
              ...(booking.signupCount !== null
                ? [
                    {
                      key: 'signups',
                      label: '已报名',
                      children: `${booking.signupCount}人 / ${booking.venue.capacity}座`,
                    },
                  ]
                : []),
            ]}
          />
          <Space>
            {booking.canMove ? (
              <Button
                size="small"
                // The popover opens at the end of the page: the keyboard lands on its first action.
                autoFocus
                onClick={() => {
                  setOpen(false);
                  onAdjust();
                }}
              >
                调整
              </Button>
            ) : null}
            {booking.canDelete ? (
              <Popconfirm
                title="删除该占用？"
                okText="删除"
                cancelText="取消"
                okButtonProps={{ danger: true }}
                onConfirm={() =>
                  remove.mutate(booking.id, {
                    onSuccess: () => {
                      setOpen(false);
                      message.success('已删除');
                    },
                    onError: (error) => message.error(messageOf(error)),
                  })
                }
              >
                <Button size="small" danger autoFocus={!booking.canMove}>
                  删除
                </Button>
              </Popconfirm>
            ) : null}
          </Space>
        </div>
      }
    >
      <button
        ref={trigger}
        type="button"
        className={`venue-booking venue-booking--${booking.sourceKind}`}
        style={style}
        draggable={booking.canMove}
        aria-label={label}
        onDragStart={(event) => {
          event.dataTransfer.effectAllowed = 'move';
          event.dataTransfer.setData('text/plain', booking.id);
          onDragStart();
        }}
        onDragEnd={onDragEnd}
      >
        <span className="venue-booking__time">
          {formatTime(booking.startsAt)}-{formatTime(booking.endsAt)} {booking.venue.name}
        </span>
        <span className="venue-booking__title">{booking.companyName ?? booking.title}</span>
      </button>
    </Popover>
  );
}

interface SlotValues {
  venueId: string;
  day: Dayjs;
  start: Dayjs;
  end: Dayjs;
  title?: string;
}

function SlotFields({ venues, withTitle }: { venues: Venue[]; withTitle?: boolean }) {
  return (
    <>
      <Form.Item name="venueId" label="场地" rules={[{ required: true, message: '请选择场地' }]}>
        <Select
          options={venues
            .filter((venue) => !venue.retired)
            .map((venue) => ({
              value: venue.id,
              label: `${venue.campus ? `${venue.campus} ` : ''}${venue.name}（${venue.capacity}人）`,
            }))}
        />
      </Form.Item>
      <SlotTimeFields />
      {withTitle ? (
        <Form.Item name="title" label="占用事由" rules={[schemaRule(VenueBookingInput, 'title')]} required>
          <Input maxLength={50} placeholder="如：场地维护" />
        </Form.Item>
      ) : null}
    </>
  );
}

/** 调整: the keyboard's way to move a booking (room, date, time). */
function AdjustModal({
  booking,
  venues,
  onClose,
}: {
  booking?: VenueBooking;
  venues: Venue[];
  onClose: () => void;
}) {
  const [form] = Form.useForm<SlotValues>();
  const move = useMoveVenueBooking();
  const { message } = App.useApp();
  const [failure, setFailure] = useState<string | null>(null);
  useEffect(() => {
    if (!booking) return;
    setFailure(null);
    const start = toPickerValue(booking.startsAt);
    form.setFieldsValue({
      venueId: booking.venue.id,
      day: start.startOf('day'),
      start,
      end: toPickerValue(booking.endsAt),
    });
  }, [booking, form]);
  const submit = async () => {
    const values = await form.validateFields().catch(() => undefined);
    if (!values || !booking) return;
    move.mutate(
      {
        id: booking.id,
        input: {
          venueId: values.venueId,
          startsAt: slotInstant(values.day, values.start),
          endsAt: slotInstant(values.day, values.end),
        },
      },
      {
        onSuccess: () => {
          message.success(booking.sourceKind === 'presentation' ? '已调整，已通知宣讲单位' : '已调整');
          onClose();
        },
        onError: (error) => setFailure(messageOf(error)),
      },
    );
  };
  return (
    <Modal
      open={booking !== undefined}
      title={booking ? `调整：${booking.title}` : '调整'}
      okText="保存"
      cancelText="取消"
      onOk={submit}
      onCancel={onClose}
      okButtonProps={{ loading: move.isPending }}
      destroyOnHidden
    >
      {booking?.sourceKind === 'presentation' ? (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          title={`调整后将通知${booking.companyName ?? '宣讲单位'}；已报名${booking.signupCount ?? 0}人，新场地须容纳得下。`}
        />
      ) : null}
      {failure ? <Alert type="error" showIcon title={failure} style={{ marginBottom: 16 }} /> : null}
      <Form form={form} layout="vertical" preserve={false}>
        <SlotFields venues={venues} />
      </Form>
    </Modal>
  );
}

/** 新增占用 ('other': 场地维护, a school event). */
function AddModal({
  slot,
  venues,
  venueId,
  onClose,
}: {
  slot?: { day: Dayjs; hour: number };
  venues: Venue[];
  venueId: string | undefined;
  onClose: () => void;
}) {
  const [form] = Form.useForm<SlotValues>();
  const create = useCreateVenueBooking();
  const { message } = App.useApp();
  const [failure, setFailure] = useState<string | null>(null);
  const firstVenue = useMemo(() => venueId ?? venues.find((venue) => !venue.retired)?.id, [venueId, venues]);
  useEffect(() => {
    if (!slot) return;
    setFailure(null);
    const start = slot.day.hour(slot.hour).minute(0).second(0);
    form.setFieldsValue({
      ...(firstVenue ? { venueId: firstVenue } : {}),
      day: slot.day.startOf('day'),
      start,
      end: start.add(2, 'hour'),
      title: '场地维护',
    });
  }, [slot, form, firstVenue]);
  const submit = async () => {
    const values = await form.validateFields().catch(() => undefined);
    if (!values) return;
    create.mutate(
      {
        venueId: values.venueId,
        startsAt: slotInstant(values.day, values.start),
        endsAt: slotInstant(values.day, values.end),
        title: values.title ?? '',
      },
      {
        onSuccess: () => {
          message.success('已新增占用');
          onClose();
        },
        onError: (error) => setFailure(messageOf(error)),
      },
    );
  };
  return (
    <Modal
      open={slot !== undefined}
      title="新增占用"
      okText="保存"
      cancelText="取消"
      onOk={submit}
      onCancel={onClose}
      okButtonProps={{ loading: create.isPending }}
      destroyOnHidden
    >
      {failure ? <Alert type="error" showIcon title={failure} style={{ marginBottom: 16 }} /> : null}
      <Form form={form} layout="vertical" preserve={false}>
        <SlotFields venues={venues} withTitle />
      </Form>
    </Modal>
  );
}
