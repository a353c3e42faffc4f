export * from './applications';
export * from './company-members';
export * from './employer-onboarding';
export * from './employer-registration';
export * from './fields';
export * from './identity';
export * from './jobs';
export * from './seeker-profile';
