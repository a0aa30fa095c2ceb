/**
 * The one home of small text rules: locales and their tags, messages with plurals, numbers, money,
 * dates and French typography. Pure: usable by the domain, the server, pages and islands alike.
 */
export * from './locale.ts';
export * from './format.ts';
export * from './message.ts';
export * from './typography.ts';
export * from './file-name.ts';
export * from './typeset-tree.ts';
export * from './gender-mark.ts';
