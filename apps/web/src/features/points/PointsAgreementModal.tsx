import { Modal, Typography } from 'antd';

/** 《快点服务协议》: what a company agrees to before 确认并支付. */
export function PointsAgreementModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  return (
    <Modal
      title="快点服务协议"
      open={open}
      onCancel={onClose}
      onOk={onClose}
      okText="我知道了"
      cancelButtonProps={{ style: { display: 'none' } }}
      width={640}
    >
      <Typography>
        <Typography.Paragraph>
          欢迎使用开放招聘平台的快点服务。单位在充值前请仔细阅读本协议；勾选“我已阅读并同意《快点服务协议》”并完成支付，即表示单位同意本协议的全部内容。
        </Typography.Paragraph>
        <Typography.Title level={5}>一、快点的性质</Typography.Title>
        <Typography.Paragraph>
          快点是单位在本平台预付的服务额度，仅可用于购买本平台的道具包、会员及其他增值服务，不是货币，不能转让、提现，也不能在单位之间转移。
        </Typography.Paragraph>
        <Typography.Title level={5}>二、价格与有效期</Typography.Title>
        <Typography.Paragraph>
          1快点 =
          人民币1.00元。快点自充值成功之日起长期有效，不设过期时间。通过快点购买的道具包权益，按道具包说明的有效期使用。
        </Typography.Paragraph>
        <Typography.Title level={5}>三、支付与到账</Typography.Title>
        <Typography.Paragraph>
          充值通过微信支付完成，订单在2小时内未支付将自动关闭。支付成功后快点即时到账，可在“道具商城 &gt;
          快点明细”中查看充值记录与消费记录。
        </Typography.Paragraph>
        <Typography.Title level={5}>四、退款</Typography.Title>
        <Typography.Paragraph>
          快点一经充值，除法律法规另有规定外，不予退还现金。因重复支付、系统故障等原因造成的错误扣款，平台核实后原路退回；已使用的快点不予退还。
        </Typography.Paragraph>
        <Typography.Title level={5}>五、发票</Typography.Title>
        <Typography.Paragraph>
          单位可按实际支付金额申请开具发票，请通过平台客服提交开票信息。
        </Typography.Paragraph>
        <Typography.Title level={5}>六、其他</Typography.Title>
        <Typography.Paragraph>
          平台如调整快点价格或服务内容，将提前在平台公告；调整不影响已充值快点的余额。本协议未尽事宜，适用中华人民共和国法律。
        </Typography.Paragraph>
      </Typography>
    </Modal>
  );
}
