import { z } from 'zod';
import { pageQuery, pageSchema } from './paging';

// 在线招聘 > 招聘简章 (campus issue item 6; seed 002): a company's brochure, sent for review at each
// chosen entered university (the `brochure` review kind, 2 working days); an approved version is
// public on that university's page and in the students' feed while a newer one is reviewed.
//
// Routes (employer, /api/employer/brochures; errors are ErrorBody):
//   GET    ?page=&pageSize=            → BrochurePage (each with its publications per university)
//   POST   BrochureInput               → Brochure (新增)
//   GET    /:id                        → Brochure
//   PUT    /:id BrochureInput          → Brochure (编辑 the draft)
//   DELETE /:id                        → 204 (its publications withdrawn)
//   POST   /:id/publish BrochurePublishInput → Brochure (发布: a new version for review at each)
//   POST   /images (multipart `file`)  → BrochureImage; GET /images/:fileId → the image (own company)
// Public (no login, /api/public):
//   GET /brochures?universityId=&page= → PublicBrochurePage (approved, newest approval first)
//   GET /brochures/:publicationId      → PublicBrochure
//   GET /brochures/:publicationId/images/:fileId → an image of the approved version

export const BROCHURE_LIMITS = {
  titleMin: 2,
  titleMax: 60,
  bodyMaxChars: 50_000,
  jobsMax: 20,
  imagesMax: 9,
} as const;

export const BrochureInput = z.object({
  title: z
    .string()
    .trim()
    .min(BROCHURE_LIMITS.titleMin, `标题为${BROCHURE_LIMITS.titleMin}-${BROCHURE_LIMITS.titleMax}个字`)
    .max(BROCHURE_LIMITS.titleMax, `标题为${BROCHURE_LIMITS.titleMin}-${BROCHURE_LIMITS.titleMax}个字`),
  /** HTML from the editor; the server keeps a safe subset of it (sanitizeBrochureHtml). */
  bodyHtml: z
    .string()
    .max(BROCHURE_LIMITS.bodyMaxChars, `正文不能超过${BROCHURE_LIMITS.bodyMaxChars}个字符`)
    .refine((html) => html.replace(/<[^>]*>/g, '').trim().length > 0, '请填写简章正文'),
  jobIds: z
    .array(z.uuid('职位ID格式不正确'))
    .max(BROCHURE_LIMITS.jobsMax, `最多关联${BROCHURE_LIMITS.jobsMax}个职位`)
    .refine((ids) => new Set(ids).size === ids.length, '职位不能重复')
    .default([]),
  imageFileIds: z
    .array(z.uuid('图片ID格式不正确'))
    .max(BROCHURE_LIMITS.imagesMax, `最多上传${BROCHURE_LIMITS.imagesMax}张图片`)
    .refine((ids) => new Set(ids).size === ids.length, '图片不能重复')
    .default([]),
});
export type BrochureInput = z.input<typeof BrochureInput>;

export const BrochurePublishInput = z.object({
  universityIds: z
    .array(z.uuid('高校ID格式不正确'))
    .min(1, '请选择要发布的高校')
    .max(50, '一次最多选择50所高校')
    .refine((ids) => new Set(ids).size === ids.length, '高校不能重复'),
});
export type BrochurePublishInput = z.input<typeof BrochurePublishInput>;

/**
 * A brochure at one university: pending 审核中, published 已发布, published_pending 已发布·新版本审核中,
 * rejected 未通过 (nothing approved yet). A university without a publication is 未发布.
 */
export const BROCHURE_PUBLICATION_STATES = ['pending', 'published', 'published_pending', 'rejected'] as const;
export type BrochurePublicationState = (typeof BROCHURE_PUBLICATION_STATES)[number];
export const BROCHURE_PUBLICATION_LABELS: Record<BrochurePublicationState, string> = {
  pending: '审核中',
  published: '已发布',
  published_pending: '已发布·新版本审核中',
  rejected: '未通过',
};

export const BrochurePublication = z.object({
  id: z.string(),
  university: z.object({ id: z.string(), name: z.string() }),
  state: z.enum(BROCHURE_PUBLICATION_STATES),
  /** The version shown to students, if any. */
  approvedVersion: z.number().int().nullable(),
  approvedAt: z.string().nullable(),
  /** The version under review, if any, and its due date. */
  pendingVersion: z.number().int().nullable(),
  dueAt: z.string().nullable(),
  /** Why the latest version was turned down (未通过), until a newer one is sent. */
  rejectReason: z.string().nullable(),
});
export type BrochurePublication = z.infer<typeof BrochurePublication>;

export const BrochureImage = z.object({ id: z.string(), url: z.string() });
export type BrochureImage = z.infer<typeof BrochureImage>;

export const BrochureJob = z.object({
  id: z.string(),
  title: z.string(),
  /** A job no longer 招聘中 shows so in the console, and is left out for students. */
  recruiting: z.boolean(),
});

export const Brochure = z.object({
  id: z.string(),
  title: z.string(),
  /** Sanitised HTML. */
  bodyHtml: z.string(),
  jobs: z.array(BrochureJob),
  images: z.array(BrochureImage),
  publications: z.array(BrochurePublication),
  /** The newest version sent for review (0: never published). */
  latestVersion: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Brochure = z.infer<typeof Brochure>;

export const BrochureSummary = Brochure.omit({ bodyHtml: true, jobs: true, images: true });
export type BrochureSummary = z.infer<typeof BrochureSummary>;
export const BrochurePage = pageSchema(BrochureSummary);
export type BrochurePage = z.infer<typeof BrochurePage>;
export const BrochureListQuery = pageQuery({ defaultSize: 20, maxSize: 50 });
export type BrochureListQuery = z.input<typeof BrochureListQuery>;

export const PublicBrochureCompany = z.object({
  id: z.string(),
  name: z.string(),
  /** /api/public/companies/:id/logo, or null without a logo. */
  logoUrl: z.string().nullable(),
});

export const PublicBrochureSummary = z.object({
  publicationId: z.string(),
  company: PublicBrochureCompany,
  university: z.object({ id: z.string(), name: z.string() }),
  title: z.string(),
  /** The first words of the text, without markup. */
  excerpt: z.string(),
  approvedAt: z.string(),
});
export type PublicBrochureSummary = z.infer<typeof PublicBrochureSummary>;
export const PublicBrochurePage = pageSchema(PublicBrochureSummary);
export type PublicBrochurePage = z.infer<typeof PublicBrochurePage>;
export const PublicBrochureListQuery = pageQuery({ defaultSize: 20, maxSize: 50 }).extend({
  universityId: z.uuid('高校ID格式不正确').optional(),
});
export type PublicBrochureListQuery = z.input<typeof PublicBrochureListQuery>;

export const PublicBrochure = PublicBrochureSummary.extend({
  /** Sanitised HTML of the approved version. */
  html: z.string(),
  images: z.array(BrochureImage),
  /** The version's jobs still 招聘中, linking to /m/jobs/:id. */
  jobs: z.array(z.object({ id: z.string(), title: z.string() })),
});
export type PublicBrochure = z.infer<typeof PublicBrochure>;
