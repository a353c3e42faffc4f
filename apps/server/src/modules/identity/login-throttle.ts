/**
 * Login throttling (a 6-digit password has only 10^6 values; docs/decisions/004-login-throttling.md).
 *
 * Per login identifier, whether or not an account has it (so lockout reveals nothing):
 * 5 failures in a row lock it for 15 minutes, each further lockout doubles that up to 24 hours,
 * and 24 quiet hours forget the history. Per client IP: at most 30 failures in 15 minutes.
 *
 * Each attempt is counted BEFORE the password is checked, in one atomic upsert, so 50 parallel
 * guesses get at most 5 password checks. A success refunds its count.
 */
export const THROTTLE = {
  failuresBeforeLock: 5,
  firstLockMinutes: 15,
  maxLockMinutes: 24 * 60,
  forgetAfterHours: 24,
  ipFailuresPerWindow: 30,
  ipWindowMinutes: 15,
} as const;

/** Per client IP: counted before the check, refunded on success (lib/rate-limit). */
export const IP_LOGIN_LIMIT = {
  limit: THROTTLE.ipFailuresPerWindow,
  windowSeconds: THROTTLE.ipWindowMinutes * 60,
};
