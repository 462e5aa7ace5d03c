import type { ReferenceData } from '../network/network-dataset.ts';
import { categories } from './categories.ts';
import { concepts } from './concepts.ts';
import { lifeSituations } from './life-situations.ts';
import { methods } from './methods.ts';
import { synonyms } from './synonyms.ts';

/** The taxonomy and search vocabulary every region shares. */
export const referenceData: ReferenceData = { categories, methods, synonyms, concepts, lifeSituations };
