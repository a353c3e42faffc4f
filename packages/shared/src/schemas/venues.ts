import { z } from 'zod';

// 场地管理 and 场地日历 (issue 11 items 4 and 9): a university's rooms and their calendar. The
// database refuses a second booking of a room at an overlapping time (VENUE_DOUBLE_BOOKED, 409).
//
// Routes (university staff; all errors are ErrorBody):
//   GET  /api/university/venues                       → VenueList (retired rooms too)
//   POST /api/university/venues  VenueInput           → Venue
//   PUT  /api/university/venues/:id  VenueInput       → Venue
//   POST /api/university/venues/:id/retire            → Venue (停用: keeps its bookings, takes no new ones)
//   GET  /api/university/venue-bookings?from=&to=&venueId= → VenueBookingList (at most 62 days)
//   POST /api/university/venue-bookings  VenueBookingInput → VenueBooking (新增占用, 'other')
//   DELETE /api/university/venue-bookings/:id         → 204 (manual bookings only)
//   POST /api/university/venue-bookings/:id/move  MoveVenueBookingInput → VenueBooking (调整)

/** 设备 a room has, and a presentation may need (宣讲会 > 设备需求). */
export const VENUE_EQUIPMENT = ['投影仪', '麦克风', '音响', '电脑', '白板'] as const;
export type VenueEquipment = (typeof VENUE_EQUIPMENT)[number];

export const VENUE_LIMITS = {
  capacityMax: 5000,
  nameMaxChars: 30,
  bookingMaxDays: 31,
  calendarMaxDays: 62,
} as const;

const isoTime = (message: string) => z.iso.datetime({ offset: true, error: message });
const DAY_MS = 86_400_000;

export const VenueInput = z.object({
  name: z
    .string()
    .trim()
    .min(1, '请输入场地名称')
    .max(VENUE_LIMITS.nameMaxChars, `场地名称不能超过${VENUE_LIMITS.nameMaxChars}个字`),
  /** A campus of 高校信息 > 校区 ('' when the university lists none). */
  campus: z.string().trim().max(30, '校区名称不能超过30个字').default(''),
  capacity: z.coerce
    .number({ error: '请输入容纳人数' })
    .int('容纳人数须为整数')
    .min(1, '容纳人数至少为1')
    .max(VENUE_LIMITS.capacityMax, `容纳人数不能超过${VENUE_LIMITS.capacityMax}`),
  equipment: z
    .array(z.enum(VENUE_EQUIPMENT, { error: '请选择设备' }))
    .default([])
    .transform((list) => [...new Set(list)]),
});
export type VenueInput = z.input<typeof VenueInput>;

export const Venue = z.object({
  id: z.string(),
  name: z.string(),
  campus: z.string(),
  capacity: z.number().int(),
  equipment: z.array(z.string()),
  /** 已停用: keeps its past bookings and takes no new ones. */
  retired: z.boolean(),
  createdAt: z.string(),
});
export type Venue = z.infer<typeof Venue>;
export const VenueList = z.object({ items: z.array(Venue) });
export type VenueList = z.infer<typeof VenueList>;

export const VENUE_BOOKING_SOURCES = ['presentation', 'job_fair', 'other'] as const;
export type VenueBookingSource = (typeof VENUE_BOOKING_SOURCES)[number];
/** 宣讲会, 双选会, 其他占用. */
export const VENUE_BOOKING_SOURCE_LABELS: Record<VenueBookingSource, string> = {
  presentation: '宣讲会',
  job_fair: '双选会',
  other: '其他占用',
};

export const VenueBooking = z.object({
  id: z.string(),
  venue: z.object({ id: z.string(), name: z.string(), campus: z.string(), capacity: z.number().int() }),
  startsAt: z.string(),
  endsAt: z.string(),
  sourceKind: z.enum(VENUE_BOOKING_SOURCES),
  /** The presentation or fair; null for a booking made by hand. */
  sourceId: z.string().nullable(),
  /** The presentation's or fair's title, or what the manual booking is for (场地维护). */
  title: z.string(),
  /** The presenting company (宣讲会 only). */
  companyName: z.string().nullable(),
  /** Signed-up students of a presentation (a smaller room than this is refused). */
  signupCount: z.number().int().nullable(),
  /** Whether it may be dragged elsewhere (not past, not a fair's: fairs move in 双选会管理). */
  canMove: z.boolean(),
  /** Manual bookings only (a presentation is cancelled by its company, a fair in 双选会管理). */
  canDelete: z.boolean(),
});
export type VenueBooking = z.infer<typeof VenueBooking>;
export const VenueBookingList = z.object({ items: z.array(VenueBooking) });
export type VenueBookingList = z.infer<typeof VenueBookingList>;

export const VenueBookingQuery = z
  .object({
    from: isoTime('请选择开始时间'),
    to: isoTime('请选择结束时间'),
    venueId: z.uuid('场地ID格式不正确').optional(),
  })
  .superRefine((value, ctx) => {
    const span = Date.parse(value.to) - Date.parse(value.from);
    if (span <= 0) ctx.addIssue({ code: 'custom', path: ['to'], message: '结束时间须晚于开始时间' });
    else if (span > VENUE_LIMITS.calendarMaxDays * DAY_MS)
      ctx.addIssue({
        code: 'custom',
        path: ['to'],
        message: `一次最多查看${VENUE_LIMITS.calendarMaxDays}天`,
      });
  });
export type VenueBookingQuery = z.input<typeof VenueBookingQuery>;

/** A room and a time; the end after the start. */
export const VenueSlotInput = z
  .object({
    venueId: z.uuid('请选择场地'),
    startsAt: isoTime('请选择开始时间'),
    endsAt: isoTime('请选择结束时间'),
  })
  .superRefine((value, ctx) => {
    const span = Date.parse(value.endsAt) - Date.parse(value.startsAt);
    if (span <= 0) ctx.addIssue({ code: 'custom', path: ['endsAt'], message: '结束时间须晚于开始时间' });
    else if (span > VENUE_LIMITS.bookingMaxDays * DAY_MS)
      ctx.addIssue({
        code: 'custom',
        path: ['endsAt'],
        message: `一次占用不能超过${VENUE_LIMITS.bookingMaxDays}天`,
      });
  });

export const MoveVenueBookingInput = VenueSlotInput;
export type MoveVenueBookingInput = z.input<typeof MoveVenueBookingInput>;

export const VenueBookingInput = z
  .object({
    venueId: z.uuid('请选择场地'),
    startsAt: isoTime('请选择开始时间'),
    endsAt: isoTime('请选择结束时间'),
    title: z.string().trim().min(1, '请输入占用事由').max(50, '占用事由不能超过50个字'),
  })
  .superRefine((value, ctx) => {
    if (Date.parse(value.endsAt) <= Date.parse(value.startsAt))
      ctx.addIssue({ code: 'custom', path: ['endsAt'], message: '结束时间须晚于开始时间' });
    else if (Date.parse(value.endsAt) - Date.parse(value.startsAt) > VENUE_LIMITS.bookingMaxDays * DAY_MS)
      ctx.addIssue({
        code: 'custom',
        path: ['endsAt'],
        message: `一次占用不能超过${VENUE_LIMITS.bookingMaxDays}天`,
      });
  });
export type VenueBookingInput = z.input<typeof VenueBookingInput>;
