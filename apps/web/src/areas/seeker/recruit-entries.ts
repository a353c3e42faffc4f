/** Seed 000 §二-§七: the 招聘 section's four entries. Issue 3 builds their pages. */
export const RECRUIT_ENTRIES = [
  {
    path: 'resume',
    label: '我的简历',
    mark: '简',
    summary: '查看您的简历，基本信息由人社部门提供，其余内容在电脑端网页编辑。',
  },
  {
    path: 'jobs',
    label: '职位搜索',
    mark: '搜',
    summary: '按职业名称、文化程度、年龄、工作性质和工作地区搜索岗位并应聘。',
  },
  {
    path: 'applications',
    label: '我的应聘',
    mark: '聘',
    summary: '查看当前和历史应聘记录、撤销应聘，查看单位回复和面试通知。',
  },
  {
    path: 'favourites',
    label: '职位收藏',
    mark: '藏',
    summary: '查看收藏的岗位（最多10条），并可编辑删除。',
  },
] as const;
