// The sign-up steps (seed 000 §一.3) span three pages. The ticket and what the pages show travel in
// sessionStorage so a reload keeps them; the full ID number stays in memory only (it is personal
// data) and serves the client-side weak-password hint, which the server repeats anyway.

export type PendingRegistration = {
  ticket: string;
  idNumberMasked: string;
  verifier: { name: string; notice: string };
  warnings: string[];
};

export type CompletedRegistration = { idNumberMasked: string; surname: string };

const PENDING_KEY = 'openrecruit.registration.pending';
const COMPLETED_KEY = 'openrecruit.registration.completed';

let idNumberInMemory: string | undefined;

function read<T>(key: string): T | undefined {
  try {
    const raw = sessionStorage.getItem(key);
    return raw ? (JSON.parse(raw) as T) : undefined;
  } catch {
    return undefined;
  }
}

function write(key: string, value: unknown) {
  try {
    if (value === undefined) sessionStorage.removeItem(key);
    else sessionStorage.setItem(key, JSON.stringify(value));
  } catch {
    // Storage may be unavailable (private mode): the flow still works until a reload.
  }
}

export function savePendingRegistration(pending: PendingRegistration, idNumber: string) {
  idNumberInMemory = idNumber;
  write(PENDING_KEY, pending);
}

export function loadPendingRegistration(): PendingRegistration | undefined {
  return read<PendingRegistration>(PENDING_KEY);
}

export function pendingIdNumber(): string | undefined {
  return idNumberInMemory;
}

export function completeRegistration(completed: CompletedRegistration) {
  idNumberInMemory = undefined;
  write(PENDING_KEY, undefined);
  write(COMPLETED_KEY, completed);
}

export function abandonRegistration() {
  idNumberInMemory = undefined;
  write(PENDING_KEY, undefined);
}

export function loadCompletedRegistration(): CompletedRegistration | undefined {
  return read<CompletedRegistration>(COMPLETED_KEY);
}
