export * from './accounts';
export * from './applications';
export * from './jobs';
export * from './messaging';
export * from './organisations';
export * from './search';
export * from './security';
export * from './seekers';
