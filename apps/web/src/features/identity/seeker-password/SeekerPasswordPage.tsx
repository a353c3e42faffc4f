import { useState } from 'react';
import { MobilePage } from '../../../components/mobile/MobilePage';
import { NewPasswordStep } from './NewPasswordStep';
import { PasswordChanged } from './PasswordChanged';
import { VerifyIdentityStep } from './VerifyIdentityStep';

type Step =
  | { name: 'verify' }
  | { name: 'password'; ticket: string }
  | { name: 'done'; sessionsEnded: number };

/** Seed 000 §八: 选择一个途径进行身份认证, then 输入新密码完成密码修改 (仅支持6位数字). */
export function SeekerPasswordPage() {
  const [step, setStep] = useState<Step>({ name: 'verify' });
  return (
    <MobilePage title="修改密码" back={{ to: '/m/user', label: '用户页面' }}>
      {step.name === 'verify' ? (
        <VerifyIdentityStep onVerified={(ticket) => setStep({ name: 'password', ticket })} />
      ) : null}
      {step.name === 'password' ? (
        <NewPasswordStep
          ticket={step.ticket}
          onChanged={(sessionsEnded) => setStep({ name: 'done', sessionsEnded })}
          onTicketExpired={() => setStep({ name: 'verify' })}
        />
      ) : null}
      {step.name === 'done' ? <PasswordChanged sessionsEnded={step.sessionsEnded} /> : null}
    </MobilePage>
  );
}
