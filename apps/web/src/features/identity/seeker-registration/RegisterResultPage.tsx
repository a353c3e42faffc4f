import { Button, List, Result } from 'antd-mobile';
import { useState } from 'react';
import { Navigate, useNavigate } from 'react-router';
import { MobilePage } from '../../../components/mobile/MobilePage';
import { PasswordNotes } from './PasswordNotes';
import { loadCompletedRegistration } from './registration-store';
import './registration.css';

/** Seed 000 §一.3: 注册成功后显示页面. */
export function RegisterResultPage() {
  const navigate = useNavigate();
  const [completed] = useState(loadCompletedRegistration);
  if (!completed) return <Navigate to="/m/register" replace />;
  return (
    <MobilePage title="注册结果" back={{ to: '/m/login', label: '登录' }}>
      <Result status="success" title="注册成功" description="请使用身份证号和刚才设置的密码登录" />
      <List className="m-form m-register__static">
        <List.Item prefix="身份证号:">{completed.idNumberMasked}</List.Item>
      </List>
      <div className="m-form-footer">
        <Button block color="primary" size="large" onClick={() => navigate('/m/login')}>
          去登录
        </Button>
      </div>
      <PasswordNotes />
    </MobilePage>
  );
}
