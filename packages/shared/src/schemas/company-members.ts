import { z } from 'zod';
import { MobileNumber, PersonName, StaffPassword } from './fields';
import { pageQuery, pageSchema } from './paging';

// Seed 002 「公司设置 > 公司成员」 (新增 HR、修改、重置密码、注销账户) and 「账号设置 > 账号注销」.
//
// Routes (all errors are ErrorBody; field errors in details.fields):
//   GET  /api/employer/members?page=&pageSize=         → CompanyMemberPage (company admin)
//   POST /api/employer/members  AddCompanyMemberInput  → CompanyMember     (company admin)
//   PATCH /api/employer/members/:id UpdateCompanyMemberInput → CompanyMember (company admin)
//   POST /api/employer/members/:id/reset-password ResetMemberPasswordInput → CompanyMember (company admin)
//   POST /api/employer/members/:id/deactivate          → CompanyMember     (company admin, not oneself)
//   POST /api/employer/members/:id/activate            → CompanyMember     (company admin)
//   POST /api/employer/account/close  CloseAccountInput → { ok: true }     (any employer account)
// accounts has no department or nickname column yet: members carry name (displayName) only.

export const CompanyMember = z.object({
  id: z.string(),
  name: z.string(),
  mobileMasked: z.string(),
  role: z.enum(['admin', 'member']),
  status: z.enum(['active', 'disabled']),
  mustChangePassword: z.boolean(),
  createdAt: z.string(),
});
export type CompanyMember = z.infer<typeof CompanyMember>;

export const CompanyMemberListQuery = pageQuery();
export type CompanyMemberListQuery = z.input<typeof CompanyMemberListQuery>;

export const CompanyMemberPage = pageSchema(CompanyMember);
export type CompanyMemberPage = z.infer<typeof CompanyMemberPage>;

/** 新增 HR: the member logs in with the mobile and must replace the initial password at first login. */
export const AddCompanyMemberInput = z.object({
  name: PersonName,
  mobile: MobileNumber,
  initialPassword: StaffPassword,
});
export type AddCompanyMemberInput = z.input<typeof AddCompanyMemberInput>;

export const UpdateCompanyMemberInput = z.object({ name: PersonName.optional() });
export type UpdateCompanyMemberInput = z.input<typeof UpdateCompanyMemberInput>;

export const ResetMemberPasswordInput = z.object({ initialPassword: StaffPassword });
export type ResetMemberPasswordInput = z.input<typeof ResetMemberPasswordInput>;

export const CloseAccountInput = z.object({ password: z.string().min(1, '请输入登录密码') });
export type CloseAccountInput = z.input<typeof CloseAccountInput>;
