export * from './enums';
export * from './errors';
export * from './events';
export * from './mask';
export * from './schemas';
export * from './validators';
