import { publicCompanyLogoPath, publicUniversityLogoPath, type UniversityProfile } from '@openrecruit/shared';
import type { UniversityRow } from './universities.repository';

/** The fields every view of a university shares: the profile as seekers and staff see it. */
export function mapUniversityFields(row: UniversityRow) {
  return {
    id: row.id,
    name: row.name,
    city: row.city,
    logoUrl: row.logoFileId ? publicUniversityLogoPath(row.id, row.logoFileId) : null,
    address: row.address,
    campuses: row.campuses,
    contactName: row.contactName,
    contactPhone: row.contactPhone,
    contactEmail: row.contactEmail,
    introduction: row.introduction,
  };
}

/** 高校信息 for the university's own staff; only the admin may edit it. */
export function mapUniversityProfile(row: UniversityRow, canEdit: boolean): UniversityProfile {
  return { ...mapUniversityFields(row), code: row.code, canEdit, updatedAt: row.updatedAt.toISOString() };
}

export function mapEnteredCompany(row: {
  id: string;
  name: string;
  logoFileId: string | null;
  enteredAt: Date | null;
}) {
  return {
    id: row.id,
    name: row.name,
    logoUrl: row.logoFileId ? publicCompanyLogoPath(row.id) : null,
    enteredAt: (row.enteredAt ?? new Date(0)).toISOString(),
  };
}

export const UNIVERSITY_NOT_FOUND = '高校不存在';
