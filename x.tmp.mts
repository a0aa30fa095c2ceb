import { frenchEmployerCost, frenchMinimumWage } from './src/server/payroll/french-employer-cost.ts';
const base = { country: 'fr' as const, grossAnnual: 32000, weeklyHours: 35, fullTime: true, executive: false, headcount: 10, transportLevyPercent: 0, apprentice: false };
let t = performance.now();
console.log(frenchEmployerCost(base), performance.now() - t);
t = performance.now();
console.log(frenchEmployerCost({ ...base, grossAnnual: 32000*20/35, weeklyHours: 20, fullTime: false, headcount: 20, transportLevyPercent: 3.2 }), performance.now() - t);
console.log(frenchEmployerCost({ ...base, grossAnnual: 11880, apprentice: true }));
console.log(frenchMinimumWage());
