export * from './bank-card';
export * from './contact';
export * from './credit-code';
export * from './password';
export * from './resident-id';
export * from './result';
export * from './travel-permit';
