import { describe, expect, it } from 'vitest';
import { exportFileName } from './export-file-name.ts';

const WINDOW = { from: Date.UTC(2023, 9, 7), to: Date.UTC(2024, 1, 9) };

describe('exportFileName', () => {
  it('names the dataset and the days shown, the exclusive end as the day before', () => {
    expect(exportFileName('Attacks on US forces in Iraq and Syria, Oct 2023 – Feb 2024', WINDOW, 'csv')).toBe(
      'attacks-on-us-forces-in-iraq-and-syria-oct-2023-2023-10-07-to-2024-02-08.csv',
    );
  });

  it('keeps only safe characters, whatever the title holds', () => {
    const name = exportFileName('../../etc/passwd <script> Ḥaẓ', WINDOW, 'json');
    expect(name).toMatch(/^[a-z0-9-]+\.json$/);
    expect(name).toContain('etc-passwd-script-haz');
  });

  it('cuts a long title before the word that would pass 48 characters', () => {
    const name = exportFileName('Attacks on US forces in Iraq and Syria and the wider region, 2023 to 2024', WINDOW, 'csv');
    expect(name).toBe('attacks-on-us-forces-in-iraq-and-syria-and-the-2023-10-07-to-2024-02-08.csv');
  });

  it('falls back to "timeline" for a title with no letters or digits', () => {
    expect(exportFileName('—', WINDOW, 'svg')).toBe('timeline-2023-10-07-to-2024-02-08.svg');
  });

  it('uses the calendar day of a window that does not start at midnight', () => {
    expect(exportFileName('x', { from: Date.UTC(2024, 0, 4, 18), to: Date.UTC(2024, 0, 6, 6) }, 'png')).toBe('x-2024-01-04-to-2024-01-06.png');
  });
});
