// The owner's presets, one row in the settings store.
import { emptyPresets, type Presets } from '../../core/model/presets';
import { presetsSchema } from '../../core/model/presets-schema';
import { notifyPresetsChanged } from './changes';
import type { Connection } from './connection';

export class Settings {
  constructor(private readonly db: Connection) {}

  async getPresets(): Promise<Presets> {
    const row = await this.db.run(['settings'], 'readonly', (tx) => tx.objectStore('settings').get('presets'));
    if (!row) return emptyPresets();
    // Fields added after the row was saved take their empty default instead of failing the whole row.
    const parsed = presetsSchema.safeParse({ ...emptyPresets(), ...(row.value as object) });
    return parsed.success ? parsed.data : emptyPresets();
  }

  async savePresets(presets: Presets): Promise<void> {
    const parsed = presetsSchema.safeParse(presets);
    if (!parsed.success) throw new Error('These settings could not be saved: some fields are too long or not valid.');
    await this.db.run(['settings'], 'readwrite', (tx) => tx.objectStore('settings').put({ key: 'presets', value: parsed.data }));
    notifyPresetsChanged();
  }
}
