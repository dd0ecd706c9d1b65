/** Unit and integration tests; the browser run is `npm run test:e2e`. */
module.exports = {
  preset: 'ts-jest',
  testEnvironment: 'node',
  // A busy two-core CI machine can take seconds for a React render; time limits are not what we test.
  testTimeout: 30_000,
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  testPathIgnorePatterns: ['/node_modules/', '/test/e2e/'],
  moduleNameMapper: {
    '^office-addin-manifest$': '<rootDir>/test/support/office-addin-manifest-stub.js',
  },
  transform: {
    '^.+\\.tsx?$': ['ts-jest', { tsconfig: 'tsconfig.json' }],
  },
};
