import type { LinkListItem } from '../../components/mobile/LinkList';
import { useSeekerCampus } from './api';

/**
 * The 校园 entry of the home page and 我的 (issue 11 §8): for a student, their university's
 * campus; for another signed-in seeker, the entry says who it is for. Nothing while logged out.
 */
export function useCampusEntry(signedIn: boolean): LinkListItem | null {
  const campus = useSeekerCampus(signedIn);
  if (!signedIn || !campus.data) return null;
  return campus.data.university
    ? {
        label: '校园',
        description: `${campus.data.university.name}的宣讲会、双选会、招聘简章和我的报名`,
        to: '/m/campus',
      }
    : { label: '校园', description: '在读学生可用：在简历中填写在读的高校', to: '/m/campus' };
}
