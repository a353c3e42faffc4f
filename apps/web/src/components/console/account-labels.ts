import type { SessionAccount } from '@openrecruit/shared';

/** The role as the console shows it (PRODUCT.md roles table). */
export function roleLabel(account: SessionAccount): string {
  switch (account.role) {
    case 'employer':
      return account.companyRole === 'admin' ? '单位管理员' : '单位成员（HR）';
    case 'university_staff':
      return account.universityRole === 'admin' ? '高校管理员' : '高校就业中心工作人员';
    case 'operator':
      return '平台运营人员';
    case 'centre_staff':
      return '就业促进中心工作人员';
    case 'seeker':
      return '求职者';
  }
}

export function firstCharacter(name: string): string {
  return Array.from(name.trim())[0] ?? '?';
}
