import {
  MoveVenueBookingInput,
  Venue,
  VenueBooking,
  VenueBookingInput,
  VenueBookingList,
  VenueBookingQuery,
  VenueInput,
  VenueList,
} from '@openrecruit/shared';
import { z } from 'zod';
import { requireUniversityStaff } from '../../plugins/access';
import { authenticated } from '../../plugins/auth';
import { errorResponses } from '../../plugins/schemas';
import { createVenue } from './create-venue';
import { createVenueBooking } from './create-venue-booking';
import { deleteVenueBooking } from './delete-venue-booking';
import { findVenueBookings } from './find-venue-bookings';
import { findVenues } from './find-venues';
import { moveVenueBooking } from './move-venue-booking';
import { retireVenue } from './retire-venue';
import { updateVenue } from './update-venue';

const venueTags = ['场地管理 venues'];
const calendarTags = ['场地日历 venue calendar'];
const venueParams = z.object({ id: z.uuid('场地ID格式不正确') });
const bookingParams = z.object({ id: z.uuid('占用ID格式不正确') });
const venueResponse = { 200: Venue, ...errorResponses };
const done = z.object({ ok: z.literal(true) });

/** 场地管理 (/api/university/venues): any of the university's staff manage its rooms. */
export const universityVenueRoutes = authenticated('university', async (app) => {
  app.get(
    '',
    {
      schema: {
        tags: venueTags,
        summary: '本校场地列表（含已停用）',
        response: { 200: VenueList, ...errorResponses },
      },
    },
    async (request) => findVenues(app.ctx, { staff: requireUniversityStaff(request) }),
  );
  app.post(
    '',
    { schema: { tags: venueTags, summary: '新增场地', body: VenueInput, response: venueResponse } },
    async (request) => createVenue(app.ctx, { staff: requireUniversityStaff(request), input: request.body }),
  );
  app.put(
    '/:id',
    {
      schema: {
        tags: venueTags,
        summary: '编辑场地',
        params: venueParams,
        body: VenueInput,
        response: venueResponse,
      },
    },
    async (request) =>
      updateVenue(app.ctx, {
        staff: requireUniversityStaff(request),
        venueId: request.params.id,
        input: request.body,
      }),
  );
  app.post(
    '/:id/retire',
    {
      schema: {
        tags: venueTags,
        summary: '停用场地（保留已有占用，不再接受新的占用）',
        params: venueParams,
        response: venueResponse,
      },
    },
    async (request) =>
      retireVenue(app.ctx, { staff: requireUniversityStaff(request), venueId: request.params.id }),
  );
});

/** 场地日历 (/api/university/venue-bookings): every booking of the university's rooms. */
export const universityVenueBookingRoutes = authenticated('university', async (app) => {
  app.get(
    '',
    {
      schema: {
        tags: calendarTags,
        summary: '场地日历：时间段内的占用（最多62天）',
        querystring: VenueBookingQuery,
        response: { 200: VenueBookingList, ...errorResponses },
      },
    },
    async (request) =>
      findVenueBookings(app.ctx, { staff: requireUniversityStaff(request), query: request.query }),
  );
  app.post(
    '',
    {
      schema: {
        tags: calendarTags,
        summary: '新增占用（如场地维护）',
        body: VenueBookingInput,
        response: { 200: VenueBooking, ...errorResponses },
      },
    },
    async (request) =>
      createVenueBooking(app.ctx, { staff: requireUniversityStaff(request), input: request.body }),
  );
  app.delete(
    '/:id',
    {
      schema: {
        tags: calendarTags,
        summary: '删除占用（仅手动新增的占用）',
        params: bookingParams,
        response: { 200: done, ...errorResponses },
      },
    },
    async (request) => {
      await deleteVenueBooking(app.ctx, {
        staff: requireUniversityStaff(request),
        bookingId: request.params.id,
      });
      return { ok: true as const };
    },
  );
  app.post(
    '/:id/move',
    {
      schema: {
        tags: calendarTags,
        summary: '调整占用的场地和时间（宣讲会同步调整并通知单位）',
        params: bookingParams,
        body: MoveVenueBookingInput,
        response: { 200: VenueBooking, ...errorResponses },
      },
    },
    async (request) =>
      moveVenueBooking(app.ctx, {
        staff: requireUniversityStaff(request),
        bookingId: request.params.id,
        input: request.body,
      }),
  );
});
