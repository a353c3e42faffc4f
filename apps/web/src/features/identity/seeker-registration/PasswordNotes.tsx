import { NoticeBox } from '../../../components/mobile/NoticeBox';

/** Seed 000 §一.3's two notes under the password, with our product's name for 上海人社 / 12333. */
export function PasswordNotes() {
  return (
    <NoticeBox>
      <p>注:</p>
      <p>1、此密码为开放招聘app的登录密码，同时也是开放招聘网站的登录密码，与支付宝无关。</p>
      <p>2、下次登录开放招聘app或网站时，只需要使用身份证号和此密码登录即可。</p>
    </NoticeBox>
  );
}
