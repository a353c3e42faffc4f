import type { CalendarInterview, EmployerTodo } from '@openrecruit/shared';
import { Badge, Button, Calendar, Card, Col, Flex, Row, Segmented, Space, Tag, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { type CSSProperties, useEffect, useMemo, useState } from 'react';
import { QueryError } from '../../components/console/QueryState';
import {
  formatDate,
  formatDayHeading,
  formatDayName,
  formatTime,
  formatWeekRange,
  pickerValueToDay,
  shanghaiNow,
  shanghaiToday,
} from '../../lib/format';
import { useCalendar } from './api';
import { INTERVIEW_COLOUR, TODO_COLOURS } from './calendar-colours';
import { TodoPanel } from './TodoPanel';

type View = 'month' | 'week';
type DayItems = { todos: EmployerTodo[]; interviews: CalendarInterview[] };

function rangeOf(view: View, anchor: Dayjs): [Dayjs, Dayjs] {
  if (view === 'week') {
    const start = anchor.startOf('week');
    return [start, start.add(6, 'day')];
  }
  // The month panel shows six weeks starting on the week of the 1st.
  const start = anchor.startOf('month').startOf('week');
  return [start, start.add(41, 'day')];
}

/** One entry of a calendar cell: a tag of one line, or wrapped in the day's full list. */
const entryStyle = (full?: boolean): CSSProperties => ({
  display: 'block',
  marginInlineEnd: 0,
  overflow: 'hidden',
  textOverflow: 'ellipsis',
  whiteSpace: full ? 'normal' : undefined,
});

function DayEntries({ items, full }: { items?: DayItems; full?: boolean }) {
  if (!items) return null;
  return (
    <ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>
      {items.interviews.map((interview) => (
        <li
          key={interview.id}
          title={`${interview.modeLabel}：${interview.title}（${interview.candidateCount}人）`}
        >
          <Tag color={INTERVIEW_COLOUR} style={entryStyle(full)}>
            {formatTime(interview.startsAt)} 面试·{interview.title}
          </Tag>
          {full && (
            <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
              {interview.modeLabel} · {interview.location} · {interview.candidateCount}人
            </Typography.Text>
          )}
        </li>
      ))}
      {items.todos.map((todo) => (
        <li key={todo.id} title={`${todo.kindLabel}：${todo.title}`}>
          <Tag
            color={TODO_COLOURS[todo.kind]}
            style={{ ...entryStyle(full), textDecoration: todo.completedAt ? 'line-through' : undefined }}
          >
            {formatTime(todo.startsAt)} {todo.kindLabel}·{todo.title}
          </Tag>
          {full && todo.location && (
            <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
              {todo.location}
            </Typography.Text>
          )}
        </li>
      ))}
    </ul>
  );
}

/** 首页>校招日历/待办事项 (seed 002): the month or week with to-dos and interviews, and the to-do list. */
export function CalendarPage() {
  const [view, setView] = useState<View>('month');
  const [anchor, setAnchor] = useState(shanghaiNow);
  const [from, to] = rangeOf(view, anchor);
  const calendar = useCalendar(pickerValueToDay(from), pickerValueToDay(to));
  useEffect(() => {
    document.title = '校招日历/待办事项 - 开放招聘';
  }, []);

  const byDay = useMemo(() => {
    const days = new Map<string, DayItems>();
    const dayOf = (iso: string) => {
      const key = formatDate(iso);
      let entry = days.get(key);
      if (!entry) {
        entry = { todos: [], interviews: [] };
        days.set(key, entry);
      }
      return entry;
    };
    for (const todo of calendar.data?.todos ?? []) dayOf(todo.startsAt).todos.push(todo);
    for (const interview of calendar.data?.interviews ?? [])
      dayOf(interview.startsAt).interviews.push(interview);
    return days;
  }, [calendar.data]);

  const weekDays = Array.from({ length: 7 }, (_, i) => anchor.startOf('week').add(i, 'day'));
  const today = shanghaiToday();

  return (
    <div className="console-card">
      <h1 className="console-page-title">校招日历/待办事项</h1>
      <Row gutter={16}>
        <Col xs={24} xl={16}>
          <Card size="small">
            <Flex justify="space-between" align="center" wrap gap={8} style={{ marginBottom: 8 }}>
              <Segmented
                aria-label="日历视图"
                value={view}
                onChange={(value) => setView(value as View)}
                options={[
                  { value: 'month', label: '月视图' },
                  { value: 'week', label: '周视图' },
                ]}
              />
              <Space size={4} wrap aria-label="图例">
                <Tag color={TODO_COLOURS.presentation}>宣讲会</Tag>
                <Tag color={TODO_COLOURS.job_fair}>双选会</Tag>
                <Tag color={TODO_COLOURS.recruiting_event}>招聘活动</Tag>
                <Tag color={INTERVIEW_COLOUR}>面试</Tag>
              </Space>
            </Flex>
            {calendar.isError && <QueryError error={calendar.error} retry={() => void calendar.refetch()} />}
            {view === 'month' ? (
              <Calendar
                value={anchor}
                onPanelChange={(value) => setAnchor(value)}
                onSelect={(value, info) => {
                  if (info.source === 'date') {
                    setAnchor(value);
                    setView('week');
                  }
                }}
                mode="month"
                cellRender={(value, info) =>
                  info.type === 'date' ? (
                    <DayEntries items={byDay.get(pickerValueToDay(value))} />
                  ) : (
                    info.originNode
                  )
                }
              />
            ) : (
              <>
                <Flex justify="space-between" align="center" style={{ margin: '8px 0' }}>
                  <Button onClick={() => setAnchor(anchor.subtract(1, 'week'))}>上一周</Button>
                  <Typography.Text strong>{formatWeekRange(weekDays[0]!, weekDays[6]!)}</Typography.Text>
                  <Space>
                    <Button onClick={() => setAnchor(shanghaiNow())}>本周</Button>
                    <Button onClick={() => setAnchor(anchor.add(1, 'week'))}>下一周</Button>
                  </Space>
                </Flex>
                <div style={{ display: 'grid', gridTemplateColumns: 'repeat(7, minmax(0, 1fr))', gap: 8 }}>
                  {weekDays.map((day) => {
                    const key = pickerValueToDay(day);
                    return (
                      <section
                        key={key}
                        aria-label={formatDayName(day)}
                        style={{
                          border: '1px solid #f0f0f0',
                          borderTop: `2px solid ${key === today ? '#1677ff' : '#f0f0f0'}`,
                          borderRadius: 6,
                          padding: 8,
                          minHeight: 260,
                        }}
                      >
                        <Typography.Text strong={key === today}>{formatDayHeading(day)}</Typography.Text>
                        {key === today && (
                          <Badge status="processing" text="今天" style={{ marginInlineStart: 6 }} />
                        )}
                        <DayEntries items={byDay.get(key)} full />
                      </section>
                    );
                  })}
                </div>
              </>
            )}
          </Card>
        </Col>
        <Col xs={24} xl={8}>
          <TodoPanel />
        </Col>
      </Row>
    </div>
  );
}
