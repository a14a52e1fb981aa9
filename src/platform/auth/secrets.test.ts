import { describe, expect, it } from 'vitest';
import { issueSecret, secretPrefix, sha256 } from './secrets.ts';

describe('bearer secrets', () => {
  it('finds the row by the prefix and keeps only the hash of the whole secret', () => {
    for (let i = 0; i < 200; i++) {
      const issued = issueSecret('iops_');
      expect(issued.secret.startsWith(`iops_${issued.prefix}_`)).toBe(true);
      expect(secretPrefix('iops_', issued.secret)).toBe(issued.prefix);
      expect(issued.hash).toBe(sha256(issued.secret));
    }
  });

  it('refuses a secret of another kind or of the wrong shape', () => {
    const calendar = issueSecret('iopscal_');
    expect(secretPrefix('iops_', calendar.secret)).toBeNull();
    expect(secretPrefix('iopscal_', 'iopscal_short_x')).toBeNull();
    expect(secretPrefix('iops_', '')).toBeNull();
  });
});
