/** Seed 000 §二-§七: the 招聘 section's four entries (routes in SeekerArea). */
export const RECRUIT_ENTRIES = [
  { path: 'resume', label: '我的简历', mark: '简' },
  { path: 'jobs', label: '职位搜索', mark: '搜' },
  { path: 'applications', label: '我的应聘', mark: '聘' },
  { path: 'favourites', label: '职位收藏', mark: '藏' },
] as const;
