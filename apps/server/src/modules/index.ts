import type { FastifyInstance } from 'fastify';
import { employerAccountSettingsRoutes } from './account-settings/account-settings.routes';
import { devWechatRoutes } from './account-settings/dev-wechat.routes';
import { wechatCallbackRoutes } from './account-settings/wechat-callback.routes';
import { opsAccountsRoutes } from './accounts/accounts.routes';
import { seekerApplicationRoutes } from './applications/applications.routes';
import { employerPointsRoutes, opsOrderRoutes, paymentRoutes } from './billing/billing.routes';
import {
  employerBrochureImageRoutes,
  employerBrochureRoutes,
  publicBrochureRoutes,
} from './brochures/brochures.routes';
import {
  employerCampusFaqRoutes,
  employerCampusQuestionRoutes,
  publicCompanyCampusRoutes,
  seekerCampusQuestionRoutes,
} from './campus-qa/campus-qa.routes';
import { universityStatisticsRoutes } from './campus-statistics/campus-statistics.routes';
import { seekerCampusRoutes, universityCheckinRoutes } from './campus-students/campus-students.routes';
import { universityVenueBookingRoutes, universityVenueRoutes } from './campus-venues/campus-venues.routes';
import {
  employerCloudLiveRoutes,
  livekitWebhookRoutes,
  seekerCloudLiveRoutes,
} from './cloud-live/cloud-live.routes';
import {
  employerCloudPresentationFileRoutes,
  employerCloudPresentationRoutes,
  publicCloudPresentationRoutes,
  publicUniversityCloudPresentationRoutes,
  seekerCloudPresentationRoutes,
  universityCloudPresentationRoutes,
} from './cloud-presentations/cloud-presentations.routes';
import { companyMemberRoutes } from './company-members/company-members.routes';
import { companySettingsRoutes, publicCompanyBrandRoutes } from './company-settings/company-settings.routes';
import { employerApplicationRoutes } from './employer-applications/employer-applications.routes';
import { employerInterviewRoutes } from './employer-interviews/employer-interviews.routes';
import { employerJobRoutes } from './employer-jobs/employer-jobs.routes';
import { employerRegistrationRoutes } from './employer-registration/employer-registration.routes';
import { favouriteRoutes } from './favourites/favourites.routes';
import { identityRoutes } from './identity/identity.routes';
import { employerInvoiceRoutes, opsInvoiceRoutes } from './invoices/invoices.routes';
import {
  employerJobFairRegistrationRoutes,
  employerJobFairRoutes,
  publicJobFairRoutes,
  universityJobFairRoutes,
} from './job-fairs/job-fairs.routes';
import { jobRoutes } from './jobs/jobs.routes';
import { employerJoinRequestRoutes } from './join-requests/join-requests.routes';
import { employerMallRoutes, opsPackageRoutes } from './mall/mall.routes';
import { employerMediaRoutes, seekerMediaRoutes } from './media/media.routes';
import { employerMembershipRoutes, opsMembershipRoutes } from './memberships/memberships.routes';
import { employerNotificationRoutes } from './notifications/notifications.routes';
import {
  employerPresentationRoutes,
  universityPresentationRoutes,
} from './presentations/presentations.routes';
import { employerRealtimeRoutes, realtimeRoutes } from './realtime/realtime.routes';
import { opsReviewRoutes, universityReviewRoutes } from './reviews/reviews.routes';
import { seekerRoutes } from './seekers/seekers.routes';
import { devCaptchaRoutes } from './system/dev-captcha';
import { devMailRoutes } from './system/dev-mail.routes';
import { devSmsRoutes } from './system/dev-sms.routes';
import { systemRoutes } from './system/system.routes';
import { employerTalentRoutes, seekerInvitationRoutes } from './talent/talent.routes';
import { publicUniversityRoutes, universityProfileRoutes } from './universities/universities.routes';
import { universityStaffRoutes } from './universities/university-staff.routes';
import { employerUniversityEntryRoutes } from './university-entries/university-entries.routes';
import {
  employerVideoFairRegistrationRoutes,
  employerVideoFairRoutes,
  seekerVideoFairRoutes,
  universityVideoFairRoutes,
} from './video-fairs/video-fairs.routes';
import {
  employerApplicationVideoEvaluationRoutes,
  employerVideoInterviewRoutes,
  seekerVideoFairCompanyRoutes,
  seekerVideoInterviewRoutes,
} from './video-interviews/video-interviews.routes';
import { opsWorkCalendarRoutes } from './work-calendar/work-calendar.routes';

/** Every module's routes, in one place: a newcomer reads this file to find a URL's code. */
export async function registerModules(app: FastifyInstance) {
  app.decorateRequest('auth', null);
  await app.register(systemRoutes);
  await app.register(identityRoutes);
  await app.register(employerRegistrationRoutes, { prefix: '/api/public' });
  await app.register(opsReviewRoutes, { prefix: '/api/ops' });
  await app.register(universityReviewRoutes, { prefix: '/api/university' });
  await app.register(opsWorkCalendarRoutes, { prefix: '/api/ops/work-calendar' });
  await app.register(employerUniversityEntryRoutes, { prefix: '/api/employer/university-entries' });
  await app.register(employerJoinRequestRoutes, { prefix: '/api/employer/join-requests' });
  await app.register(employerNotificationRoutes, { prefix: '/api/employer/notifications' });
  await app.register(companyMemberRoutes, { prefix: '/api/employer/members' });
  await app.register(companySettingsRoutes, { prefix: '/api/employer/company' });
  await app.register(publicCompanyBrandRoutes, { prefix: '/api/public' });
  await app.register(employerAccountSettingsRoutes, { prefix: '/api/employer/account' });
  await app.register(wechatCallbackRoutes, { prefix: '/api/public' });
  await app.register(opsAccountsRoutes, { prefix: '/api/ops/accounts' });
  await app.register(seekerApplicationRoutes, { prefix: '/api/seeker/applications' });
  await app.register(employerApplicationRoutes, { prefix: '/api/employer/applications' });
  await app.register(employerRealtimeRoutes, { prefix: '/api/employer' });
  await app.register(employerInterviewRoutes, { prefix: '/api/employer' });
  await app.register(employerJobRoutes, { prefix: '/api/employer/jobs' });
  await app.register(employerTalentRoutes, { prefix: '/api/employer/talent' });
  await app.register(employerMallRoutes, { prefix: '/api/employer/mall' });
  await app.register(opsPackageRoutes, { prefix: '/api/ops/packages' });
  await app.register(employerMembershipRoutes, { prefix: '/api/employer' });
  await app.register(opsMembershipRoutes, { prefix: '/api/ops' });
  await app.register(seekerInvitationRoutes, { prefix: '/api/seeker/invitations' });
  await app.register(seekerRoutes, { prefix: '/api/seeker' });
  await app.register(favouriteRoutes, { prefix: '/api/seeker' });
  await app.register(realtimeRoutes, { prefix: '/api/seeker' });
  await app.register(jobRoutes, { prefix: '/api' });
  await app.register(publicUniversityRoutes, { prefix: '/api/public' });
  await app.register(universityProfileRoutes, { prefix: '/api/university/profile' });
  await app.register(universityStaffRoutes, { prefix: '/api/university/staff' });
  await app.register(universityVenueRoutes, { prefix: '/api/university/venues' });
  await app.register(universityVenueBookingRoutes, { prefix: '/api/university/venue-bookings' });
  await app.register(employerPresentationRoutes, { prefix: '/api/employer/presentations' });
  await app.register(universityPresentationRoutes, { prefix: '/api/university/presentations' });
  await app.register(universityJobFairRoutes, { prefix: '/api/university/job-fairs' });
  await app.register(employerJobFairRoutes, { prefix: '/api/employer/job-fairs' });
  await app.register(employerJobFairRegistrationRoutes, { prefix: '/api/employer/job-fair-registrations' });
  await app.register(publicJobFairRoutes, { prefix: '/api/public' });
  await app.register(employerCloudPresentationRoutes, { prefix: '/api/employer/cloud-presentations' });
  await app.register(employerCloudPresentationFileRoutes, {
    prefix: '/api/employer/cloud-presentation-files',
  });
  await app.register(universityCloudPresentationRoutes, { prefix: '/api/university/cloud-presentations' });
  await app.register(seekerCloudPresentationRoutes, { prefix: '/api/seeker/campus/cloud-presentations' });
  await app.register(publicCloudPresentationRoutes, { prefix: '/api/public/cloud-presentations' });
  await app.register(publicUniversityCloudPresentationRoutes, { prefix: '/api/public/universities' });
  await app.register(universityVideoFairRoutes, { prefix: '/api/university/video-fairs' });
  await app.register(employerVideoFairRoutes, { prefix: '/api/employer/video-fairs' });
  await app.register(employerVideoFairRegistrationRoutes, {
    prefix: '/api/employer/video-fair-registrations',
  });
  await app.register(seekerVideoFairRoutes, { prefix: '/api/seeker/video-fairs' });
  await app.register(employerVideoInterviewRoutes, { prefix: '/api/employer/video-fair-registrations' });
  await app.register(employerApplicationVideoEvaluationRoutes, { prefix: '/api/employer/applications' });
  await app.register(seekerVideoInterviewRoutes, { prefix: '/api/seeker/video-interviews' });
  await app.register(seekerVideoFairCompanyRoutes, { prefix: '/api/seeker/video-fairs' });
  await app.register(seekerCampusRoutes, { prefix: '/api/seeker/campus' });
  await app.register(universityCheckinRoutes, { prefix: '/api/university/check-ins' });
  await app.register(universityStatisticsRoutes, { prefix: '/api/university' });
  await app.register(employerBrochureRoutes, { prefix: '/api/employer/brochures' });
  await app.register(employerBrochureImageRoutes, { prefix: '/api/employer/brochure-images' });
  await app.register(publicBrochureRoutes, { prefix: '/api/public' });
  await app.register(seekerCampusQuestionRoutes, { prefix: '/api/seeker/campus/questions' });
  await app.register(employerCampusQuestionRoutes, { prefix: '/api/employer/campus-questions' });
  await app.register(employerCampusFaqRoutes, { prefix: '/api/employer/campus-faqs' });
  await app.register(publicCompanyCampusRoutes, { prefix: '/api/public' });
  await app.register(employerPointsRoutes, { prefix: '/api/employer/points' });
  await app.register(opsOrderRoutes, { prefix: '/api/ops/orders' });
  await app.register(employerInvoiceRoutes, { prefix: '/api/employer/invoices' });
  await app.register(opsInvoiceRoutes, { prefix: '/api/ops/invoices' });
  await app.register(paymentRoutes, { prefix: '/api/payments' });
  await app.register(seekerMediaRoutes, { prefix: '/api/seeker/media' });
  await app.register(employerMediaRoutes, { prefix: '/api/employer/media' });
  await app.register(employerCloudLiveRoutes, { prefix: '/api/employer/cloud-live' });
  await app.register(seekerCloudLiveRoutes, { prefix: '/api/seeker/cloud-live' });
  await app.register(livekitWebhookRoutes, { prefix: '/api/public' });
  if (app.ctx.devTools) {
    await app.register(devSmsRoutes);
    if (app.ctx.providers.mail.kind === 'outbox') await app.register(devMailRoutes);
    await app.register(devWechatRoutes);
    await app.register(devCaptchaRoutes);
  }
}
