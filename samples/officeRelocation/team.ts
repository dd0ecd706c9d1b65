/** The people, crews, materials and fees of the relocation, and the days nobody works. */

export interface ResourceSpec {
  name: string;
  type: 'Work' | 'Material' | 'Cost';
  group: string;
  /** 1 = 100%; crews hold several people. */
  maxUnits?: number;
  stdRate?: number;
  costPerUse?: number;
  /** What a material is counted in. */
  materialLabel?: string;
}

export const RESOURCES: readonly ResourceSpec[] = [
  { name: 'Priya', type: 'Work', group: 'PMO', maxUnits: 1, stdRate: 95 },
  { name: 'Bob', type: 'Work', group: 'Facilities', maxUnits: 1, stdRate: 70 },
  { name: 'Carol', type: 'Work', group: 'IT', maxUnits: 1, stdRate: 85 },
  { name: 'Dan', type: 'Work', group: 'IT', maxUnits: 1, stdRate: 78 },
  { name: 'Emma', type: 'Work', group: 'Office', maxUnits: 0.5, stdRate: 42 },
  { name: 'Frank', type: 'Work', group: 'Procurement', maxUnits: 1, stdRate: 65 },
  { name: 'Legal Counsel', type: 'Work', group: 'External', maxUnits: 0.5, stdRate: 240 },
  { name: 'Fit-out Crew', type: 'Work', group: 'Contractor', maxUnits: 3, stdRate: 62 },
  { name: 'Electricians', type: 'Work', group: 'Contractor', maxUnits: 2, stdRate: 88 },
  { name: 'Movers', type: 'Work', group: 'Contractor', maxUnits: 4, stdRate: 55, costPerUse: 350 },
  { name: 'Packing Crates', type: 'Material', group: 'Supplies', stdRate: 6.5, materialLabel: 'crate' },
  { name: 'City Permit Fees', type: 'Cost', group: 'Fees', costPerUse: 2_400 },
];

export interface HolidaySpec {
  date: string;
  endDate?: string;
  name: string;
  resource?: string;
}

export const HOLIDAYS: readonly HolidaySpec[] = [
  { date: '2026-04-03', name: 'Good Friday' },
  { date: '2026-05-25', name: 'Memorial Day' },
  { date: '2026-07-03', name: 'Independence Day (observed)' },
  { date: '2026-09-07', name: 'Labor Day' },
  { date: '2026-06-05', name: 'Training day', resource: 'Dan' },
  { date: '2026-07-20', endDate: '2026-07-31', name: 'Summer vacation', resource: 'Carol' },
];

export const SETTINGS = {
  projectName: 'Head Office Relocation to 400 Harbor Street',
  projectStart: '2026-03-02',
  statusDate: '2026-06-30',
  currency: 'USD',
  workWeek: 'Mon-Fri',
  hoursPerDay: 8,
} as const;
