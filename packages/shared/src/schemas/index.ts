export * from './fields';
export * from './identity';
