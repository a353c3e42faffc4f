import type { DownloadResult } from '@openrecruit/shared';
import type { App } from 'antd';

type ModalApi = ReturnType<typeof App.useApp>['modal'];

/** After 下载: the contact details, and where the resume went. */
export function showContact(modal: ModalApi, result: DownloadResult) {
  const contact = result.talent.contact;
  modal.success({
    title: result.rightUsed ? '下载成功' : '联系方式',
    content: (
      <div>
        <p>姓名：{contact?.name}</p>
        <p>手机：{contact?.mobile}</p>
        <p>下载职位：{result.job.title}</p>
        <p style={{ color: 'rgba(0, 0, 0, 0.45)' }}>
          {result.rightUsed
            ? '简历已转存至“简历管理>未处理”，已使用一次简历下载权益。'
            : result.alreadyApplied
              ? '该求职者已投递本单位，简历已在“简历管理”中，本次未使用权益。'
              : '该简历此前已下载，本次未使用权益。'}
        </p>
      </div>
    ),
    okText: '知道了',
  });
}
