/**
 * The office relocation plan as a project manager would enter it in Microsoft Project: phases and
 * tasks by WBS, durations in working days, links between WBS codes (turned into task IDs when the
 * table is written), assignments, constraints and what actually happened by the status date.
 */

export interface TaskSpec {
  wbs: string;
  name: string;
  /** Current duration in working days (summaries: none). */
  days?: number;
  /** Duration as typed, when not `N days`: `2 wks`, `15 days?`. */
  durationText?: string;
  /** Duration when the plan was baselined, when it has changed since. */
  baselineDays?: number;
  /** Links by WBS code, e.g. `2.7FF+2 days, 1.6`. */
  preds?: string;
  resources?: string;
  constraint?: { type: 'Start No Earlier Than' | 'Must Start On' | 'Finish No Later Than'; date: string };
  deadline?: string;
  fixedCost?: number;
  priority?: number;
  /** Working days the task actually started later than planned. */
  slip?: number;
  /** % complete reported at the status date, when not simply the days elapsed. */
  percent?: number;
  /** Spent beyond the plan, booked in the ledger when the task is done. */
  extraCost?: { amount: number; note: string };
  /** Out-of-pocket expenses: on which worked day (0 = the first), how much, what for. */
  expenses?: { day: number; amount: number; note: string }[];
  notes?: string;
}

export const TASKS: readonly TaskSpec[] = [
  { wbs: '1', name: 'Project Initiation' },
  { wbs: '1.1', name: 'Relocation kickoff meeting', days: 1, resources: 'Priya, Bob, Carol, Frank', expenses: [{ day: 0, amount: 186.4, note: 'Catering for kickoff' }] },
  { wbs: '1.2', name: 'Confirm headcount and growth forecast', days: 4, preds: '1.1', resources: 'Priya[50%], Emma[50%]' },
  { wbs: '1.3', name: 'Define space and facility requirements', days: 5, preds: '1.1', resources: 'Bob, Emma[50%]' },
  { wbs: '1.4', name: 'Prepare relocation budget', days: 3, preds: '1.2, 1.3', resources: 'Priya, Frank' },
  { wbs: '1.5', name: 'Steering committee budget approval', days: 1, preds: '1.4', resources: 'Priya' },
  { wbs: '1.6', name: 'Project charter approved', days: 0, preds: '1.5' },

  { wbs: '2', name: 'Site Selection and Lease' },
  { wbs: '2.1', name: 'Engage commercial real-estate broker', days: 2, preds: '1.3', resources: 'Priya[50%], Frank' },
  { wbs: '2.2', name: 'Shortlist candidate buildings', days: 8, preds: '2.1', resources: 'Bob', expenses: [{ day: 4, amount: 75, note: 'Market report download' }] },
  { wbs: '2.3', name: 'Tour shortlisted sites', days: 4, baselineDays: 3, preds: '2.2', resources: 'Bob, Priya[50%]', expenses: [{ day: 0, amount: 142.8, note: 'Car hire and parking' }, { day: 1, amount: 96.5, note: 'Mileage' }, { day: 3, amount: 118.25, note: 'Car hire and parking' }], notes: 'A fourth site was added after the first tours.' },
  { wbs: '2.4', name: 'Score sites and recommend preferred option', days: 2, preds: '2.3, 1.6', resources: 'Bob, Priya' },
  { wbs: '2.5', name: 'Preferred site selected', days: 0, preds: '2.4' },
  { wbs: '2.6', name: 'Negotiate letter of intent', days: 5, preds: '2.5', resources: 'Priya[50%], Legal Counsel[25%]' },
  { wbs: '2.7', name: 'Negotiate lease and fit-out allowance', durationText: '2 wks', days: 10, preds: '2.6', resources: 'Priya[25%], Legal Counsel[50%]', extraCost: { amount: 2_880, note: 'Additional legal hours on the fit-out allowance' } },
  { wbs: '2.8', name: 'Legal review of lease', days: 4, preds: '2.7FF+2 days', resources: 'Legal Counsel[50%]', expenses: [{ day: 3, amount: 64.9, note: 'Courier for signed lease copies' }] },
  { wbs: '2.9', name: 'Lease signed', days: 0, preds: '2.8', constraint: { type: 'Finish No Later Than', date: '2026-05-15' }, notes: 'Board deadline: sign before the May board meeting.' },
  { wbs: '2.10', name: 'Pay security deposit and first month rent', days: 1, preds: '2.9', resources: 'Frank', fixedCost: 46_500 },

  { wbs: '3', name: 'Design and Planning' },
  { wbs: '3.1', name: 'Space planning workshop with department heads', days: 2, preds: '2.5', resources: 'Bob, Priya[50%], Emma[50%]', expenses: [{ day: 0, amount: 236, note: 'Workshop room and catering' }] },
  { wbs: '3.2', name: 'Draft floor plan and seating layout', days: 8, preds: '3.1', resources: 'Bob[50%]', fixedCost: 14_000, extraCost: { amount: 1_850, note: 'Change order CO-01: extra meeting-room layouts' }, notes: 'Harbor Design Group, fixed fee.' },
  { wbs: '3.3', name: 'Review floor plan with department heads', days: 3, preds: '3.2', resources: 'Bob, Priya[25%]', expenses: [{ day: 2, amount: 88, note: 'Large-format plan prints' }] },
  { wbs: '3.4', name: 'Floor plan approved', days: 0, preds: '3.3, 2.9' },
  { wbs: '3.5', name: 'Specify furniture and workstations', days: 5, preds: '3.4', resources: 'Bob, Frank[50%]' },
  { wbs: '3.6', name: 'Design IT network and server room', days: 6, preds: '3.2SS+50%', resources: 'Carol, Dan' },
  { wbs: '3.7', name: 'Design security and access control', days: 4, preds: '3.4', resources: 'Carol[50%], Bob[50%]' },
  { wbs: '3.8', name: 'Prepare detailed move plan', days: 5, preds: '3.4', resources: 'Priya, Emma[50%]' },
  { wbs: '3.9', name: 'Design sign-off', days: 0, preds: '3.5, 3.6, 3.7' },

  { wbs: '4', name: 'Permits and Approvals' },
  { wbs: '4.1', name: 'Prepare permit drawings', days: 5, preds: '3.4', resources: 'Bob[50%]', fixedCost: 6_500, notes: 'Architect of record.' },
  { wbs: '4.2', name: 'Submit building permit application', days: 1, preds: '4.1', resources: 'Bob, City Permit Fees', expenses: [{ day: 0, amount: 418.6, note: 'Printing of permit drawing sets' }] },
  { wbs: '4.3', name: 'City review of building permit', days: 30, baselineDays: 15, preds: '4.2', notes: 'City asked for revised drawings; review took 30 days against 15 planned.' },
  { wbs: '4.4', name: 'Building permit issued', days: 0, preds: '4.3' },
  { wbs: '4.5', name: 'Landlord approval of fit-out plans', days: 5, preds: '4.1', resources: 'Priya[25%], Legal Counsel[25%]' },

  { wbs: '5', name: 'Fit-out' },
  { wbs: '5.1', name: 'Tender fit-out contract', days: 8, preds: '3.4', resources: 'Frank, Bob[50%]' },
  { wbs: '5.2', name: 'Award fit-out contract', days: 1, preds: '5.1, 4.5', resources: 'Frank, Priya' },
  { wbs: '5.3', name: 'Contractor mobilisation', days: 3, slip: 1, preds: '5.2, 4.4', resources: 'Fit-out Crew', constraint: { type: 'Start No Earlier Than', date: '2026-06-15' }, notes: 'Landlord hands over the floor on 15 June.' },
  { wbs: '5.4', name: 'Strip-out and demolition', days: 5, preds: '5.3', resources: 'Fit-out Crew[300%]' },
  { wbs: '5.5', name: 'Framing and drywall', durationText: '2 wks', days: 10, preds: '5.4', resources: 'Fit-out Crew[300%]', percent: 0.1 },
  { wbs: '5.6', name: 'Building Services' },
  { wbs: '5.6.1', name: 'Electrical rough-in', days: 6, preds: '5.5SS+4 days', resources: 'Electricians[200%]' },
  { wbs: '5.6.2', name: 'Data cabling', days: 6, preds: '5.6.1SS+50%', resources: 'Electricians, Dan[50%]' },
  { wbs: '5.6.3', name: 'HVAC modifications', days: 8, preds: '5.4', resources: 'Bob[25%]', fixedCost: 38_000, notes: 'Mechanical subcontractor, lump sum.' },
  { wbs: '5.7', name: 'Ceilings and lighting', days: 6, preds: '5.5, 5.6.1', resources: 'Fit-out Crew[200%], Electricians' },
  { wbs: '5.8', name: 'Painting', days: 5, preds: '5.7', resources: 'Fit-out Crew[200%]' },
  { wbs: '5.9', name: 'Flooring and carpet', days: 6, preds: '5.8FS+2 days', fixedCost: 42_000, notes: 'Two days for paint to cure before carpet goes down.' },
  { wbs: '5.10', name: 'Kitchen and break-room fit-out', days: 5, preds: '5.8', resources: 'Fit-out Crew', fixedCost: 18_500 },
  { wbs: '5.11', name: 'Final electrical and fixtures', days: 4, preds: '5.7, 5.9FF', resources: 'Electricians' },
  { wbs: '5.12', name: 'Fire safety and building inspection', days: 2, preds: '5.11, 5.6.3, 5.10', resources: 'Bob, City Permit Fees' },
  { wbs: '5.13', name: 'Punch list and fixes', days: 4, preds: '5.12', resources: 'Fit-out Crew, Bob[50%]' },
  { wbs: '5.14', name: 'Certificate of occupancy', days: 0, preds: '5.13', deadline: '2026-09-04' },

  { wbs: '6', name: 'IT and Telecom' },
  { wbs: '6.1', name: 'Order network hardware and servers', days: 2, preds: '3.6', resources: 'Carol, Frank[50%]', fixedCost: 64_000, extraCost: { amount: 3_920, note: 'Supplier price rise on core switches' } },
  { wbs: '6.2', name: 'Receive and stage hardware', days: 3, preds: '6.1FS+15 days', resources: 'Dan', notes: 'Vendor lead time three weeks.' },
  { wbs: '6.3', name: 'Order internet circuit', days: 1, preds: '2.9', resources: 'Dan' },
  { wbs: '6.4', name: 'Carrier installs internet circuit', days: 3, preds: '6.3FS+30 days', fixedCost: 4_800, notes: 'Carrier lead time six weeks.' },
  { wbs: '6.5', name: 'Build server room racks and UPS', days: 4, preds: '5.7, 6.2', resources: 'Dan, Electricians[50%]' },
  { wbs: '6.6', name: 'Install switches and Wi-Fi access points', days: 4, preds: '6.5, 5.6.2', resources: 'Dan, Carol[50%]' },
  { wbs: '6.7', name: 'Set up phone system', days: 3, preds: '6.6', resources: 'Dan' },
  { wbs: '6.8', name: 'Network go-live test', days: 2, preds: '6.6, 6.4, 6.7', resources: 'Carol, Dan' },
  { wbs: '6.9', name: 'Network ready', days: 0, preds: '6.8' },
  { wbs: '6.10', name: 'IT cutover plan', days: 3, preds: '6.8', resources: 'Carol' },
  { wbs: '6.11', name: 'Keep old-office internet running', days: 5, preds: '9.1SF', resources: 'Dan[25%]', notes: 'Old line must stay up until the IT move starts.' },

  { wbs: '7', name: 'Furniture and Equipment' },
  { wbs: '7.1', name: 'Issue furniture purchase order', days: 2, preds: '3.5', resources: 'Frank' },
  { wbs: '7.2', name: 'Furniture manufacturing', durationText: '5 wks', days: 25, preds: '7.1', fixedCost: 186_000, notes: 'Vendor quotes five weeks from order.' },
  { wbs: '7.3', name: 'Furniture delivery', days: 2, preds: '7.2, 5.9', resources: 'Movers[200%]', constraint: { type: 'Must Start On', date: '2026-08-20' }, notes: 'Delivery slot booked with the vendor.' },
  { wbs: '7.4', name: 'Assemble workstations and furniture', days: 5, preds: '7.3', resources: 'Movers[200%]' },
  { wbs: '7.5', name: 'Install meeting-room AV equipment', days: 3, preds: '7.4SS+2 days, 6.6', resources: 'Dan, Electricians[50%]', fixedCost: 24_000 },
  { wbs: '7.6', name: 'Order wayfinding signage', days: 2, preds: '5.14FS-20 days', resources: 'Emma[50%]' },
  { wbs: '7.7', name: 'Install wayfinding signage', days: 2, preds: '7.6FS+15 days, 5.8', resources: 'Fit-out Crew', fixedCost: 6_800 },

  { wbs: '8', name: 'Move Preparation' },
  { wbs: '8.1', name: 'Request moving company quotes', days: 3, preds: '3.8', resources: 'Frank' },
  { wbs: '8.2', name: 'Select and book moving company', days: 2, preds: '8.1', resources: 'Frank, Priya[25%]' },
  { wbs: '8.3', name: 'Announce move plan to staff', days: 1, preds: '3.8', resources: 'Priya', expenses: [{ day: 0, amount: 312, note: 'Town hall refreshments' }] },
  { wbs: '8.4', name: 'Update address with clients, suppliers and post office', days: 3, preds: '8.3', resources: 'Emma[50%]' },
  { wbs: '8.5', name: 'Purge and archive old records', days: 40, durationText: '40 days?', baselineDays: 30, preds: '8.3', resources: 'Emma[25%]', percent: 0.7, notes: 'Departments are slower to clear files than hoped.' },
  { wbs: '8.6', name: 'Distribute packing crates and labels', days: 2, preds: '8.2, 8.5FS-3 days', resources: 'Emma[50%], Packing Crates[400]', expenses: [{ day: 0, amount: 264.35, note: 'Labels, tape and markers' }] },
  { wbs: '8.7', name: 'Seat assignments and label plan', days: 3, preds: '3.4, 8.3', resources: 'Emma[50%], Bob[50%]' },
  { wbs: '8.8', name: 'Staff pack personal items and files', days: 3, preds: '8.6, 8.7, 7.4', resources: 'Emma[50%]' },
  { wbs: '8.9', name: 'Back up servers and data', days: 1, preds: '6.10', resources: 'Carol, Dan' },
  { wbs: '8.10', name: 'Move readiness review', days: 1, preds: '8.8, 6.9, 5.14, 7.5', resources: 'Priya, Bob, Carol' },
  { wbs: '8.11', name: 'Go decision for the move', days: 0, preds: '8.10' },

  { wbs: '9', name: 'Move' },
  { wbs: '9.1', name: 'Move IT equipment and servers', days: 1, preds: '8.11, 8.9', resources: 'Movers[200%], Carol, Dan', constraint: { type: 'Must Start On', date: '2026-09-11' }, priority: 800 },
  { wbs: '9.2', name: 'Move furniture, crates and equipment', days: 2, preds: '9.1SS', resources: 'Movers[400%], Bob, Emma[50%]', priority: 800 },
  { wbs: '9.3', name: 'Reconnect workstations and phones', days: 2, preds: '9.1', resources: 'Dan, Carol', priority: 800 },
  { wbs: '9.4', name: 'Unpack and set up desks', days: 2, preds: '9.2', resources: 'Emma[50%], Bob' },
  { wbs: '9.5', name: 'First day in the new office', days: 0, preds: '9.3, 9.4', deadline: '2026-09-18' },

  { wbs: '10', name: 'Closeout' },
  { wbs: '10.1', name: 'Help desk support in the new office', days: 5, preds: '9.5', resources: 'Carol[50%], Dan[50%]' },
  { wbs: '10.2', name: 'Snag list and minor fixes', days: 5, preds: '9.5', resources: 'Bob, Fit-out Crew[50%]' },
  { wbs: '10.3', name: 'Decommission and clean old office', days: 5, preds: '9.5', resources: 'Movers[200%], Bob[50%]', fixedCost: 8_500 },
  { wbs: '10.4', name: 'Return old office keys to landlord', days: 1, preds: '10.3', resources: 'Bob', constraint: { type: 'Finish No Later Than', date: '2026-09-30' }, notes: 'Old lease expires 30 September.' },
  { wbs: '10.5', name: 'Final invoices and budget reconciliation', days: 3, preds: '10.2, 10.3', resources: 'Frank, Priya[50%]' },
  { wbs: '10.6', name: 'Lessons learned workshop', days: 1, preds: '10.5', resources: 'Priya, Bob, Carol, Emma[50%]' },
  { wbs: '10.7', name: 'Project closed', days: 0, preds: '10.6, 10.4' },
];
