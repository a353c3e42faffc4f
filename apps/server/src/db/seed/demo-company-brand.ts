import { eq } from 'drizzle-orm';
import type { AppContext } from '../../context';
import { staffLoginHash } from '../../modules/identity/staff-login';
import { accounts, companies, storedFiles } from '../schema';
import { DEMO } from './demo-accounts';
import { blend, encodePng, type Rgb } from './png-image';

// 公司设置 > 基本资料 and 雇主品牌 (seed 002) of the demo employer, so its job pages show a logo,
// photos, 单位介绍 and 福利标签. The pictures are drawn here: no binary files in the repository.

type Shape =
  | { rect: [x: number, y: number, w: number, h: number]; color: Rgb }
  | { circle: [cx: number, cy: number, r: number]; color: Rgb };

function inside(shape: Shape, x: number, y: number) {
  if ('rect' in shape) {
    const [left, top, w, h] = shape.rect;
    return x >= left && x < left + w && y >= top && y < top + h;
  }
  const [cx, cy, r] = shape.circle;
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}

/** A picture: a vertical gradient behind shapes, the last shape on top. */
function draw(width: number, height: number, top: Rgb, bottom: Rgb, shapes: Shape[]) {
  return encodePng(width, height, (x, y) => {
    for (let i = shapes.length - 1; i >= 0; i--) if (inside(shapes[i]!, x, y)) return shapes[i]!.color;
    return blend(top, bottom, y / height);
  });
}

// 申 on an 9 × 11 grid: a box split in three with the middle stroke running through.
const SHEN = [
  '....#....',
  '.#######.',
  '.#..#..#.',
  '.#..#..#.',
  '.#######.',
  '.#..#..#.',
  '.#..#..#.',
  '.#######.',
  '....#....',
  '....#....',
  '....#....',
];

function logo(): Buffer {
  const cell = 18;
  const left = (256 - 9 * cell) / 2;
  const top = (256 - 11 * cell) / 2;
  const glyph: Shape[] = SHEN.flatMap((row, y) =>
    [...row].flatMap((c, x) =>
      c === '#'
        ? [{ rect: [left + x * cell, top + y * cell, cell, cell], color: [255, 255, 255] } as Shape]
        : [],
    ),
  );
  return draw(256, 256, [22, 119, 255], [9, 64, 160], glyph);
}

function factory(): Buffer {
  const shapes: Shape[] = [{ rect: [0, 420, 960, 180], color: [120, 160, 110] }];
  for (const [x, w, h] of [
    [60, 260, 220],
    [360, 320, 260],
    [720, 190, 180],
  ] as const) {
    shapes.push({ rect: [x, 420 - h, w, h], color: [200, 206, 214] });
    for (let wy = 420 - h + 24; wy < 400; wy += 44)
      for (let wx = x + 20; wx < x + w - 30; wx += 50)
        shapes.push({ rect: [wx, wy, 30, 24], color: [70, 120, 190] });
  }
  shapes.push(
    { rect: [600, 90, 34, 70], color: [170, 60, 50] },
    { circle: [820, 90, 40], color: [255, 214, 102] },
  );
  return draw(960, 600, [150, 200, 250], [230, 242, 255], shapes);
}

function office(): Buffer {
  const shapes: Shape[] = [{ rect: [0, 380, 960, 220], color: [205, 180, 150] }];
  for (let x = 60; x < 900; x += 220) shapes.push({ rect: [x, 60, 160, 200], color: [200, 228, 250] });
  for (let x = 40; x < 900; x += 300) {
    shapes.push({ rect: [x, 360, 260, 24], color: [140, 96, 60] });
    shapes.push({ rect: [x + 70, 280, 120, 76], color: [40, 44, 52] });
    shapes.push({ rect: [x + 120, 356, 20, 6], color: [40, 44, 52] });
  }
  return draw(960, 600, [250, 244, 232], [238, 226, 206], shapes);
}

function team(): Buffer {
  const shapes: Shape[] = [{ rect: [0, 380, 960, 220], color: [110, 180, 90] }];
  const shirts: Rgb[] = [
    [22, 119, 255],
    [250, 140, 22],
    [235, 47, 150],
    [82, 196, 26],
    [114, 46, 209],
    [19, 194, 194],
  ];
  shirts.forEach((color, i) => {
    const cx = 140 + i * 136;
    shapes.push({ rect: [cx - 40, 330, 80, 150], color }, { circle: [cx, 300, 34], color: [245, 210, 170] });
  });
  return draw(960, 600, [120, 190, 250], [210, 236, 255], shapes);
}

export const DEMO_BRAND = {
  shortName: '申城智造',
  scale: '500_1000',
  website: 'https://www.shenchengtech.com.cn',
  benefitTags: ['五险一金', '年终奖', '带薪年假', '餐补', '定期体检', '技能培训'],
  introduction:
    '上海申城智造科技有限公司位于浦东新区，专注工业自动化装备与智能产线的研发、制造和服务，为汽车零部件、电子和新能源企业提供整线解决方案。公司拥有研发中心和现代化生产基地，重视人才培养，为新员工提供系统的岗位培训和清晰的晋升通道，欢迎有志于智能制造的你加入。',
} as const;

export async function seedDemoCompanyBrand(ctx: AppContext, companyId: string) {
  const [admin] = await ctx.db
    .select({ id: accounts.id })
    .from(accounts)
    .where(eq(accounts.loginHash, staffLoginHash(ctx.cipher, DEMO.employerAdmin.loginName)));
  const store = async (data: Buffer, name: string) => {
    const stored = await ctx.providers.storage.put(data, { extension: 'png' });
    const [row] = await ctx.db
      .insert(storedFiles)
      .values({
        storageKey: stored.key,
        ownerAccountId: admin?.id ?? null,
        contentType: 'image/png',
        size: stored.size,
        sha256: stored.sha256,
        originalName: name,
      })
      .returning({ id: storedFiles.id });
    return row!.id;
  };
  const logoFileId = await store(logo(), '申城智造logo.png');
  const photoFileIds = [
    await store(factory(), '生产基地.png'),
    await store(office(), '研发中心.png'),
    await store(team(), '团队活动.png'),
  ];
  await ctx.db
    .update(companies)
    .set({ ...DEMO_BRAND, benefitTags: [...DEMO_BRAND.benefitTags], logoFileId, photoFileIds })
    .where(eq(companies.id, companyId));
}
