export * from './anonymous.ts';
export * from './guide.ts';
export * from './retention.ts';
export * from './schemas.ts';
export * from './scorecards.ts';
export * from './profile.ts';
export * from './requests.ts';
