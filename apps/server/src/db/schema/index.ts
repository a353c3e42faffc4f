export * from './accounts';
export * from './jobs';
export * from './messaging';
export * from './organisations';
export * from './security';
