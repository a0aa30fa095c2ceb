export * from './catalog.ts';
export * from './common.ts';
export * from './coverage.ts';
export * from './integrity.ts';
export * from './interview.ts';
export * from './role.ts';
export * from './scenario.ts';
export * from './skill.ts';
