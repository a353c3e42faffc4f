import { eq } from 'drizzle-orm';
import type { AppContext } from '../../context';
import { storedFiles, universities } from '../schema';
import type { DEMO_UNIVERSITIES } from './demo-accounts';
import { blend, encodePng, type Rgb } from './png-image';

// 高校信息 (issue 11) of the three demo universities: address, campuses, the career centre's
// contact, an introduction and a logo drawn here (no binary files in the repository).

type DemoProfile = {
  address: string;
  campuses: { name: string; address: string }[];
  contactName: string;
  contactPhone: string;
  contactEmail: string;
  introduction: string;
  colors: [Rgb, Rgb];
};

export const DEMO_UNIVERSITY_PROFILES: Record<(typeof DEMO_UNIVERSITIES)[number]['name'], DemoProfile> = {
  申江大学: {
    address: '上海市杨浦区申江路800号',
    campuses: [
      { name: '杨浦校区', address: '上海市杨浦区申江路800号' },
      { name: '闵行校区', address: '上海市闵行区东川路1200号' },
    ],
    contactName: '王老师',
    contactPhone: '021-65430000',
    contactEmail: 'career@shenjiang.edu.cn',
    introduction:
      '申江大学是一所以工学、理学和经济管理为主的综合性大学，设有25个学院，在校本科生和研究生三万余人。学生就业指导中心为用人单位提供宣讲会、双选会、招聘简章发布等服务，欢迎各单位来校招聘。',
    colors: [
      [22, 82, 160],
      [10, 40, 100],
    ],
  },
  浦江理工大学: {
    address: '上海市浦东新区浦江大道1500号',
    campuses: [{ name: '临港校区', address: '上海市浦东新区浦江大道1500号' }],
    contactName: '刘老师',
    contactPhone: '021-58760000',
    contactEmail: 'jiuye@pjust.edu.cn',
    introduction:
      '浦江理工大学以机械、电子信息和海洋工程见长，与临港新片区的制造企业合作紧密。就业中心常年举办行业专场双选会。',
    colors: [
      [0, 128, 110],
      [0, 70, 60],
    ],
  },
  沪东师范学院: {
    address: '上海市虹口区沪东路300号',
    campuses: [
      { name: '虹口校区', address: '上海市虹口区沪东路300号' },
      { name: '奉贤校区', address: '上海市奉贤区海湾路100号' },
    ],
    contactName: '陈老师',
    contactPhone: '021-66120000',
    contactEmail: 'zhaopin@hdnu.edu.cn',
    introduction:
      '沪东师范学院培养中小学教师和教育、心理、语言类人才，毕业生主要去向为教育、文化和公共服务单位。',
    colors: [
      [160, 40, 50],
      [100, 20, 30],
    ],
  },
};

/** A round badge: a ring, and an open book in the middle. */
function badge([outer, inner]: [Rgb, Rgb]): Buffer {
  const white: Rgb = [255, 255, 255];
  return encodePng(256, 256, (x, y) => {
    const r = Math.hypot(x - 128, y - 128);
    if (r > 124) return white;
    if (r > 112) return outer;
    if (r > 104) return white;
    const inBook = y >= 96 && y <= 164 && Math.abs(x - 128) <= 64 && Math.abs(x - 128) >= 4;
    if (inBook) return (y - 96) % 14 < 3 && Math.abs(x - 128) > 14 ? inner : white;
    return blend(outer, inner, y / 256);
  });
}

export async function seedDemoUniversityProfiles(
  ctx: AppContext,
  universityRows: { id: string; name: string }[],
) {
  for (const university of universityRows) {
    const profile = DEMO_UNIVERSITY_PROFILES[university.name as keyof typeof DEMO_UNIVERSITY_PROFILES];
    if (!profile) continue;
    const { colors, ...values } = profile;
    const stored = await ctx.providers.storage.put(badge(colors), { extension: 'png' });
    const [file] = await ctx.db
      .insert(storedFiles)
      .values({
        storageKey: stored.key,
        contentType: 'image/png',
        size: stored.size,
        sha256: stored.sha256,
        originalName: `${university.name}校徽.png`,
      })
      .returning({ id: storedFiles.id });
    await ctx.db
      .update(universities)
      .set({ ...values, logoFileId: file!.id })
      .where(eq(universities.id, university.id));
  }
}
