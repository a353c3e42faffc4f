import { and, asc, eq, inArray, ne } from 'drizzle-orm';
import type { AppContext } from '../../context';
import { createBrochure } from '../../modules/brochures/create-brochure';
import { publishBrochure } from '../../modules/brochures/publish-brochure';
import { updateBrochure } from '../../modules/brochures/update-brochure';
import { decideReviewRequest } from '../../modules/reviews/decide-review-request';
import {
  accounts,
  brochurePublications,
  campusFaqs,
  campusQuestions,
  jobs,
  reviewRequests,
  universities,
} from '../schema';

// 招聘简章 and 校招答疑 (issue 11 items 6-7) for the demo, made through the module's use cases and
// the review engine so versions, publications and review requests agree:
// - the demo company's 「2027届校园招聘简章」 approved at 申江大学 (public) with a newer version
//   审核中 there; 「智能制造专项招聘」 approved at 申江大学 (the only university the demo company
//   entered: demo-university-entries.ts keeps the others 审核中 and 未通过); 「暑期实习生招募」 a
//   draft never published; 「海外事业部招聘简章」 未通过 at 申江大学 with the reason;
// - other companies entered at 申江大学 (demo-campus-job-fairs.ts) with approved brochures, so the
//   students' feed is full;
// - questions from the demo seeker (陈晓明) and other seekers, some answered; 3 FAQs.

const DAY = 86_400_000;
const HOUR = 3_600_000;

const BODY_2027 = `<h2>关于我们</h2><p>上海申城智造科技有限公司专注于智能装备与工业软件，总部位于浦东新区张江。</p>
<h3>招聘对象</h3><ul><li>2027届本科及以上学历毕业生</li><li>机械、自动化、计算机、电子信息等相关专业</li></ul>
<h3>福利待遇</h3><ul><li>五险一金、补充医疗保险</li><li>免费班车、员工宿舍</li><li>导师制培养，两年内轮岗</li></ul>
<blockquote><p>网申地址：<a href="https://example.com/campus">https://example.com/campus</a></p></blockquote>`;

const BODY_2027_V2 = `${BODY_2027}<hr><h3>宣讲安排</h3><p>秋季宣讲会将于10月在申江大学举行，欢迎同学们到场交流。</p>`;

const BODY_SMART = `<h2>智能制造专项招聘</h2><p>面向智能制造方向的<strong>算法、嵌入式与机器人</strong>岗位，提供具有竞争力的薪酬。</p>
<ol><li>投递简历</li><li>笔试</li><li>两轮面试</li><li>发放录用意向书</li></ol>`;

const BODY_INTERN = `<h2>暑期实习生招募</h2><p>实习期8-12周，表现优秀者可获得校招直通面试机会。</p>`;

const BODY_OVERSEAS = `<h2>海外事业部招聘</h2><p>常驻东南亚项目现场，需具备英语工作能力。</p>`;

const OTHER_BROCHURES = [
  {
    title: '2027届管理培训生招聘简章',
    body: '<h2>管理培训生项目</h2><p>两年轮岗，覆盖运营、财务、人力资源等核心部门。</p><ul><li>本科及以上</li><li>专业不限</li></ul>',
  },
  {
    title: '研发中心校园招聘',
    body: '<h2>研发中心</h2><p>招聘软件开发、测试与数据分析岗位，<strong>支持远程面试</strong>。</p>',
  },
  {
    title: '2027届秋季校园招聘',
    body: '<h2>秋季校招</h2><p>提供上海、苏州两地岗位，签约即发放签约礼包。</p>',
  },
  {
    title: '金融科技岗位专场',
    body: '<h2>金融科技</h2><p>面向计算机、金融工程、统计等专业，欢迎优秀同学加入。</p>',
  },
];

const QUESTIONS_OF_DEMO_SEEKER = [
  {
    question: '请问智能制造专项招聘是否接受自动化专业的硕士研究生？',
    answer: '接受的，自动化、控制工程等相关专业的硕士研究生都欢迎投递。',
    hoursAgo: 50,
  },
  { question: '员工宿舍是单人间还是多人间？新员工是否可以申请？', answer: null, hoursAgo: 3 },
];

const QUESTIONS_OF_OTHERS = [
  { question: '笔试主要考察哪些内容？需要提前准备编程题吗？', answer: null, hoursAgo: 1 },
  { question: '请问非应届的往届毕业生可以参加校园招聘吗？', answer: null, hoursAgo: 6 },
  {
    question: '暑期实习的工作地点在哪里？',
    answer: '实习地点在浦东新区张江总部，公司提供班车。',
    hoursAgo: 30,
  },
  { question: '今年的校招岗位是否提供落户指标？', answer: null, hoursAgo: 20 },
];

const FAQS = [
  {
    question: '校园招聘的流程是怎样的？',
    answer:
      '网申 → 笔试 → 专业面试 → 综合面试 → 录用意向书，整个流程约3-4周，每个环节结果都会通过短信和平台消息通知。',
  },
  {
    question: '是否提供住宿和班车？',
    answer: '公司为新入职的应届毕业生提供一年免费员工宿舍（两人间），并开通覆盖浦东主要地铁站的免费班车。',
  },
  {
    question: '非相关专业可以投递吗？',
    answer: '技术类岗位优先考虑相关专业；职能类岗位（人力、财务、采购等）专业不限，欢迎各专业同学投递。',
  },
];

export async function seedDemoCampusBrochures(
  ctx: AppContext,
  options: { companyId: string; demoSeekerAccountId: string; now?: Date },
) {
  const now = options.now ?? new Date();
  const db = ctx.db;
  const uniRows = await db.select().from(universities);
  const shenjiang = uniRows.find((u) => u.name === '申江大学');
  if (!shenjiang) return;
  const adminOf = async (where: ReturnType<typeof eq>) =>
    (await db.select({ id: accounts.id }).from(accounts).where(where))[0]?.id;
  const shenjiangAdmin = await adminOf(
    and(eq(accounts.universityId, shenjiang.id), eq(accounts.universityRole, 'admin'))!,
  );
  const demoAdmin = await adminOf(
    and(eq(accounts.companyId, options.companyId), eq(accounts.companyRole, 'admin'))!,
  );
  if (!shenjiangAdmin || !demoAdmin) return;
  const demo = { accountId: demoAdmin, companyId: options.companyId, isAdmin: true };
  const deciderAt = (universityId: string, accountId: string) => ({
    accountId,
    scope: { reviewerKind: 'university' as const, universityId },
  });
  const atShenjiang = deciderAt(shenjiang.id, shenjiangAdmin);

  const demoJobs = (
    await db
      .select({ id: jobs.id })
      .from(jobs)
      .where(and(eq(jobs.companyId, options.companyId), eq(jobs.state, 'recruiting')))
      .orderBy(asc(jobs.publishedAt))
      .limit(4)
  ).map((job) => job.id);

  /** Publishes the brochure's draft at the universities, `daysAgo` days ago; returns each review's id. */
  const publish = async (
    member: typeof demo,
    brochureId: string,
    universityIds: string[],
    daysAgo: number,
  ): Promise<string[]> => {
    await publishBrochure(ctx, {
      member,
      brochureId,
      universityIds,
      now: new Date(now.getTime() - daysAgo * DAY),
    });
    const rows = await db
      .select({ id: reviewRequests.id, universityId: reviewRequests.reviewerUniversityId })
      .from(reviewRequests)
      .where(
        and(
          eq(reviewRequests.kind, 'brochure'),
          eq(reviewRequests.subjectId, brochureId),
          eq(reviewRequests.state, 'pending'),
        ),
      );
    return universityIds.map((id) => rows.find((row) => row.universityId === id)!.id);
  };
  /** Decides a review through the engine, then dates the decision `daysAgo` days back. */
  const decide = async (
    decider: ReturnType<typeof deciderAt>,
    requestId: string,
    daysAgo: number,
    reason?: string,
  ) => {
    await decideReviewRequest(ctx, {
      decider,
      requestId,
      decision: reason ? 'reject' : 'approve',
      ...(reason ? { reason } : {}),
    });
    const at = new Date(now.getTime() - daysAgo * DAY);
    await db.update(reviewRequests).set({ decidedAt: at }).where(eq(reviewRequests.id, requestId));
    if (!reason)
      await db
        .update(brochurePublications)
        .set({ approvedAt: at })
        .where(eq(brochurePublications.reviewRequestId, requestId));
  };

  // 2027届校园招聘简章: approved at 申江大学, then edited and sent again (审核中).
  const main = await createBrochure(ctx, {
    member: demo,
    input: {
      title: '2027届校园招聘简章',
      bodyHtml: BODY_2027,
      jobIds: demoJobs.slice(0, 3),
      imageFileIds: [],
    },
  });
  const [mainFirst] = await publish(demo, main.id, [shenjiang.id], 12);
  await decide(atShenjiang, mainFirst!, 11);
  await updateBrochure(ctx, {
    member: demo,
    brochureId: main.id,
    input: {
      title: '2027届校园招聘简章',
      bodyHtml: BODY_2027_V2,
      jobIds: demoJobs.slice(0, 3),
      imageFileIds: [],
    },
  });
  await publish(demo, main.id, [shenjiang.id], 0);

  // 智能制造专项招聘: approved (the demo company is entered at 申江大学 only, demo-university-entries.ts).
  const smart = await createBrochure(ctx, {
    member: demo,
    input: {
      title: '智能制造专项招聘',
      bodyHtml: BODY_SMART,
      jobIds: demoJobs.slice(1, 4),
      imageFileIds: [],
    },
  });
  const [smartShenjiang] = await publish(demo, smart.id, [shenjiang.id], 9);
  await decide(atShenjiang, smartShenjiang!, 8);

  // 海外事业部招聘简章: turned down by 申江大学.
  const overseas = await createBrochure(ctx, {
    member: demo,
    input: { title: '海外事业部招聘简章', bodyHtml: BODY_OVERSEAS, jobIds: [], imageFileIds: [] },
  });
  const [overseasRequest] = await publish(demo, overseas.id, [shenjiang.id], 5);
  await decide(atShenjiang, overseasRequest!, 4, '简章未写明工作地点和薪资范围，请补充后重新发布');

  // 暑期实习生招募: a draft never sent.
  await createBrochure(ctx, {
    member: demo,
    input: { title: '暑期实习生招募', bodyHtml: BODY_INTERN, jobIds: [], imageFileIds: [] },
  });

  // Other companies entered at 申江大学 (their admins): an approved brochure each.
  const entered = await db
    .select({ companyId: reviewRequests.subjectId })
    .from(reviewRequests)
    .where(
      and(
        eq(reviewRequests.kind, 'university_entry'),
        eq(reviewRequests.reviewerUniversityId, shenjiang.id),
        eq(reviewRequests.state, 'approved'),
        ne(reviewRequests.subjectId, options.companyId),
      ),
    );
  const otherAdmins = entered.length
    ? await db
        .select({ id: accounts.id, companyId: accounts.companyId })
        .from(accounts)
        .where(
          and(
            inArray(
              accounts.companyId,
              entered.map((row) => row.companyId),
            ),
            eq(accounts.companyRole, 'admin'),
          ),
        )
        .orderBy(asc(accounts.createdAt))
    : [];
  for (const [i, admin] of otherAdmins.slice(0, OTHER_BROCHURES.length).entries()) {
    const member = { accountId: admin.id, companyId: admin.companyId!, isAdmin: true };
    const content = OTHER_BROCHURES[i]!;
    const brochure = await createBrochure(ctx, {
      member,
      input: { title: content.title, bodyHtml: content.body, jobIds: [], imageFileIds: [] },
    });
    const [request] = await publish(member, brochure.id, [shenjiang.id], 14 - i * 3);
    await decide(atShenjiang, request!, 13 - i * 3);
  }

  // 校招答疑: the demo seeker's and other seekers' questions to the demo company, and its FAQs.
  const [smartPublication] = await db
    .select({ id: brochurePublications.id })
    .from(brochurePublications)
    .where(
      and(eq(brochurePublications.brochureId, smart.id), eq(brochurePublications.universityId, shenjiang.id)),
    );
  const [mainPublication] = await db
    .select({ id: brochurePublications.id })
    .from(brochurePublications)
    .where(
      and(eq(brochurePublications.brochureId, main.id), eq(brochurePublications.universityId, shenjiang.id)),
    );
  const otherSeekers = await db
    .select({ id: accounts.id })
    .from(accounts)
    .where(and(eq(accounts.role, 'seeker'), ne(accounts.id, options.demoSeekerAccountId)))
    .orderBy(asc(accounts.createdAt))
    .limit(QUESTIONS_OF_OTHERS.length);
  const asked = (hoursAgo: number) => new Date(now.getTime() - hoursAgo * HOUR);
  const rows: (typeof campusQuestions.$inferInsert)[] = [
    ...QUESTIONS_OF_DEMO_SEEKER.map((q, i) => ({
      companyId: options.companyId,
      seekerAccountId: options.demoSeekerAccountId,
      contextKind: i === 0 ? ('brochure' as const) : ('company' as const),
      contextId: i === 0 ? (smartPublication?.id ?? null) : null,
      question: q.question,
      answer: q.answer,
      answeredBy: q.answer ? demoAdmin : null,
      answeredAt: q.answer ? asked(q.hoursAgo - 4) : null,
      createdAt: asked(q.hoursAgo),
    })),
    ...otherSeekers.map((seeker, i) => {
      const q = QUESTIONS_OF_OTHERS[i]!;
      return {
        companyId: options.companyId,
        seekerAccountId: seeker.id,
        contextKind: i % 2 === 0 ? ('brochure' as const) : ('company' as const),
        contextId: i % 2 === 0 ? (mainPublication?.id ?? null) : null,
        question: q.question,
        answer: q.answer,
        answeredBy: q.answer ? demoAdmin : null,
        answeredAt: q.answer ? asked(q.hoursAgo - 2) : null,
        createdAt: asked(q.hoursAgo),
      };
    }),
  ];
  await db
    .insert(campusQuestions)
    .values(rows.filter((row) => row.contextKind === 'company' || row.contextId));
  await db.insert(campusFaqs).values(
    FAQS.map((faq, i) => ({
      companyId: options.companyId,
      question: faq.question,
      answer: faq.answer,
      createdBy: demoAdmin,
      createdAt: new Date(now.getTime() - (20 - i) * DAY),
      updatedAt: new Date(now.getTime() - (20 - i) * DAY),
    })),
  );
}
