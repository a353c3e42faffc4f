import type { Area, StartSeekerRegistrationInput } from '@openrecruit/shared';
import { useMutation } from '@tanstack/react-query';
import { api } from '../../lib/api';
import type { CompletedRegistration, PendingRegistration } from './seeker-registration/registration-store';

// Sign-up and password changes (apps/server/src/modules/identity). Logging in and out lives in
// lib/session.ts, beside the session every guard reads.

type PasswordValues = { password: string; confirmPassword: string };
type PasswordChanged = { ok: true; sessionsEnded?: number };
export type SmsSent = { mobileMasked: string; resendAfterSeconds: number };
export type SeekerIdentityProof = { route: 'sms'; code?: string } | { route: 'bank_card'; bankCard?: string };

/** Seed 000 §一.2-3, first step: 实名认证 (name, ID, mobile, bank card). */
export const useStartSeekerRegistration = () =>
  useMutation({
    mutationFn: (input: StartSeekerRegistrationInput) =>
      api.post<PendingRegistration>('/api/seeker/registration/verify', input),
  });

/** Seed 000 §一.3, second step: the six-digit password, with the ticket of the first step. */
export const useCompleteSeekerRegistration = () =>
  useMutation({
    mutationFn: (values: PasswordValues & { ticket: string }) =>
      api.post<CompletedRegistration>('/api/seeker/registration/complete', values),
  });

/** Seed 000 §八.2: the code to the registered mobile. */
export const useSendPasswordSmsCode = () =>
  useMutation({ mutationFn: () => api.post<SmsSent>('/api/seeker/password/sms-code') });

/** Seed 000 §八.2: 短信验证码 or 银行卡, answered with a ticket for the new password. */
export const useVerifySeekerIdentity = () =>
  useMutation({
    mutationFn: (proof: SeekerIdentityProof) =>
      api.post<{ ticket: string }>('/api/seeker/password/verify', proof),
  });

/** Seed 000 §八.3: the new six-digit password; `reset` for 找回密码 (no login, every session ends). */
export const useChangeSeekerPassword = (ticket: string, reset = false) =>
  useMutation({
    mutationFn: (values: PasswordValues) =>
      api.post<PasswordChanged>(reset ? '/api/seeker/password-reset' : '/api/seeker/password', {
        ...values,
        ticket,
      }),
  });

/** 找回密码 (decision 015): a code to the registered mobile, only if it is that one; the answer is the same. */
export const useSendPasswordResetCode = () =>
  useMutation({
    mutationFn: (input: { idNumber: string; mobile: string }) =>
      api.post<SmsSent>('/api/seeker/password-reset/sms-code', input),
  });

/** 找回密码: 短信验证码 or 银行卡 for the named account, answered with a ticket for the new password. */
export const useVerifyPasswordReset = () =>
  useMutation({
    mutationFn: (proof: SeekerIdentityProof & { idNumber: string }) =>
      api.post<{ ticket: string }>('/api/seeker/password-reset/verify', proof),
  });

/** Seed 002 账号设置 三、修改密码, in any console. */
export const useChangeStaffPassword = (area: Area) =>
  useMutation({
    mutationFn: (values: { oldPassword: string } & PasswordValues) =>
      api.post<PasswordChanged>(`/api/auth/${area}/password`, values),
  });
