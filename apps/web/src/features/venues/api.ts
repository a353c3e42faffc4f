import type {
  MoveVenueBookingInput,
  Venue,
  VenueBooking,
  VenueBookingInput,
  VenueBookingList,
  VenueInput,
  VenueList,
} from '@openrecruit/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../lib/api';

// 场地管理 and 场地日历 of the university console (/api/university/venues, /venue-bookings).

export const VENUES_KEY = ['university', 'venues'] as const;
export const VENUE_BOOKINGS_KEY = ['university', 'venue-bookings'] as const;

export function useVenues() {
  return useQuery({
    queryKey: VENUES_KEY,
    queryFn: () => api.get<VenueList>('/api/university/venues'),
  });
}

export function useSaveVenue() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, input }: { id?: string; input: VenueInput }) =>
      id
        ? api.put<Venue>(`/api/university/venues/${id}`, input)
        : api.post<Venue>('/api/university/venues', input),
    onSettled: () => queryClient.invalidateQueries({ queryKey: VENUES_KEY }),
  });
}

export function useRetireVenue() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.post<Venue>(`/api/university/venues/${id}/retire`),
    onSettled: () => queryClient.invalidateQueries({ queryKey: VENUES_KEY }),
  });
}

/** The bookings of [from, to) (ISO instants), every room or one. */
export function useVenueBookings(from: string, to: string, venueId?: string, enabled = true) {
  return useQuery({
    queryKey: [...VENUE_BOOKINGS_KEY, from, to, venueId ?? 'all'],
    queryFn: () => {
      const params = new URLSearchParams({ from, to });
      if (venueId) params.set('venueId', venueId);
      return api.get<VenueBookingList>(`/api/university/venue-bookings?${params}`);
    },
    enabled,
  });
}

export function useCreateVenueBooking() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: VenueBookingInput) => api.post<VenueBooking>('/api/university/venue-bookings', input),
    onSettled: () => queryClient.invalidateQueries({ queryKey: VENUE_BOOKINGS_KEY }),
  });
}

export function useDeleteVenueBooking() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.delete<void>(`/api/university/venue-bookings/${id}`),
    onSettled: () => queryClient.invalidateQueries({ queryKey: VENUE_BOOKINGS_KEY }),
  });
}

export function useMoveVenueBooking() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, input }: { id: string; input: MoveVenueBookingInput }) =>
      api.post<VenueBooking>(`/api/university/venue-bookings/${id}/move`, input),
    onSettled: () => queryClient.invalidateQueries({ queryKey: VENUE_BOOKINGS_KEY }),
  });
}
