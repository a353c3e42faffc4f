import { EDUCATION_LEVELS, labelOf, POLITICAL_STATUSES, type Resume } from '@openrecruit/shared';
import { BASIC_INFO_NOTE } from './ResumePage';
import { Section } from './resume-edit-frames';

/** 基本信息 comes from the 人社 records and is shown, not edited (seed 000 §二.2). */
export function ResumeBasicInfo({ basic }: { basic: Resume['basic'] }) {
  return (
    <Section id="basic" title="基本信息">
      <dl className="pc-basic">
        <div>
          <dt>姓名</dt>
          <dd>{basic.name}</dd>
        </div>
        <div>
          <dt>性别</dt>
          <dd>{basic.sex === 'M' ? '男' : '女'}</dd>
        </div>
        <div>
          <dt>出生日期</dt>
          <dd>{basic.birthDate}</dd>
        </div>
        <div>
          <dt>身份证号</dt>
          <dd>{basic.idNumberMasked}</dd>
        </div>
        <div>
          <dt>户籍</dt>
          <dd>{basic.householdRegistration || '未登记'}</dd>
        </div>
        <div>
          <dt>手机号</dt>
          <dd>{basic.mobileMasked}</dd>
        </div>
        <div>
          <dt>学历</dt>
          <dd>{labelOf(EDUCATION_LEVELS, basic.education) ?? '未完善'}</dd>
        </div>
        <div>
          <dt>政治面貌</dt>
          <dd>{labelOf(POLITICAL_STATUSES, basic.politicalStatus) ?? '未完善'}</dd>
        </div>
      </dl>
      <p className="pc-note">{BASIC_INFO_NOTE}</p>
    </Section>
  );
}
