import { Button } from 'antd';
import { useNavigate } from 'react-router';

/**
 * 去充值. The recharge dialog (充值快点) belongs to features/points; until it is there this opens
 * 快点明细, where recharging lives.
 */
export function RechargeButton() {
  const navigate = useNavigate();
  return <Button onClick={() => navigate('/employer/mall/points')}>去充值</Button>;
}
