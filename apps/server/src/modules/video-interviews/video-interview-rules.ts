// The clock of the 视频双选会 queue, in one place (decision 021). The student's page reports every
// HEARTBEAT; a page silent for PRESENCE_TIMEOUT is dropped (the place is kept) and past the
// HOLD_WINDOW the place is given up; a called student who has not joined within NO_SHOW_TIMEOUT is
// skipped (未到场). The sweep job applies them every SWEEP_EVERY on every instance (guarded UPDATEs).

export const VIDEO_QUEUE_RULES = {
  heartbeatMs: 5_000,
  presenceTimeoutMs: 20_000,
  holdWindowMs: 3 * 60_000,
  noShowTimeoutMs: 60_000,
  sweepEveryMs: 5_000,
  /** 文字沟通: at most this many messages per sender and interview within the window. */
  messageBurst: 5,
  messageWindowMs: 10_000,
} as const;

export function holdUntil(droppedAt: Date | null): Date | null {
  return droppedAt ? new Date(droppedAt.getTime() + VIDEO_QUEUE_RULES.holdWindowMs) : null;
}

export function joinBy(calledAt: Date | null, joinedAt: Date | null): Date | null {
  return calledAt && !joinedAt ? new Date(calledAt.getTime() + VIDEO_QUEUE_RULES.noShowTimeoutMs) : null;
}
