import { Button, Popup, Result } from 'antd-mobile';
import { useState } from 'react';
import { NewPasswordStep } from '../seeker-password/NewPasswordStep';
import { VerifyResetStep } from './VerifyResetStep';

type Step = { name: 'verify' } | { name: 'password'; ticket: string } | { name: 'done' };

/**
 * 找回密码 from the login page (decision 015): verify, then a new 6-digit password. A reset also
 * lifts a lock left by wrong guesses, so the seeker can log in at once with the new password.
 */
export function PasswordResetPopup({
  visible,
  idNumber,
  onClose,
}: {
  visible: boolean;
  idNumber?: string;
  onClose: () => void;
}) {
  const [step, setStep] = useState<Step>({ name: 'verify' });
  const close = () => {
    setStep({ name: 'verify' });
    onClose();
  };
  return (
    <Popup
      visible={visible}
      onMaskClick={close}
      destroyOnClose
      bodyStyle={{ maxHeight: '90vh', overflowY: 'auto' }}
    >
      <h2 className="m-reset__title">找回密码</h2>
      {step.name === 'verify' ? (
        <VerifyResetStep idNumber={idNumber} onVerified={(ticket) => setStep({ name: 'password', ticket })} />
      ) : null}
      {step.name === 'password' ? (
        <NewPasswordStep
          reset
          ticket={step.ticket}
          onChanged={() => setStep({ name: 'done' })}
          onTicketExpired={() => setStep({ name: 'verify' })}
        />
      ) : null}
      {step.name === 'done' ? (
        <>
          <Result
            status="success"
            title="密码已重设"
            description="所有设备上的登录均已退出，请使用新密码登录。"
          />
          <div className="m-form-footer">
            <Button block color="primary" size="large" onClick={close}>
              去登录
            </Button>
          </div>
        </>
      ) : null}
    </Popup>
  );
}
