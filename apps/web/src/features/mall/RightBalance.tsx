import { COMPANY_RIGHTS, type CompanyRight } from '@openrecruit/shared';
import { Alert, Button } from 'antd';
import type { ReactNode } from 'react';
import { useNavigate } from 'react-router';
import { useMyRights } from './api';

interface RightBalanceProps {
  right: CompanyRight;
  /** What the action would use, when known (a pin's days). */
  need?: number;
  /** The server's refusal (RIGHT_EXHAUSTED), shown instead of the balance. */
  refused?: string;
  /** What the action costs, in words, after the balance. */
  children?: ReactNode;
}

/**
 * Where a right is used (职位置顶, 人才邀约; decision 018): what is left of it, and 去购买 (道具商城)
 * when it ran out, is short of what the action needs, or the server refused for that reason.
 */
export function RightBalance({ right, need = 1, refused, children }: RightBalanceProps) {
  const navigate = useNavigate();
  const rights = useMyRights();
  const { label, unit } = COMPANY_RIGHTS[right];
  const balance = rights.data?.rights.find((r) => r.right === right);
  const left = balance && !balance.expired ? balance.remaining : 0;
  const buy = (
    <Button size="small" type="primary" onClick={() => navigate('/employer/mall')}>
      去购买
    </Button>
  );
  if (refused)
    return <Alert type="warning" showIcon message={refused} action={buy} style={{ marginBottom: 16 }} />;
  if (!rights.data) return null;
  const short = left < need;
  return (
    <Alert
      type={short ? 'warning' : 'info'}
      showIcon
      style={{ marginBottom: 16 }}
      message={
        left === 0
          ? `${label}权益已用完，请前往道具商城购买道具包`
          : short
            ? `剩余${label}：${left} ${unit}，本次最多需要 ${need} ${unit}，请前往道具商城购买道具包`
            : `剩余${label}：${left} ${unit}`
      }
      description={children}
      action={short ? buy : undefined}
    />
  );
}
