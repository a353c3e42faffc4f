import { COMPANY_RIGHTS, type CompanyRight, type MallPackage } from '@openrecruit/shared';
import type { MallPackageRow } from './mall.repository';

export function isCompanyRight(right: string): right is CompanyRight {
  return Object.hasOwn(COMPANY_RIGHTS, right);
}

/** A package's contents as rights this version knows (a right retired since is left out). */
export function packageContents(row: MallPackageRow) {
  return row.contents.flatMap(({ right, quantity }) => (isCompanyRight(right) ? [{ right, quantity }] : []));
}

export function mapPackage(row: MallPackageRow): MallPackage {
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    pricePoints: row.pricePoints,
    contents: packageContents(row).map(({ right, quantity }) => ({
      right,
      quantity,
      ...COMPANY_RIGHTS[right],
    })),
    validityDays: row.validityDays,
    active: row.active,
    sortOrder: row.sortOrder,
    updatedAt: row.updatedAt.toISOString(),
  };
}
