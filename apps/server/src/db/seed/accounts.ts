import { maskBankCard, maskIdNumber, maskMobile, parseResidentId } from '@openrecruit/shared';
import type { AppContext } from '../../context';
import { hashPassword } from '../../lib/password-hash';
import { staffLoginColumns } from '../../modules/identity/staff-login';
import { householdRegistrationOf } from '../../modules/seekers/household-registration';
import { accounts, seekers } from '../schema';

/** Account factories shared by the demo data and the tests (one way to make an account). */
export interface SeekerAccountSeed {
  name: string;
  idNumber: string;
  mobile: string;
  bankCard: string;
  password: string;
}

/** `passwordHash`: a hash made once for many demo accounts (scrypt costs ~80 ms a call). */
export async function createSeekerAccount(
  ctx: AppContext,
  seed: SeekerAccountSeed,
  options: { passwordHash?: string } = {},
) {
  const id = parseResidentId(seed.idNumber);
  if (!id.ok) throw new Error(`invalid seed ID number: ${id.reason}`);
  const passwordHash = options.passwordHash ?? (await hashPassword(seed.password));
  const [account] = await ctx.db
    .insert(accounts)
    .values({ role: 'seeker', displayName: seed.name, passwordHash })
    .returning();
  await ctx.db.insert(seekers).values({
    accountId: account!.id,
    name: seed.name,
    idNumberEnc: ctx.cipher.encrypt(id.value.normalized),
    idNumberHash: ctx.cipher.lookupHash('id', id.value.normalized),
    idNumberMasked: maskIdNumber(id.value.normalized),
    birthDate: id.value.birthDate,
    sex: id.value.sex,
    householdRegistration: householdRegistrationOf(id.value),
    mobileEnc: ctx.cipher.encrypt(seed.mobile),
    mobileHash: ctx.cipher.lookupHash('mobile', seed.mobile),
    mobileMasked: maskMobile(seed.mobile),
    bankCardEnc: ctx.cipher.encrypt(seed.bankCard),
    bankCardHash: ctx.cipher.lookupHash('bank_card', seed.bankCard),
    bankCardMasked: maskBankCard(seed.bankCard),
    verificationRoute: 'bank_card',
    verificationProvider: ctx.providers.realName.name,
    verifiedAt: new Date(),
  });
  return account!;
}

export type StaffAccountSeed = {
  loginName: string;
  displayName: string;
  password: string;
  mustChangePassword?: boolean;
} & (
  | { role: 'employer'; companyId: string; companyRole: 'admin' | 'member' }
  | { role: 'university_staff'; universityId: string; universityRole?: 'admin' | 'member' }
  | { role: 'operator' }
  | { role: 'centre_staff'; districtCode: string }
);

export async function createStaffAccount(ctx: AppContext, seed: StaffAccountSeed) {
  const [account] = await ctx.db
    .insert(accounts)
    .values({
      role: seed.role,
      ...staffLoginColumns(ctx.cipher, seed.role, seed.loginName),
      displayName: seed.displayName,
      passwordHash: await hashPassword(seed.password),
      mustChangePassword: seed.mustChangePassword ?? false,
      companyId: seed.role === 'employer' ? seed.companyId : null,
      companyRole: seed.role === 'employer' ? seed.companyRole : null,
      universityId: seed.role === 'university_staff' ? seed.universityId : null,
      // A university's staff are members unless made its one admin (账号管理, issue 11).
      universityRole: seed.role === 'university_staff' ? (seed.universityRole ?? 'member') : null,
      districtCode: seed.role === 'centre_staff' ? seed.districtCode : null,
    })
    .returning();
  return account!;
}
