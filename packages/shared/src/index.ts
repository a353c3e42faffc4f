export * from './enums';
export * from './errors';
export * from './mask';
export * from './schemas';
export * from './validators';
