import type { AppContext } from '../../context';

/** The topic of a company's live updates (the employer console refetches 公司设置 on it). */
export const companyTopic = (companyId: string) => `company:${companyId}`;

/** Tells the company's open consoles that 公司设置 changed; call after the change has committed. */
export async function publishCompanySettingsChanged(ctx: AppContext, companyId: string) {
  await ctx.events.publish({ topic: companyTopic(companyId), type: 'company_settings_changed' });
}
