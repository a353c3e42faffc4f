import { UpdateResumeInput } from '@openrecruit/shared';
import type { AppContext } from '../../context';
import { updateResume } from '../../modules/seekers/update-resume';

/** The demo seeker's resume, filled in as a real one would be, through the same use case as the PC page. */
export async function seedDemoResume(ctx: AppContext, seekerAccountId: string) {
  const resume = UpdateResumeInput.parse({
    educations: [
      {
        school: '上海电机学院',
        major: '机械设计制造及其自动化',
        education: '20',
        startMonth: '2009-09',
        endMonth: '2013-07',
      },
      {
        school: '上海市南湖职业学校',
        major: '数控技术应用',
        education: '40',
        startMonth: '2006-09',
        endMonth: '2009-07',
      },
    ],
    experiences: [
      {
        company: '上海恒拓精密机械有限公司',
        title: '数控技工（CNC）',
        startMonth: '2018-03',
        endMonth: null,
        description: '负责五轴加工中心的编程与调试，带3人班组；年度良品率从97.2%提高到99.1%。',
      },
      {
        company: '上海嘉捷汽车零部件有限公司',
        title: '设备维修技工',
        startMonth: '2013-08',
        endMonth: '2018-02',
        description: '负责冲压与焊装产线设备的日常点检、故障排除和预防性维护。',
      },
    ],
    skills: ['数控编程（FANUC/西门子）', 'CAD/CAM（UG、Mastercam）', '三坐标测量', '设备维修', '班组管理'],
    certificates: [
      { name: '数控车工（高级工）职业资格证书', issuedMonth: '2016-05' },
      { name: '低压电工作业操作证', issuedMonth: '2019-11' },
    ],
    jobIntention: {
      occupations: ['数控技工', '设备维修技工', '生产主管'],
      workAreas: ['310115', '310112'],
      workNature: '01',
      salaryMin: 9000,
      salaryMax: 14000,
    },
    selfIntroduction:
      '十余年机械加工与设备维修经验，熟悉精密零件加工工艺，能独立编程和调试，注重安全与质量，愿意带徒弟。',
    allowRecommendation: true,
  });
  await updateResume(ctx, { accountId: seekerAccountId, resume });
}
