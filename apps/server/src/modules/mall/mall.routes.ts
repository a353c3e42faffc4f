import {
  IdempotencyHeaders,
  MallPackage,
  MallPackageInput,
  MallPackageList,
  MallPackageParams,
  MyRights,
  PurchaseResult,
  RightUsagePage,
  RightUsageQuery,
} from '@openrecruit/shared';
import { requireCompanyMember, requireOperator } from '../../plugins/access';
import { authenticated } from '../../plugins/auth';
import { errorResponses } from '../../plugins/schemas';
import { findMallPackages } from './find-mall-packages';
import { findRightUsage } from './find-right-usage';
import { getMyRights } from './get-my-rights';
import { purchasePackage } from './purchase-package';
import { saveMallPackage } from './save-mall-package';

const tags = ['道具商城 mall'];

/** 道具商城 (/api/employer/mall): the packages on sale, 购买, 我的权益 and 使用记录 of the caller's company. */
export const employerMallRoutes = authenticated('employer', async (app) => {
  app.get(
    '/packages',
    {
      schema: {
        tags,
        summary: '购买道具包：在售的道具包',
        response: { 200: MallPackageList, ...errorResponses },
      },
    },
    async (request) => findMallPackages(app.ctx, { member: requireCompanyMember(request) }),
  );
  app.post(
    '/packages/:id/purchase',
    {
      schema: {
        tags,
        summary: '购买道具包：扣除快点并发放道具（Idempotency-Key：同一请求编号重试只购买一次）',
        params: MallPackageParams,
        headers: IdempotencyHeaders,
        response: { 200: PurchaseResult, ...errorResponses },
      },
    },
    async (request) =>
      purchasePackage(app.ctx, {
        member: requireCompanyMember(request),
        packageId: request.params.id,
        idempotencyKey: request.headers['idempotency-key'],
      }),
  );
  app.get(
    '/rights',
    {
      schema: {
        tags,
        summary: '我的权益：快点余额、各道具的剩余、已使用与到期时间',
        response: { 200: MyRights, ...errorResponses },
      },
    },
    async (request) => getMyRights(app.ctx, { member: requireCompanyMember(request) }),
  );
  app.get(
    '/usage',
    {
      schema: {
        tags,
        summary: '使用记录：使用者、使用类型、使用对象（姓名已脱敏）与使用时间（分页）',
        querystring: RightUsageQuery,
        response: { 200: RightUsagePage, ...errorResponses },
      },
    },
    async (request) => findRightUsage(app.ctx, { member: requireCompanyMember(request), ...request.query }),
  );
});

/** 套餐与价格 (/api/ops/packages): the operators configure the mall's packages. */
export const opsPackageRoutes = authenticated('ops', async (app) => {
  app.get(
    '',
    {
      schema: {
        tags,
        summary: '套餐与价格：全部道具包',
        response: { 200: MallPackageList, ...errorResponses },
      },
    },
    async (request) => findMallPackages(app.ctx, { operator: requireOperator(request) }),
  );
  app.post(
    '',
    {
      schema: {
        tags,
        summary: '新增道具包',
        body: MallPackageInput,
        response: { 200: MallPackage, ...errorResponses },
      },
    },
    async (request) =>
      saveMallPackage(app.ctx, { operator: requireOperator(request), input: request.body, ip: request.ip }),
  );
  app.put(
    '/:id',
    {
      schema: {
        tags,
        summary: '编辑道具包（上架/下架即修改“是否上架”）',
        params: MallPackageParams,
        body: MallPackageInput,
        response: { 200: MallPackage, ...errorResponses },
      },
    },
    async (request) =>
      saveMallPackage(app.ctx, {
        operator: requireOperator(request),
        packageId: request.params.id,
        input: request.body,
        ip: request.ip,
      }),
  );
});
