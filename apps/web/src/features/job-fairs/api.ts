// 双选会 (issue 11 item 5): the company's 全部双选会 / 我的报名, the university's 双选会管理, and
// the students' fair pages. The only place these features call the API.

export const EMPLOYER_JOB_FAIRS_KEY = ['employer', 'job-fairs'] as const;
export const UNIVERSITY_JOB_FAIRS_KEY = ['university', 'job-fairs'] as const;
export const PUBLIC_JOB_FAIRS_KEY = ['public', 'job-fairs'] as const;
