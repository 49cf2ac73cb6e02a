/** Every rule pack, in the order their hits are listed. */
import type { PackModule } from '../facts.js';
import { antiquitiesPack } from './antiquities.js';
import { donationsPack } from './donations.js';
import { fightersPack } from './fighters.js';
import { oilPack } from './oil.js';
import { ransomPack } from './ransom.js';
import { screeningPack } from './screening.js';

export const ALL_PACKS: readonly PackModule[] = [screeningPack, oilPack, antiquitiesPack, ransomPack, donationsPack, fightersPack];

export const ALL_RULES = ALL_PACKS.flatMap((p) => p.rules);
