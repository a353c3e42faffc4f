export * from './company-nature';
export * from './dictionary';
export * from './education';
export * from './industry';
export * from './political-status';
export * from './province';
export * from './work-area';
export * from './work-nature';
